/**
 * A dynamic DNS record's change of state (types.ts DdnsStateEvent) on one line, as the Activity
 * page and the runner's readable lines say it, in the language of the Translator given, e.g.
 * "home.example.org A: waiting to retry (the provider has a problem (911))" or
 * "home.example.org A: in step again after 4 min (it was switched off)". The why is said from its
 * code, or is the engine's English where the event has none (an older one). Pure.
 */
import type { DdnsState } from '../contract/ddns';
import type { Translator } from '../i18n/translator';
import type { DdnsStateEvent } from '../types';
import { DDNS_STATE_WORDS, ddnsStateWords } from './ddns';
import { formatDuration } from './duration';
import { sayReason } from './reason';

/** A state in words; a state these words do not know yet is shown as its name. */
export const ddnsStateWord = (state: string, words: Translator): string =>
  Object.hasOwn(DDNS_STATE_WORDS, state) ? ddnsStateWords(state as DdnsState, words) : state;

export function ddnsStateLine(e: DdnsStateEvent, words: Translator): string {
  const head = { name: e.name, type: e.recordType };
  if (e.notice === 'in-step') {
    const from = ddnsStateWord(e.from, words);
    return e.troubleMs !== null
      ? words.t('ddns.event.inStepAgainAfter', { ...head, from, duration: formatDuration(e.troubleMs, 2, words) })
      : words.t('ddns.event.inStepAgain', { ...head, from });
  }
  const state = ddnsStateWord(e.to, words);
  return e.why
    ? words.t('ddns.event.stateWhy', { ...head, state, why: sayReason(e.reason, e.why, words) })
    : words.t('ddns.event.state', { ...head, state });
}
