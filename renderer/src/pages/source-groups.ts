/**
 * The Sources card at a glance (issue 75): its sources grouped by cause, so the card says one line
 * when all share one, and a table grouped by cause when they differ. A row's cause comes from the
 * state its badge shows (shared/source-state.ts), so the line above can never contradict a row.
 * Pure.
 *
 * | the row's state (its badge)       | cause         | its group's words                           |
 * |-----------------------------------|---------------|---------------------------------------------|
 * | not answering (nothing answered)  | offline       | "No source answered: the network is down."  |
 * | failing, resting after failures   | failing, kind | "Failing: the name does not exist"          |
 * | no agreement                      | no-agreement  | "Answered, but too few gave the same ..."   |
 * | not asked yet                     | not-asked     | "Not asked yet"                             |
 * | answering, slow                   | answering     | "All 30 sources answer." / "Answering"      |
 *
 * A failing source's kind is its error's: a request's raw error by the short words of
 * shared/words/error.ts (one id per kind: refused, timed out, name not found...), an answer the
 * engine did not take by its code (outvoted, or no usable address). Groups come in the order of
 * the table above, trouble first; rows keep their order within a group.
 *
 * The one line (glanceLine) says the engine's one cause of the check (shared/check-cause.ts) when
 * the last check of every family of the group carries one, in the words the banner and the
 * address cards say it (shared/words/check-cause.ts), so the verdict and the card read one
 * sentence; the words of the table above only for a status without causes, or sources not asked:
 *
 * | the families' last checks                | the line                                          |
 * |------------------------------------------|---------------------------------------------------|
 * | all one cause (network)                  | "No source could be reached: the network is ..."  |
 * | causes that differ                       | "IPv4: <its cause>. IPv6: <its cause>."           |
 * | a family without a cause, or not asked   | the group's own words (table above)               |
 */
import type { CheckCause } from '../../../shared/check-cause';
import type { WireReason } from '../../../shared/contract/reason';
import type { MessageId, Translator } from '../../../shared/i18n/translator';
import { sourceState, type SourceWord, sourceWordText } from '../../../shared/source-state';
import type { Family, FamilyStatus, SourceHealth } from '../../../shared/types';
import { causesLine } from '../../../shared/words/check-cause';
import { errorShortId } from '../../../shared/words/error';
import { isRawSourceError } from '../../../shared/words/source-error';
import { familyNames } from './sources-view';

type Families = Record<`v${Family}`, FamilyStatus>;

export type SourceCause =
  | { kind: 'offline' }
  | { kind: 'failing'; what: MessageId }
  | { kind: 'no-agreement' }
  | { kind: 'not-asked' }
  | { kind: 'answering' };

export interface SourceGroup<S extends SourceHealth = SourceHealth> {
  /** One key per cause: rows of one key share their cause. */
  key: string;
  cause: SourceCause;
  /** The families of its sources, IPv4 first. */
  families: Family[];
  sources: S[];
}

const ORDER: SourceCause['kind'][] = ['offline', 'failing', 'no-agreement', 'not-asked', 'answering'];

/** The kind of a failure: its short words' id (a raw error), or its code's (an answer not taken). */
export function failureKind(raw: string | null, code: WireReason | null | undefined): MessageId {
  if (raw === null) return 'web.connections.error.unknown';
  if (isRawSourceError(code)) return errorShortId(raw);
  return code!.code === 'reason.source.outvoted' ? 'web.sourcesCard.kind.outvoted' : 'web.sourcesCard.kind.unusable';
}

/** A source's cause, from the state its row shows. */
export function causeOf(s: SourceHealth, families: Families, words: Translator): SourceCause {
  const st = sourceState(s, families[`v${s.family}`].lastCheck, words);
  switch (st.word) {
    case 'not answering':
      return { kind: 'offline' };
    case 'failing':
    case 'resting after failures':
      return { kind: 'failing', what: failureKind(st.reason, st.reasonCode) };
    case 'no agreement':
      return { kind: 'no-agreement' };
    case 'not asked yet':
      return { kind: 'not-asked' };
    case 'answering':
    case 'slow':
      return { kind: 'answering' };
  }
}

const keyOf = (c: SourceCause): string => (c.kind === 'failing' ? `failing:${c.what}` : c.kind);

/** The sources grouped by cause, trouble first. */
export function groupSources<S extends SourceHealth>(
  sources: readonly S[],
  families: Families,
  words: Translator,
): SourceGroup<S>[] {
  const groups = new Map<string, SourceGroup<S>>();
  for (const s of sources) {
    const cause = causeOf(s, families, words);
    const key = keyOf(cause);
    const g = groups.get(key) ?? { key, cause, families: [], sources: [] };
    g.sources.push(s);
    if (!g.families.includes(s.family)) g.families = [...g.families, s.family].sort();
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => ORDER.indexOf(a.cause.kind) - ORDER.indexOf(b.cause.kind));
}

/**
 * The engine's cause of each family of the group, from their last checks; null when one has
 * none (an engine before causes, or an address confirmed) or the sources were not asked yet.
 */
export function engineCauses(group: SourceGroup, families: Families): [Family, CheckCause][] | null {
  if (group.cause.kind === 'not-asked') return null;
  const causes = group.families.map((f) => [f, families[`v${f}`].lastCheck?.cause] as const);
  return causes.every((c): c is readonly [Family, CheckCause] => c[1] !== undefined)
    ? causes.map(([f, c]) => [f, c])
    : null;
}

/** The one line that stands for the whole card when every source shares one cause. */
export function glanceLine(group: SourceGroup, families: Families, words: Translator): string {
  const engine = engineCauses(group, families);
  if (engine) return causesLine(engine, words);
  const count = group.sources.length;
  const c = group.cause;
  switch (c.kind) {
    case 'offline':
      return words.t('web.sourcesCard.all.offline');
    case 'failing':
      return words.t('web.sourcesCard.all.failing', { count, what: words.t(c.what) });
    case 'no-agreement':
      return words.t('web.sourcesCard.all.noAgreement');
    case 'not-asked':
      return words.t('web.sourcesCard.all.notAsked', { count });
    case 'answering':
      return words.t('web.sourcesCard.all.answering', { count });
  }
}

/** A group's heading row in the table, when the sources differ. */
export function groupHeading(group: SourceGroup, words: Translator): string {
  const c = group.cause;
  switch (c.kind) {
    case 'offline':
      return words.t('web.sourcesCard.group.offline', { families: familyNames(group.families, words) });
    case 'failing':
      return words.t('web.sourcesCard.group.failing', { what: words.t(c.what) });
    case 'no-agreement':
      return words.t('web.sourcesCard.group.noAgreement');
    case 'not-asked':
      return words.t('web.sourcesCard.group.notAsked');
    case 'answering':
      return words.t('web.sourcesCard.group.answering');
  }
}

/**
 * The line above a table of differing sources: how many rows show each badge word, in the
 * groups' order ("30 sources: 5 not answering, 25 answering."), so it counts what the rows say.
 */
export function summaryLine(
  sources: readonly SourceHealth[],
  families: Families,
  words: Translator,
  groups = groupSources(sources, families, words),
): string {
  const counts = new Map<SourceWord, number>();
  for (const g of groups)
    for (const s of g.sources) {
      const w = sourceState(s, families[`v${s.family}`].lastCheck, words).word;
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  const parts = [...counts].map(([w, n]) =>
    words.t('web.sourcesCard.part', { count: n, state: sourceWordText(w, words) }),
  );
  return words.t('web.sourcesCard.summary', { count: sources.length, parts: parts.join(', ') });
}
