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
import type { MessageId, Translator } from '../i18n/translator';
import type { CheckResult, LastCheck } from '../types';

/** A check's result as people read it: the monitor's, or `no-source` when no request was sent for want of a source. */
export type CheckMark = CheckResult | 'no-source';

export const checkMark = (result: CheckResult, requests: number | undefined): CheckMark =>
  result === 'unavailable' && requests === 0 ? 'no-source' : result;

/**
 * "IPv4 not monitored: no source": a no-source check in words, wherever a line reports one. In a
 * language; English (`words` left out) only for the Activity page's lines until they take one.
 */
export const noSourceLine = (family: 4 | 6, words?: Translator): string =>
  words ? words.t('check.noSourceLine', { family: `IPv${family}` }) : `IPv${family} not monitored: no source`;

/** Each result's words (`check.result.*`): the monitor's own word where a person reads it as is, never `unavailable`. */
const CHECK_RESULT_MESSAGE: Record<CheckMark, MessageId> = {
  unchanged: 'check.result.unchanged',
  confirmed: 'check.result.confirmed',
  changed: 'check.result.changed',
  uncertain: 'check.result.uncertain',
  unavailable: 'check.result.unavailable',
  disabled: 'check.result.disabled',
  'no-source': 'check.result.noSource',
};

/**
 * A last check's result in a word or two, as the dashboard's card and the bot's /ip, /status and
 * /check print it: "no source answered" where the monitor says `unavailable`, and "not monitored:
 * no source" for one that sent no request.
 */
export const checkResultWords = (check: Pick<LastCheck, 'result' | 'requests'>, words: Translator): string =>
  words.t(CHECK_RESULT_MESSAGE[checkMark(check.result, check.requests)]);
