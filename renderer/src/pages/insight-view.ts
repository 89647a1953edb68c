/**
 * How the dashboard's insight reads: the kinds of recent checks and their summary. Pure. The
 * uptime tiles' figures and words are shared/uptime.ts's, as the CLI and the bot read them.
 */
import type { MessageId, Translator } from '../../../shared/i18n/translator';
import { noSourceWords } from '../../../shared/uptime';
import type { Insight } from '../api/types';

type Result = Insight['checks']['v4'][number]['result'];

/** What a check's mark on the strip shows. */
export type BeatKind = 'ok' | 'changed' | 'uncertain' | 'failed' | 'off' | 'unmonitored';

export const BEAT_OF: Record<Result, BeatKind> = {
  unchanged: 'ok',
  confirmed: 'ok',
  changed: 'changed',
  uncertain: 'uncertain',
  unavailable: 'failed',
  disabled: 'off',
  'no-source': 'unmonitored',
};

const RESULT: Record<Exclude<Result, 'no-source'>, MessageId> = {
  unchanged: 'web.insight.result.unchanged',
  confirmed: 'web.insight.result.confirmed',
  changed: 'web.insight.result.changed',
  uncertain: 'web.insight.result.uncertain',
  unavailable: 'web.insight.result.unavailable',
  disabled: 'web.insight.result.disabled',
};

/** A check's result in words, for its tooltip (no source: shared/uptime.ts's words). */
export const resultWords = (words: Translator): Record<Result, string> => ({
  ...(Object.fromEntries(Object.entries(RESULT).map(([k, id]) => [k, words.t(id)])) as Record<
    Exclude<Result, 'no-source'>,
    string
  >),
  'no-source': noSourceWords(words),
});

const BEAT: Record<Exclude<BeatKind, 'unmonitored'>, MessageId> = {
  ok: 'web.insight.beat.ok',
  changed: 'web.insight.beat.changed',
  uncertain: 'web.insight.beat.uncertain',
  failed: 'web.insight.beat.failed',
  off: 'web.insight.beat.off',
};

/** A mark's kind in a word, for the legend and the summary, in strip order. */
export const beatWords = (words: Translator): Record<BeatKind, string> => ({
  ...(Object.fromEntries(Object.entries(BEAT).map(([k, id]) => [k, words.t(id)])) as Record<
    Exclude<BeatKind, 'unmonitored'>,
    string
  >),
  unmonitored: noSourceWords(words),
});

/** One mark of the strip: its kind (colour) and its words (tooltip). */
export interface Beat {
  at: number;
  kind: BeatKind;
  words: string;
}

export interface BeatsContext {
  /** The insight's first check: null while nothing was ever monitored. */
  firstCheckAt: number | null;
  /** The family's sources set up now. */
  sourcesNow: number;
}

/**
 * The strip's marks. A check with no source set up sends no request: the store keeps it as
 * `no-source`, "not monitored: no source" (neutral, as the uptime tiles say it), never a
 * failure. Checks kept before that result existed say "unavailable" for it as for one no source
 * answered, so an unavailable check counts as unmonitored where nothing else is possible:
 *
 * | result      | never monitored (no first check) | no source now, after the family's last other result | mark        |
 * |-------------|----------------------------------|------------------------------------------------------|-------------|
 * | no-source   | any                              | any                                                  | unmonitored |
 * | unavailable | yes                              | any                                                  | unmonitored |
 * | unavailable | no                               | yes                                                  | unmonitored |
 * | unavailable | no                               | no                                                   | failed      |
 * | any other   | any                              | any                                                  | BEAT_OF     |
 *
 * ("After the family's last other result" holds only while no check says no-source: once one
 * does, every later check was kept by a store that tells the two apart, so an unavailable one
 * after it had a source.) Never monitored: an unavailable check with a source opens an outage
 * (or the other family's answer starts a run), either of which is a first check. Unavailable
 * checks before the last one of another result, with sources since removed, keep their kind:
 * nothing says which had a source.
 */
export function beatsOf(
  checks: readonly { at: number; result: Result }[],
  ctx: BeatsContext,
  words: Translator,
): Beat[] {
  const said = resultWords(words);
  const lastOther = checks.findLastIndex((c) => c.result !== 'unavailable');
  // Checks after a no-source one were kept by a store that tells them apart: their unavailable is a failure.
  const tellsApart = checks.some((c) => c.result === 'no-source');
  return checks.map((c, i) => {
    const unmonitored =
      c.result === 'unavailable' &&
      (ctx.firstCheckAt === null || (ctx.sourcesNow === 0 && i > lastOther && !tellsApart));
    return unmonitored
      ? { at: c.at, kind: 'unmonitored', words: noSourceWords(words) }
      : { at: c.at, kind: BEAT_OF[c.result], words: said[c.result] };
  });
}

/** "48 ok, 1 changed, 1 failed" over a family's recent marks, in strip order of kinds. */
export function checksSummary(beats: readonly { kind: BeatKind }[], words: Translator): string {
  if (beats.length === 0) return words.t('web.insight.noChecks');
  const kinds = beatWords(words);
  const counts = new Map<BeatKind, number>();
  for (const b of beats) counts.set(b.kind, (counts.get(b.kind) ?? 0) + 1);
  return (Object.keys(kinds) as BeatKind[])
    .filter((k) => counts.has(k))
    .map((k) => words.t('web.insight.count', { count: String(counts.get(k)), kind: kinds[k] }))
    .join(', ');
}
