/**
 * What the Sources table says beside its rows, so it tells the same story as the headline: the
 * one note above the table (said once, not in every row), and each row's short line about its
 * family's last check. Pure.
 *
 * Note above the table, per family's last check (both families in one sentence when alike):
 *
 * | last check                        | note                                                         |
 * |-----------------------------------|--------------------------------------------------------------|
 * | unavailable                       | none: its group's line says it (source-groups.ts)            |
 * | uncertain, no address in replies  | "No IPv4 source gave an address in the last check (3 asked): |
 * |                                   |  each row says what its source met." (the card says why)     |
 * | uncertain, quorum known           | "IPv4 is uncertain: 3 of its 3 sources must give the same   |
 * |                                   |  address; in the last check at most 2 did. ..."              |
 * | uncertain, counts not known,      | "IPv4 is uncertain: sources answered with different          |
 * |  the engine's cause known         |  addresses. ..." (shared/words/check-cause.ts)               |
 * | uncertain, counts not known       | "IPv4 is uncertain: no address was confirmed in the last     |
 * |                                   |  check. ..." (never "did not agree": none may have answered) |
 * | other, none                       | no note                                                      |
 *
 * "Must agree" is the quorum the engine uses (shared/quorum.ts): the setting, at most the
 * family's distinct providers; sources of one provider count once, and the note says so when
 * a family has more sources than providers. "Did" counts the providers that answered the most
 * common address.
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
import type { SettingsView } from '../../../shared/contract/settings';
import { formatList } from '../../../shared/i18n/format';
import type { Translator } from '../../../shared/i18n/translator';
import { effectiveQuorum } from '../../../shared/quorum';
import type { SourceAnswer } from '../../../shared/source-answers';
import type { Family, FamilyStatus, LastCheck, SourceHealth } from '../../../shared/types';
import { causeWords } from '../../../shared/words/check-cause';

type Families = Record<`v${Family}`, FamilyStatus>;

/** "a, b and c": English as IPWatch writes it (no serial comma), other languages as Intl joins them. */
const list = (ids: readonly string[], words: Translator): string => {
  if (words.language !== 'en') return formatList(ids, words.language);
  return ids.length <= 1 ? (ids[0] ?? '') : `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)!}`;
};

/** "IPv4", "IPv4 and IPv6" in the reader's language. */
export const familyNames = (fs: readonly Family[], words: Translator): string =>
  list(
    fs.map((family) => words.t('web.family', { family })),
    words,
  );

/** The families whose last check ended with `result`, among those that have sources. */
const ended = (families: Families, have: ReadonlySet<Family>, result: 'unavailable' | 'uncertain'): Family[] =>
  ([4, 6] as const).filter(
    (f) => families[`v${f}`].enabled && have.has(f) && families[`v${f}`].lastCheck?.result === result,
  );

/**
 * The quorum setting in force, from the settings as read: an IPWATCH_* variable's value wins
 * over the stored one; null while not read (or not a number).
 */
export function quorumOf(view: Pick<SettingsView, 'settings' | 'inForce'> | undefined): number | null {
  const env = view?.inForce?.find((f) => f.path === 'monitor.quorum');
  const monitor = view?.settings.monitor as { quorum?: unknown } | undefined;
  const q = env && 'value' in env ? env.value : monitor?.quorum;
  return typeof q === 'number' && Number.isInteger(q) && q > 0 ? q : null;
}

/** The most providers that gave one address in `check`. */
function mostAlike(check: LastCheck | null): number {
  const byIp = new Map<string, Set<string>>();
  for (const a of check?.attempts ?? [])
    if (a.ok && a.ip !== undefined) byIp.set(a.ip, (byIp.get(a.ip) ?? new Set()).add(a.provider));
  return Math.max(0, ...[...byIp.values()].map((p) => p.size));
}

/** "IPv4 is uncertain: 3 of its 3 sources must give the same address; in the last check at most 2 did." */
function uncertainNote(
  f: FamilyStatus,
  own: readonly Pick<SourceHealth, 'provider'>[],
  quorum: number | null,
  words: Translator,
): string {
  const family = f.family;
  if (quorum === null || !f.lastCheck?.attempts?.length) {
    const cause = f.lastCheck?.cause;
    if (cause) return words.t('web.sources.uncertainCause', { family, cause: causeWords(cause, words) });
    return words.t('web.sources.uncertainUnknown', { family });
  }
  const providers = new Set(own.map((s) => s.provider));
  const need = effectiveQuorum(quorum, providers);
  const did = mostAlike(f.lastCheck);
  const of =
    providers.size === own.length
      ? words.t('web.sources.needOfSources', { need, count: own.length })
      : words.t('web.sources.needOfProviders', { need, count: providers.size });
  const most = did <= 1 ? words.t('web.sources.noTwoDid') : words.t('web.sources.atMostDid', { did });
  return words.t('web.sources.uncertain', { family, of, most });
}

/**
 * The notes above the table, at most one per kind of trouble (an uncertain family has its own,
 * with its counts). `quorum` is the setting (monitor.quorum), null while not known.
 */
export function sourcesNotes(
  families: Families,
  sources: readonly Pick<SourceHealth, 'family' | 'provider'>[],
  quorum: number | null,
  words: Translator,
): string[] {
  const have = new Set(sources.map((s) => s.family));
  const notes: string[] = [];
  const uncertain = ended(families, have, 'uncertain');
  // Replies without an address (a portal's page, NXDOMAIN) leave a family uncertain with nothing to compare.
  // What that can mean is said once, on the family's card (shared/words/health-uncertain.ts): here only the count.
  const gaveNone = uncertain.filter((f) => {
    const attempts = families[`v${f}`].lastCheck?.attempts ?? [];
    return attempts.length > 0 && attempts.every((a) => !a.ok);
  });
  if (gaveNone.length) {
    const asked = gaveNone.reduce((n, f) => n + (families[`v${f}`].lastCheck?.attempts?.length ?? 0), 0);
    notes.push(words.t('web.sources.noneGaveAddress', { families: familyNames(gaveNone, words), asked }));
  }
  for (const f of uncertain.filter((x) => !gaveNone.includes(x)))
    notes.push(
      uncertainNote(
        families[`v${f}`],
        sources.filter((s) => s.family === f),
        quorum,
        words,
      ),
    );
  return notes;
}

/** A row's short line about the last check of its family, or null when there is nothing to add. */
export function answerLine(check: FamilyStatus['lastCheck'], answer: SourceAnswer, words: Translator): string | null {
  // During an outage the badge says "not answering" and the note above says why, once.
  if (check?.result !== 'uncertain') return null;
  switch (answer.said) {
    case 'answered':
      return answer.sameAs.length
        ? words.t('web.sources.answeredSame', { ip: answer.ip, others: list(answer.sameAs, words) })
        : words.t('web.sources.answeredAlone', { ip: answer.ip });
    case 'failed':
      return words.t('web.sources.gaveNoAddress');
    case 'not asked':
      return words.t('web.sources.notAsked');
  }
}
