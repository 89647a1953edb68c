/**
 * The monitor's JavaScript stays on V8's interpreter and baseline compiler (Sparkplug), never
 * the optimizing one (TurboFan): the JavaScript twin of sqlite.ts's Liftoff-only wasm.
 *
 * A monitor runs a few milliseconds of code every check interval, so nothing in it is hot the
 * way TurboFan pays off for. What TurboFan did cost, in the built headless runner (both
 * families, 10 s checks, 10-minute runs side by side, bench/runner):
 * - memory: its compile jobs run on V8's worker threads, whose malloc arenas kept growing to
 *   the largest job so far for the first 20 minutes: RSS 82-86 MB and still rising 2.6-3 MB an
 *   hour after minute 2; without it, 75 MB and 1.8 MB an hour;
 * - CPU: none saved. A steady tick cost the same or less without it (1.995 against 2.16-2.25 ms
 *   median), since Sparkplug code is all the check path ever reached between two ticks anyway,
 *   and no job compiles, deoptimizes and compiles again.
 *
 * Only the long-running monitor sets it. One-shot commands (history import and export) keep
 * the optimizing tier for their loops over many rows.
 */
import { setFlagsFromString } from 'node:v8';

/** V8's tiers: 0 interpreter (Ignition), 1 baseline (Sparkplug), 2 Maglev, 3 TurboFan. */
export const MAX_JS_TIER = 1;

/**
 * How much of its own bytecode a function runs before V8 gives it feedback and Sparkplug code:
 * V8's default is 8 times its size, which suits a page where a hot loop shows up at once. A
 * monitor's check path runs once per check, and its larger functions take one short path
 * through their bytecode each time (the notices policy, the HTTP response's framing, the
 * check's scheduling): in the built runner's code log (`--perf-prof`), those were still
 * interpreted, and compiled one by one at random checks, 2 to 6 minutes after start (about
 * 50 KB of code, and the code space's RSS settling upward with them). At 1, the check path is
 * all Sparkplug code within the first minute, and nothing on it compiles after.
 */
export const FEEDBACK_BUDGET_FACTOR = 1;

/** Process-wide, for the code that runs from now on; call it once the monitor is starting. */
export function baselineJsOnly(): void {
  setFlagsFromString(`--max-opt=${MAX_JS_TIER}`);
  setFlagsFromString(`--interrupt-budget-factor-for-feedback-allocation=${FEEDBACK_BUDGET_FACTOR}`);
}
