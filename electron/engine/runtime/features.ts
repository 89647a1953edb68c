/**
 * The runtime's feature parts, each in its own file (ddns.ts, monitors.ts, speed.ts, watcher.ts,
 * forecast.ts, fleet.ts, egress.ts, memory.ts, plugins-part.ts): each is built over the same context, answers its own contract methods, adds its
 * part of the status, and follows the settings. A part that fails to start or to follow new
 * settings is reported and the others go on: monitoring never stops for one of them, and the
 * parts start, follow settings and close side by side, so none waits for a slow one.
 *
 * Each part's work runs as that part's (internal-errors.ts `within`): its construction, start,
 * settings and close, its contract handlers, and the engine's events it listens to. So an error
 * no one handled, caught by the process guard, is logged and counted under the part it came from.
 */
import type { FeatureHandlers } from '../../../shared/contract';
import type { SitesEvent } from '../../../shared/contract/fleet';
import type { Settings } from '../../../shared/settings';
import type { Engine } from '../ip-monitor/engine';
import { ddnsPart } from './ddns';
import { egressPart } from './egress';
import type { FeatureContext, FeaturePart, FeatureStatus } from './feature-types';
import { fleetPart } from './fleet';
import { forecastPart } from './forecast';
import { identityPart } from './identity';
import type { InternalErrors } from './internal-errors';
import { mapPart } from './map';
import { memoryPart } from './memory';
import { monitorsPart } from './monitors';
import { pathPart } from './path';
import { pluginsPart } from './plugins-part';
import { quietPart } from './quiet';
import { speedPart } from './speed';
import { transitionPart } from './transition';
import { watcherPart } from './watcher';

export type { FeatureContext, FeaturePart, FeatureStatus } from './feature-types';

export interface Features {
  handlers: FeatureHandlers;
  status(): FeatureStatus;
  start(): Promise<void>;
  update(settings: Settings): Promise<void>;
  close(): Promise<void>;
  /** Calls `listener` when a part's status changed on its own (a DDNS record's state...); returns the unsubscribe. */
  onChange(listener: () => void): () => void;
  /** Calls `listener` with each `sites` word of the fleet part (the live stream's); returns the unsubscribe. */
  onSites(listener: (event: SitesEvent) => void): () => void;
}

/** Each part by the name its work is logged and counted under (a bundler may rename the functions). */
const MAKERS: [string, (ctx: FeatureContext) => FeaturePart][] = [
  ['ddns', ddnsPart],
  ['monitors', monitorsPart],
  ['speed', speedPart],
  ['path', pathPart],
  ['transition', transitionPart],
  ['watcher', watcherPart],
  ['forecast', forecastPart],
  ['identity', identityPart],
  ['fleet', fleetPart],
  ['egress', (ctx) => egressPart(ctx)],
  ['memory', (ctx) => memoryPart(ctx)],
  ['map', mapPart],
  ['plugins', pluginsPart],
  ['quiet', quietPart],
];

export function createFeatures(ctx: FeatureContext, errors: InternalErrors): Features {
  const parts: FeaturePart[] = MAKERS.map(([name, make]) =>
    errors.within(name, () =>
      make({ ...ctx, engine: listeningAs(ctx.engine, name, errors), logger: ctx.logger.child(name) }),
    ),
  );
  // All at once: a part slow to start (a DNS record asking its servers) must not hold the others back.
  const each = async (what: string, fn: (p: FeaturePart) => void | Promise<void>) => {
    await Promise.all(
      parts.map(async (p) => {
        try {
          await errors.within(p.name, () => fn(p));
        } catch (err) {
          ctx.engine.reportError(`${p.name} (${what})`, err);
        }
      }),
    );
  };
  return {
    handlers: Object.assign({}, ...parts.map((p) => handlersAs(p, errors))) as FeatureHandlers,
    status: () => Object.assign({}, ...parts.map((p) => p.status?.() ?? {})) as FeatureStatus,
    start: () => each('start', (p) => p.start?.()),
    update: (settings) => each('settings', (p) => p.update?.(settings)),
    close: () => each('close', (p) => p.close?.()),
    onChange: (listener) => {
      const offs = parts.map((p) => p.onChange?.(listener));
      return () => offs.forEach((off) => off?.());
    },
    onSites: (listener) => {
      const offs = parts.map((p) => p.onSites?.(listener));
      return () => offs.forEach((off) => off?.());
    },
  };
}

/** The engine as one part sees it: the events it listens to run as that part's work; the rest is the engine itself. */
export function listeningAs(engine: Engine, part: string, errors: InternalErrors): Engine {
  const on: Engine['on'] = (listener) => engine.on((e) => errors.within(part, () => listener(e)));
  const onCheckRun: Engine['onCheckRun'] = (listener) =>
    engine.onCheckRun((r) => errors.within(part, () => listener(r)));
  return new Proxy(engine, {
    get(target, key) {
      if (key === 'on') return on;
      if (key === 'onCheckRun') return onCheckRun;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** A part's contract handlers, each call run as that part's work. */
function handlersAs(p: FeaturePart, errors: InternalErrors): Partial<FeatureHandlers> {
  return Object.fromEntries(
    Object.entries(p.handlers).map(([k, h]) => [
      k,
      (...args: unknown[]) => errors.within(p.name, () => (h as (...a: unknown[]) => unknown)(...args)),
    ]),
  );
}
