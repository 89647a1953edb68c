/**
 * The runtime's part for the opt-in path (issue 77): after each confirmed address change, and
 * when asked (tracePath), the route to the settings' `path.target` is traced (electron/engine/path/),
 * kept in the history (store/paths.ts) and compared with the path before (shared/path.ts). One
 * trace at a time: a change while one runs, or a second ask, joins it. Off: nothing is traced.
 */
import type { PathRecord, PathRunAnswer } from '../../../shared/contract/path';
import { english } from '../../../shared/i18n/translators';
import { pathDiff, pathDiffWords, type PathTrigger } from '../../../shared/path';
import { createPathTracer, type TraceOutcome } from '../path';
import type { StoredPath } from '../store';
import type { FeatureContext, FeaturePart } from './feature-types';

/**
 * Each path of a list (newest first) with what changed since the one before it to the same
 * target, further down the list; the list's last ones, with none, are the first paths.
 */
export function withDiffs(paths: StoredPath[]): PathRecord[] {
  return paths.map((p, i) => {
    const diff = pathDiff(paths.slice(i + 1).find((q) => q.target === p.target) ?? null, p);
    return { ...p, diff, said: pathDiffWords(diff, english) };
  });
}

/** The newest `limit` paths, each compared with the one before it (read from further back: DIFF_DEPTH). */
const DIFF_DEPTH = 20;
const recent = (ctx: FeatureContext, limit: number) => withDiffs(ctx.store.paths(limit + DIFF_DEPTH)).slice(0, limit);

const WHY: Record<Exclude<TraceOutcome, { ok: true }>['reason'] | 'off', string> = {
  off: english.t('path.off'),
  'no-tool': english.t('path.noTool'),
  'bad-target': english.t('path.badTarget'),
  failed: '',
};

export function pathPart(ctx: FeatureContext): FeaturePart {
  let settings = ctx.settings.path;
  const lookup = ctx.identity?.offline ?? ctx.identify ?? (() => null);
  const tracer = createPathTracer({ env: process.env, identify: (ip) => lookup(ip), now: () => ctx.clock.now() });
  const aborter = new AbortController();
  let running: Promise<PathRunAnswer> | null = null;

  const run = async (trigger: PathTrigger): Promise<PathRunAnswer> => {
    if (!settings.enabled) return { ran: false, why: 'off', said: WHY.off };
    const outcome = await tracer.trace(settings.target, trigger, aborter.signal);
    if (!outcome.ok) {
      const said =
        outcome.reason === 'failed' ? english.t('path.failed', { why: outcome.detail }) : WHY[outcome.reason];
      ctx.logger.warn(said);
      return {
        ran: false,
        why: outcome.reason,
        said,
        ...(outcome.reason === 'failed' ? { detail: outcome.detail } : {}),
      };
    }
    const stored = ctx.store.recordPath(outcome.path);
    const record = recent(ctx, 1)[0] ?? { ...withDiffs([stored])[0]! };
    ctx.logger.info(`path to ${stored.target}: ${record.said.join('; ')}`);
    return { ran: true, path: record };
  };
  const once = (trigger: PathTrigger): Promise<PathRunAnswer> => {
    running ??= run(trigger).finally(() => {
      running = null;
    });
    return running;
  };
  const off = ctx.engine.on((e) => {
    if (e.type === 'change' && settings.enabled) void once('change');
  });
  return {
    name: 'path',
    handlers: {
      tracePath: () => once('manual'),
      getPaths: async (input) => ({ items: recent(ctx, input.limit ?? 20) }),
    },
    update: (next) => {
      settings = next.path;
    },
    close: async () => {
      off();
      aborter.abort();
      await running?.catch(() => undefined);
    },
  };
}
