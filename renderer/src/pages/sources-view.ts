/**
 * What the Sources table says beside its rows, so it tells the same story as the headline: the
 * one note above the table (said once, not in every row), and each row's short line about its
 * family's last check. Pure.
 *
 * Note above the table, per family's last check (both families in one sentence when alike):
 *
 * | last check                        | note                                                         |
 * |-----------------------------------|--------------------------------------------------------------|
 * | unavailable                       | "No IPv4 source answered in the last check: the network ..." |
 * | uncertain, no address in replies  | "No IPv4 source gave an address in the last check: ..."      |
 * | uncertain                         | "IPv4 is uncertain: the sources asked did not agree ..."     |
 * | other, none                       | no note                                                      |
 *
 * A row's line, from its answer in that check (shared/source-answers.ts):
 *
 * | last check  | answer                      | line                                             |
 * |-------------|-----------------------------|--------------------------------------------------|
 * | unavailable | any                         | none: its badge says "not answering", the note why|
 * | uncertain   | answered, same as others    | "Answered 81.2.69.142, the same as b and c"      |
 * | uncertain   | answered, alone             | "Answered 81.2.69.160, alone"                    |
 * | uncertain   | failed                      | "Gave no address" (its reason behind Why)        |
 * | uncertain   | not asked                   | "Not asked in the last check"                    |
 * | other, none | any                         | none                                             |
 */
import type { SourceAnswer } from '../../../shared/source-answers';
import type { Family, FamilyStatus } from '../../../shared/types';

type Families = Record<`v${Family}`, FamilyStatus>;

const list = (ids: readonly string[]): string =>
  ids.length <= 1 ? (ids[0] ?? '') : `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)!}`;

const names = (fs: readonly Family[]): string => list(fs.map((f) => `IPv${f}`));

/** The families whose last check ended with `result`, among those that have sources. */
const ended = (families: Families, have: ReadonlySet<Family>, result: 'unavailable' | 'uncertain'): Family[] =>
  ([4, 6] as const).filter(
    (f) => families[`v${f}`].enabled && have.has(f) && families[`v${f}`].lastCheck?.result === result,
  );

/** The notes above the table, at most one per kind of trouble. */
export function sourcesNotes(families: Families, sourceFamilies: readonly Family[]): string[] {
  const have = new Set(sourceFamilies);
  const notes: string[] = [];
  const down = ended(families, have, 'unavailable');
  if (down.length)
    notes.push(
      `No ${names(down)} source answered in the last check: the trouble is the network, not the sources, ` +
        'so none is counted as failing for it.',
    );
  const uncertain = ended(families, have, 'uncertain');
  // Replies without an address (a portal's page, NXDOMAIN) leave a family uncertain with nothing to compare.
  const gaveNone = uncertain.filter((f) => families[`v${f}`].lastCheck?.attempts?.every((a) => !a.ok) === true);
  if (gaveNone.length)
    notes.push(
      `No ${names(gaveNone)} source gave an address in the last check: they replied, but not with an ` +
        "address (a captive portal's page or a DNS error does that). Each row says what its source met.",
    );
  const unsure = uncertain.filter((f) => !gaveNone.includes(f));
  if (unsure.length)
    notes.push(
      `${names(unsure)} ${unsure.length > 1 ? 'are' : 'is'} uncertain: the sources asked in the last check did ` +
        'not agree on an address. Each row shows what its source answered, and which answered the same.',
    );
  return notes;
}

/** A row's short line about the last check of its family, or null when there is nothing to add. */
export function answerLine(check: FamilyStatus['lastCheck'], answer: SourceAnswer): string | null {
  // During an outage the badge says "not answering" and the note above says why, once.
  if (check?.result !== 'uncertain') return null;
  switch (answer.said) {
    case 'answered':
      return `Answered ${answer.ip}, ${answer.sameAs.length ? `the same as ${list(answer.sameAs)}` : 'alone'}`;
    case 'failed':
      return 'Gave no address';
    case 'not asked':
      return 'Not asked in the last check';
  }
}
