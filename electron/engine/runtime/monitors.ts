/**
 * The runtime's part for service monitors after a change (issue 42): composes the probes'
 * runner (electron/engine/probes/) over the feature context. The engine's confirmed changes
 * check every monitor at once, the settings' `monitors.items` build it, the history store keeps
 * each change of state, the notifier tells the ones that matter; AppStatus.monitors, and
 * testMonitor / getMonitorHistory for the Settings page and the API.
 */
import { ApiError } from '../../../shared/contract';
import type { Family } from '../../../shared/types';
import { systemResolver } from '../net/resolve';
import { MonitorRunner, runProbe, type ProbeDeps } from '../probes';
import type { FeatureContext, FeaturePart } from './feature-types';

export function monitorsPart(ctx: FeatureContext): FeaturePart {
  let settings = ctx.settings;
  const probe: ProbeDeps = {
    net: ctx.net,
    resolver: systemResolver,
    current: (family: Family) =>
      ctx.engine.liveStatus().families[`v${family}`].ip ?? ctx.store.current(family)?.ip ?? null,
    userAgent: `IPWatch/${ctx.version}`,
  };
  const runner = new MonitorRunner({
    clock: ctx.clock,
    logger: ctx.logger,
    probe,
    store: ctx.store,
    notify: (input) => ctx.notifier.service(input),
  });
  runner.update(settings.monitors.items);
  let off: (() => void) | null = null;
  return {
    name: 'monitors',
    handlers: {
      async testMonitor(input) {
        const monitor =
          'monitorId' in input ? settings.monitors.items.find((m) => m.id === input.monitorId) : input.monitor;
        if (!monitor) throw new ApiError(404, `no service monitor "${'monitorId' in input ? input.monitorId : ''}"`);
        const r = await runProbe(monitor, probe);
        return ctx.redactor.deep({ ok: r.outcome === 'pass', detail: r.detail, ms: r.ms });
      },
      async getMonitorHistory(input) {
        return ctx.store.monitorStates({
          ...(input.monitorId ? { monitor: input.monitorId } : {}),
          limit: input.limit,
        });
      },
    },
    status: () => ({ monitors: ctx.redactor.deep({ items: runner.status() }) }),
    start() {
      off = ctx.engine.on((e) => {
        if (e.type === 'change') runner.addressChanged(e.from !== null);
      });
      runner.start();
    },
    update(next) {
      settings = next;
      runner.update(next.monitors.items);
    },
    async close() {
      off?.();
      off = null;
      await runner.close();
    },
  };
}
