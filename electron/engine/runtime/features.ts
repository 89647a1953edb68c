/**
 * The runtime's feature parts, each in its own file (ddns.ts, monitors.ts, speed.ts, watcher.ts,
 * forecast.ts): each is built over the same context, answers its own contract methods, adds its
 * part of the status, and follows the settings. A part that fails to start or to follow new
 * settings is reported and the others go on: monitoring never stops for one of them.
 */
import type { FeatureHandlers } from '../../../shared/contract';
import type { Settings } from '../../../shared/settings';
import { ddnsPart } from './ddns';
import type { FeatureContext, FeaturePart, FeatureStatus } from './feature-types';
import { forecastPart } from './forecast';
import { identityPart } from './identity';
import { monitorsPart } from './monitors';
import { speedPart } from './speed';
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
}

export function createFeatures(ctx: FeatureContext): Features {
  const parts: FeaturePart[] = [ddnsPart, monitorsPart, speedPart, watcherPart, forecastPart, identityPart].map(
    (make) => make({ ...ctx, logger: ctx.logger.child(make.name.replace(/Part$/, '')) }),
  );
  const each = async (what: string, fn: (p: FeaturePart) => void | Promise<void>) => {
    for (const p of parts)
      try {
        await fn(p);
      } catch (err) {
        ctx.engine.reportError(`${p.name} (${what})`, err);
      }
  };
  return {
    handlers: Object.assign({}, ...parts.map((p) => p.handlers)) as FeatureHandlers,
    status: () => Object.assign({}, ...parts.map((p) => p.status?.() ?? {})) as FeatureStatus,
    start: () => each('start', (p) => p.start?.()),
    update: (settings) => each('settings', (p) => p.update?.(settings)),
    close: () => each('close', (p) => p.close?.()),
    onChange: (listener) => {
      const offs = parts.map((p) => p.onChange?.(listener));
      return () => offs.forEach((off) => off?.());
    },
  };
}
