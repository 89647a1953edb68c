/**
 * A check's cause (shared/check-cause.ts) in the reader's language: the one word function every
 * door says it through, so the banner, the cards, Activity, the API, the CLI, the bot and the log
 * never explain one check two ways. Pure.
 */
import { CAUSE_REASON, type CheckCause } from '../check-cause';
import type { MessageId, Translator } from '../i18n/translator';
import type { Family } from '../types';
import { asSentence } from './error';

/** The cause as a clause: "no source could be reached: the network is down or has no way out". */
export const causeWords = (cause: CheckCause, words: Translator): string => words.t(CAUSE_REASON[cause]);

/** The cause as a sentence of its own: "No source could be reached: the network is down or has no way out." */
export const causeSentence = (cause: CheckCause, words: Translator): string => asSentence(causeWords(cause, words));

/**
 * The causes of the families shown together (the Sources card's one line): one sentence when
 * they agree, else one clause per family ("IPv4: sources replied, .... IPv6: no source ...").
 */
export function causesLine(causes: readonly (readonly [Family, CheckCause])[], words: Translator): string {
  const [first] = causes;
  if (first && causes.every(([, c]) => c === first[1])) return causeSentence(first[1], words);
  return causes
    .map(([family, cause]) => words.t('cause.note', { family: `IPv${family}`, cause: causeWords(cause, words) }))
    .join(' ');
}

/** What a person can do about the cause, when there is something; '' otherwise. */
const ADVICE: Partial<Record<CheckCause, MessageId>> = {
  network: 'cause.advice.network',
  'no-address': 'cause.advice.noAddress',
  'no-ipv6': 'cause.advice.noIpv6',
  'no-ipv4': 'cause.advice.noIpv4',
  filtered: 'cause.advice.filtered',
  'no-egress': 'cause.advice.noEgress',
};

export const causeAdvice = (cause: CheckCause, words: Translator): string => {
  const id = ADVICE[cause];
  return id ? words.t(id) : '';
};

/** "IPv4: no source could be reached: ... Check this machine's network connection ...", for a family's card. */
export const causeNote = (family: Family, cause: CheckCause, words: Translator): string =>
  [words.t('cause.note', { family: `IPv${family}`, cause: causeWords(cause, words) }), causeAdvice(cause, words)]
    .filter(Boolean)
    .join(' ');

/** The banner's line while offline: "No internet: <cause>. Checks retry by themselves." */
export const offlineLine = (cause: CheckCause, words: Translator): string =>
  [words.t('cause.offline', { cause: causeWords(cause, words) }), causeAdvice(cause, words)].filter(Boolean).join(' ');
