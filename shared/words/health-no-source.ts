/**
 * A check that sent no request because its family had no source set up: nothing was asked,
 * so nothing failed and nothing is known of the network. The monitor reports it as
 * `unavailable` with no request; every place a person reads it (the Recent checks strip, the
 * recent events, Activity, the runner's lines) calls it `no-source`, "not monitored: no
 * source", decided here once. Pure.
 *
 * | result      | requests        | mark        |
 * |-------------|-----------------|-------------|
 * | unavailable | 0               | no-source   |
 * | unavailable | > 0, or unknown | unavailable |
 * | any other   | any             | the result  |
 *
 * A witness's check sends no public request either, but it says `unchanged`, never
 * `unavailable`. Checks recorded before the count was kept (`requests` unknown) stay as they were.
 */
import type { CheckResult, LastCheck } from '../types';
import { NO_SOURCE } from '../uptime';

/** A check's result as people read it: the monitor's, or `no-source` when no request was sent for want of a source. */
export type CheckMark = CheckResult | 'no-source';

export const checkMark = (result: CheckResult, requests: number | undefined): CheckMark =>
  result === 'unavailable' && requests === 0 ? 'no-source' : result;

/** "IPv4 not monitored: no source": a no-source check in words, wherever a line reports one. */
export const noSourceLine = (family: 4 | 6): string => `IPv${family} ${NO_SOURCE}`;

/**
 * A last check's result in a word or two, as the dashboard's card and the bot's /ip, /status and
 * /check print it: "no source answered" where the monitor says `unavailable`, and "not monitored:
 * no source" for one that sent no request.
 */
export const checkResultWords = (check: Pick<LastCheck, 'result' | 'requests'>): string =>
  CHECK_RESULT_WORDS[checkMark(check.result, check.requests)];

/** Each result's words: the monitor's own word where a person reads it as is, never `unavailable`. */
export const CHECK_RESULT_WORDS: Record<CheckMark, string> = {
  unchanged: 'unchanged',
  confirmed: 'confirmed',
  changed: 'changed',
  uncertain: 'uncertain',
  unavailable: 'no source answered',
  disabled: 'switched off',
  'no-source': NO_SOURCE,
};
