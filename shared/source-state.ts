/**
 * A source's state in one word a person understands, from the engine's health book. The
 * breaker's own words (closed, open, half-open) stay in the engine: "closed" reads as broken
 * to most people, and beside a red error it said two things at once. Pure.
 *
 * | breaker          | last outcome held against it | answers     | word                   | reason shown     |
 * |------------------|------------------------------|-------------|------------------------|------------------|
 * | open             | any                          | any         | resting after failures | last error       |
 * | half-open        | any                          | any         | resting after failures | last error       |
 * | closed           | a failure (consecutive > 0)  | any         | failing                | last error       |
 * | closed           | none                         | none yet    | not asked yet          | none             |
 * | closed           | success, median >= SLOW_MS   | some        | slow                   | usual answer time|
 * | closed           | success                      | some        | answering              | none (cleared)   |
 *
 * A failure while nothing answered at all (the network was down) is not held against a source
 * (electron/engine/ip-monitor/health.ts), so its book keeps the word it had before. Given its
 * family's last check, two rows come first, so no row contradicts the headline:
 *
 * | family's last check     | this source in it       | word              | reason shown                |
 * |-------------------------|-------------------------|-------------------|-----------------------------|
 * | unavailable (no answer) | failed                  | not answering     | its error in that check     |
 * | unavailable (no answer) | not asked               | not answering     | "Not asked in the last ..." |
 * | uncertain               | answered an address     | no agreement      | none (the answer is shown)  |
 * | any other, or none      | any                     | (the table above) |                             |
 */
import type { WireReason } from './contract/reason';
import { formatNumber } from './i18n/format';
import type { MessageId, Translator } from './i18n/translator';
import type { LastCheck, SourceHealth } from './types';

export type SourceWord =
  'answering' | 'slow' | 'failing' | 'resting after failures' | 'not asked yet' | 'not answering' | 'no agreement';

export interface SourceState {
  word: SourceWord;
  tone: 'good' | 'warn' | 'bad' | 'neutral';
  /** The technical reason, for a disclosure; null when there is nothing wrong to explain. */
  reason: string | null;
  /** The source's error as a code beside `reason` (shared/words/source-error.ts says the two); none for our own reasons. */
  reasonCode?: WireReason | undefined;
  /** When the reason happened (epoch ms), when known. */
  reasonAt: number | null;
  /** A resting source: when it is asked again (epoch ms); null when at the next check or not resting. */
  retryAt: number | null;
}

/** A usual answer time a person waiting on a check would notice; loopback and LAN answers take a few ms. */
export const SLOW_MS = 1000;

/** The state's word in a language (`web.source.state.*`): the Sources page's badge, a settings row. */
const WORD: Record<SourceWord, MessageId> = {
  answering: 'web.source.state.answering',
  slow: 'web.source.state.slow',
  failing: 'web.source.state.failing',
  'resting after failures': 'web.source.state.resting',
  'not asked yet': 'web.source.state.notAskedYet',
  'not answering': 'web.source.state.notAnswering',
  'no agreement': 'web.source.state.noAgreement',
};

export const sourceWordText = (word: SourceWord, words: Translator): string => words.t(WORD[word]);

/** "1.5", "12.0" ("1,5" in German): one decimal, never grouped, as toFixed(1) wrote it. */
const seconds = (ms: number, words: Translator): string =>
  formatNumber(ms / 1000, words.language, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });

/**
 * `lastCheck` is the source's family's last check (FamilyStatus.lastCheck); without it the word
 * comes from the health book alone. The reasons of our own ("Not asked in the last check.") are in
 * `words`' language; a source's error is the engine's, as it came.
 */
export function sourceState(s: SourceHealth, lastCheck: LastCheck | null | undefined, words: Translator): SourceState {
  const inCheck = lastCheck?.attempts?.find((a) => a.sourceId === s.id);
  if (lastCheck?.result === 'unavailable')
    return {
      word: 'not answering',
      tone: 'bad',
      reason: inCheck?.error ?? words.t('sourceState.notAsked'),
      ...(inCheck?.error !== undefined && inCheck.errorCode ? { reasonCode: inCheck.errorCode } : {}),
      reasonAt: lastCheck.at,
      retryAt: null,
    };
  if (lastCheck?.result === 'uncertain' && inCheck?.ok)
    return { word: 'no agreement', tone: 'warn', reason: null, reasonAt: null, retryAt: null };
  const error = {
    reason: s.lastError ?? null,
    ...(s.lastError !== undefined && s.lastErrorCode ? { reasonCode: s.lastErrorCode } : {}),
    reasonAt: s.lastErrorAt ?? null,
  };
  if (s.state !== 'closed')
    return { word: 'resting after failures', tone: 'warn', ...error, retryAt: s.openUntil ?? null };
  if (s.consecutiveFailures > 0) return { word: 'failing', tone: 'bad', ...error, retryAt: null };
  const none = { reason: null, reasonAt: null, retryAt: null };
  if (s.successes === 0) return { word: 'not asked yet', tone: 'neutral', ...none };
  if (s.latencyMs !== null && s.latencyMs >= SLOW_MS)
    return {
      word: 'slow',
      tone: 'warn',
      ...none,
      reason: words.t('sourceState.usual', { seconds: seconds(s.latencyMs, words) }),
    };
  return { word: 'answering', tone: 'good', ...none };
}
