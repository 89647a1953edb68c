/**
 * What set off the check that found an address, in words a person reads on History and
 * Activity, instead of the engine's trigger names ("manual", "follow-up"), in the language of the
 * Translator given (the catalogue's `trigger.*`). Pure; every trigger has its words (the Record
 * makes a new trigger a type error until it has them).
 *
 * | trigger   | words (English)                                 |
 * |-----------|-------------------------------------------------|
 * | start     | found by the check at start-up                  |
 * | interval  | found by the scheduled check                    |
 * | network   | found after a network change                    |
 * | resume    | found when the computer woke up                 |
 * | manual    | found by a check you started                    |
 * | retry     | found by a retry after a failed check           |
 * | follow-up | found by the second look after a network change |
 * | import    | imported from another history                   |
 * | router    | the router told us                              |
 * | settings  | found by the check after a settings change      |
 */
import type { MessageId, Translator } from '../i18n/translator';
import type { Trigger } from '../types';

const WORDS: Record<Trigger, MessageId> = {
  start: 'trigger.start',
  interval: 'trigger.interval',
  network: 'trigger.network',
  resume: 'trigger.resume',
  manual: 'trigger.manual',
  retry: 'trigger.retry',
  'follow-up': 'trigger.followUp',
  import: 'trigger.import',
  router: 'trigger.router',
  settings: 'trigger.settings',
};

/** The words for a trigger; a name this build does not know (a newer history's) is shown as it is. */
export function triggerWords(trigger: string, words: Translator): string {
  return Object.hasOwn(WORDS, trigger) ? words.t(WORDS[trigger as Trigger]) : trigger;
}

/** What a change is, as a code: "first seen" when there was no address before, else "changed". */
export function changeKind(from: string | null): 'first seen' | 'changed' {
  return from === null ? 'first seen' : 'changed';
}
