/**
 * The runtime's part for service monitors after a change (issue 42): composes the probes'
 * runner (electron/engine/service-monitors/) over the feature context. The engine's confirmed changes
 * check every monitor at once, the settings' `monitors.items` build it, the history store keeps
 * each change of state, the notifier tells the ones that matter; AppStatus.monitors, and
 * testMonitor / getMonitorHistory for the Settings page and the API.
 */
import os from 'node:os';

import { ApiError } from '../../../shared/contract';
import type { Family } from '../../../shared/types';
import { resolveFamily, systemResolver } from '../net/resolve';
import { MonitorRunner, runProbe, type ProbeDeps } from '../service-monitors';
import { ForwardingCheck } from '../service-monitors/forwarding';
import type { FeatureContext, FeaturePart } from './feature-types';

export function monitorsPart(ctx: FeatureContext): FeaturePart {
  let settings = ctx.settings;
  const probe: ProbeDeps = {
    net: ctx.net,
    resolver: systemResolver,
    current: (family: Family) =>
      ctx.engine.liveStatus().families[`v${family}`].ip ?? ctx.store.current(family)?.ip ?? null,
    userAgent: `IPWatch/${ctx.version}`,
    now: () => ctx.clock.now(),
  };
  const runner = new MonitorRunner({
    clock: ctx.clock,
    logger: ctx.logger,
    probe,
    store: ctx.store,
    notify: (input) => ctx.notifier.service(input),
  });
  runner.update(settings.monitors.items);
  const router = ctx.router;
  const forwarding = router
    ? new ForwardingCheck({
        clock: ctx.clock,
        logger: ctx.logger,
        mappings: (signal) => router.portMappings(signal),
        monitors: () => settings.monitors.items,
        addresses: () => thisHostAddresses(ctx),
        resolve: (host) => bothFamilies(host),
      })
    : null;
  const items = () => runner.status().map((m) => (forwarding?.notForwarded(m.id) ? { ...m, notForwarded: true } : m));
  let off: (() => void) | null = null;
  let offRouter: (() => void) | null = null;
  return {
    name: 'monitors',
    handlers: {
      async testMonitor(input) {
        const monitor =
          'monitorId' in input ? settings.monitors.items.find((m) => m.id === input.monitorId) : input.monitor;
        if (!monitor) throw new ApiError(404, `no service monitor "${'monitorId' in input ? input.monitorId : ''}"`);
        const r = await runProbe(monitor, probe);
        const reason = r.reason ? { reason: r.reason } : {};
        return ctx.redactor.deep({ ok: r.outcome === 'pass', detail: r.detail, ...reason, ms: r.ms });
      },
      async getMonitorHistory(input) {
        return ctx.store.monitorStates({
          ...(input.monitorId ? { monitor: input.monitorId } : {}),
          limit: input.limit,
        });
      },
    },
    status: () => ({ monitors: ctx.redactor.deep({ items: items() }) }),
    start() {
      off = ctx.engine.on((e) => {
        if (e.type !== 'change') return;
        runner.addressChanged(e.from !== null);
        forwarding?.refresh();
      });
      runner.start();
      forwarding?.start();
      // The router answers some seconds after start: ask for its mappings once it first does.
      offRouter =
        router?.onRound((next, prev) => {
          if (next.state === 'ok' && prev.state !== 'ok') forwarding?.refresh();
        }) ?? null;
    },
    update(next) {
      settings = next;
      runner.update(next.monitors.items);
      forwarding?.refresh();
    },
    async close() {
      off?.();
      off = null;
      offRouter?.();
      offRouter = null;
      await Promise.all([runner.close(), forwarding?.close()]);
    },
  };
}

/** This machine's own addresses and its confirmed public ones: a monitor of any of them checks this host. */
function thisHostAddresses(ctx: FeatureContext): string[] {
  const own = Object.values(os.networkInterfaces())
    .flatMap((list) => list ?? [])
    .map((a) => a.address);
  const { v4, v6 } = ctx.engine.liveStatus().families;
  return [...own, v4.ip, v6.ip].filter((a): a is string => typeof a === 'string');
}

/** A host name's addresses of both families by the system resolver, as the monitor's own check finds them; none on a failure. */
async function bothFamilies(host: string): Promise<string[]> {
  const found = await Promise.all(([4, 6] as const).map((f) => resolveFamily(host, f, systemResolver).catch(() => [])));
  return found.flat();
}
