/**
 * Periodic housekeeping kept away from the checks (the idle GC, the data folder lock's touch).
 *
 * Work that lands next to a check contends with it: it holds the check up, and it runs on the
 * CPU's caches while the check path needs them. Both the check interval and a housekeeping
 * period start with the monitor, so a plain timer lands at the same spot of the gap every time
 * (the lock's touch every 30 s fell ~0.1 s before every third 10 s check). So a job that is
 * due first asks the monitor's timing how long to wait.
 */
import type { CheckTiming } from './monitor/engine';

/** Kept clear of a check on either side. */
export const QUIET_MARGIN_MS = 2_000;
/** While a check runs, ask again this much later. */
export const CHECKING_RETRY_MS = 1_000;

/** The timing of a monitor that is not running (yet): nothing to keep clear of. */
export const NOT_MONITORING: CheckTiming = { running: false, checking: false, nextCheckAt: null, lastCheckAt: null };

/** A timing bound later: the store and its lock are opened before the runtime whose checks they keep clear of. */
export function lateTiming(): { timing: () => CheckTiming; bind(source: () => CheckTiming): void } {
  let source: (() => CheckTiming) | null = null;
  return {
    timing: () => source?.() ?? NOT_MONITORING,
    bind: (s) => void (source = s),
  };
}

/** How long a due job waits; 0 runs it now. */
export type QuietRule = (now: number, t: CheckTiming) => number;

/**
 * Midway between the last check and the next, for the heavy job (a major GC). Pure.
 *
 * | state                                  | wait                                          |
 * |----------------------------------------|-----------------------------------------------|
 * | not monitoring (stopped, paused)       | 0: no check to stay clear of                  |
 * | a check runs, or none is scheduled yet | CHECKING_RETRY_MS, then ask again             |
 * | before the middle of the gap           | until the middle                              |
 * | past it, the next check > margin away  | 0                                             |
 * | past it, the next check is near        | until the margin after it is due, ask again   |
 */
export const quietDelayMs: QuietRule = (now, t) => {
  if (!t.running) return 0;
  if (t.checking || t.nextCheckAt === null) return CHECKING_RETRY_MS;
  const from = Math.min(t.lastCheckAt ?? now, now);
  const middle = from + (t.nextCheckAt - from) / 2;
  if (now < middle) return Math.ceil(middle - now);
  return nearNext(now, t.nextCheckAt);
};

/**
 * Just clear of the checks, for a job that must not wait long (the lock's touch: a check
 * interval may be an hour, and the lock goes stale in a minute). Pure.
 *
 * | state                                  | wait                                          |
 * |----------------------------------------|-----------------------------------------------|
 * | not monitoring (stopped, paused)       | 0                                             |
 * | a check runs, or none is scheduled yet | CHECKING_RETRY_MS, then ask again             |
 * | within the margin after the last check | until the margin has passed                   |
 * | the next check > margin away           | 0                                             |
 * | the next check is near                 | until the margin after it is due, ask again   |
 */
export const clearDelayMs: QuietRule = (now, t) => {
  if (!t.running) return 0;
  if (t.checking || t.nextCheckAt === null) return CHECKING_RETRY_MS;
  if (t.lastCheckAt !== null && now >= t.lastCheckAt && now - t.lastCheckAt < QUIET_MARGIN_MS)
    return t.lastCheckAt + QUIET_MARGIN_MS - now;
  return nearNext(now, t.nextCheckAt);
};

function nearNext(now: number, nextCheckAt: number): number {
  if (nextCheckAt - now >= QUIET_MARGIN_MS) return 0;
  return Math.max(0, nextCheckAt - now) + QUIET_MARGIN_MS;
}

export interface QuietTimerOptions {
  everyMs: number;
  /** The first run (default everyMs). */
  firstMs?: number;
  /** How a due run waits for the checks; the default is quietDelayMs. */
  rule?: QuietRule;
  /** The monitor's check timing; without it, a run starts as soon as it is due. */
  timing?: () => CheckTiming;
  now?: () => number;
  /** The job. A rejection arms the next run after `retryMs` instead of `everyMs`. */
  run: () => void | Promise<void>;
  retryMs?: number;
  /** A due run waits for the checks this long at most, then runs anyway (a job with a deadline of its own). */
  maxWaitMs?: number;
}

export interface QuietTimer {
  /** From now on, due runs wait for the checks of this timing (the monitor starts after the lock is taken). */
  keepClearOf(timing: () => CheckTiming): void;
  stop(): void;
}

/** Runs `run` every `everyMs` (counted from the end of the last run), clear of the checks. Never keeps the process alive. */
export function startQuietTimer(opts: QuietTimerOptions): QuietTimer {
  const { everyMs, rule = quietDelayMs, now = Date.now } = opts;
  let timing = opts.timing;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const arm = (ms: number, fn: () => void) => {
    if (stopped) return;
    timer = setTimeout(fn, ms);
    timer.unref();
  };
  let dueSince: number | null = null;
  const due = () => {
    timer = null;
    const at = now();
    dueSince ??= at;
    const left = (opts.maxWaitMs ?? Infinity) - (at - dueSince);
    const wait = timing && left > 0 ? Math.min(rule(at, timing()), left) : 0;
    if (wait > 0) return arm(wait, due);
    dueSince = null;
    let result: void | Promise<void>;
    try {
      result = opts.run();
    } catch {
      return arm(opts.retryMs ?? everyMs, due);
    }
    if (!(result instanceof Promise)) return arm(everyMs, due);
    result.then(
      () => arm(everyMs, due),
      () => arm(opts.retryMs ?? everyMs, due),
    );
  };
  arm(opts.firstMs ?? everyMs, due);
  return {
    keepClearOf(t) {
      timing = t;
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
