/**
 * What each settings upgrade step (MIGRATIONS in ./index.ts) changed, in words: said in the log
 * beside the "upgraded from version N to M" line, so a user who finds a kind added to a channel
 * reads why. One catalogue message per step that changes anything a user set (step 0 → 1 only
 * wrote the version). Pure.
 */
import type { MessageId } from '../i18n/catalogues/en';
import type { Translator } from '../i18n/translator';

/** The message of the step that brought the file to version N. */
const STEP_NOTES: Readonly<Record<number, MessageId>> = {
  2: 'reason.audit.settingsStep.v2',
  3: 'reason.audit.settingsStep.v3',
};

/** The notes of the steps from version `from` to `to`, oldest first. */
export function upgradeNotes(from: number, to: number, w: Translator): string[] {
  const notes: string[] = [];
  for (let v = from + 1; v <= to; v++) {
    const id = STEP_NOTES[v];
    if (id) notes.push(w.t(id));
  }
  return notes;
}
