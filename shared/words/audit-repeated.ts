/**
 * The count an audit row counted several times ends its detail with (issues 58 and 62): what its
 * who did again (was refused, signed in, signed out, or signed out everywhere), how many times, over how long from the first time to
 * the last ("(refused 3 times in 42 s, each within a minute of the one before)"). The engine writes
 * it in English after the row's first detail (electron/engine/api/audit/repeated-rows.ts); the Audit page
 * says it in the reader's language from the count the row keeps. Pure.
 */
import type { Translator } from '../i18n/translator';
import { formatDuration } from './duration';

/** What a counted row's who did again: was refused, signed in, signed out, or signed out everywhere. */
export type RepeatVerb = 'refused' | 'signedIn' | 'signedOut' | 'signedOutEverywhere';

const VERBS: Readonly<Record<string, RepeatVerb>> = {
  'session.sign-out': 'signedOut',
  'session.sign-out-everywhere': 'signedOutEverywhere',
};

/** Pure: what a counted row of this action and result was done again (a sign-in unless said otherwise). */
export const repeatVerbOf = (action: string, result: string): RepeatVerb =>
  result === 'refused' ? 'refused' : (VERBS[action] ?? 'signedIn');

/** How often a row's who did its what: `times`, from the first to the last over `spanMs`. */
export interface Repeated {
  times: number;
  spanMs: number;
}

/** The count, in `words`' language; under a second said so, not "0 s". */
export const repeatWords = (verb: RepeatVerb, r: Repeated, words: Translator): string =>
  words.t('audit.repeated', {
    verb,
    times: r.times,
    short: r.spanMs < 1000 ? 'yes' : 'no',
    span: formatDuration(r.spanMs, 2, words),
  });
