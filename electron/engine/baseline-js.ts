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

/** Process-wide, for the code that runs from now on; call it once the monitor is starting. */
export function baselineJsOnly(): void {
  setFlagsFromString(`--max-opt=${MAX_JS_TIER}`);
}
