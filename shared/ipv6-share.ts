/**
 * The share of time IPv6 worked (issue 77): the monitored time covered by IPv6 address runs (from
 * when an address was first seen to when it was last confirmed, the run still held counting to now:
 * held-runs.ts) inside a period, over the monitored time in it (the sessions: store/uptime.ts).
 * Under SHARE_MIN_MONITORED_MS monitored, no share is said: a runner minutes old would read 0 % or
 * 100 % from one check. Computed once here and said by shareWords: the API and the page say the
 * same figure in the same words. Pure.
 *
 *   monitored time in the period | IPv6 runs             | percent
 *   -----------------------------+-----------------------+---------------------------------------------
 *   0                            | any                   | null: "unknown, nothing monitored"
 *   > 0, < SHARE_MIN_MONITORED_MS| any                   | null: "too early to tell: N min monitored"
 *   >= SHARE_MIN_MONITORED_MS    | none                  | 0
 *   >= SHARE_MIN_MONITORED_MS    | some, overlapping too | monitored time covered / monitored, rounded down to 0.1
 */
import type { Translator } from './i18n/translator';
import { intersectSpans, measure, type Span } from './spans';
import { spanWords } from './uptime';

/** Below an hour of monitoring the share is not said: one check would decide it. */
export const SHARE_MIN_MONITORED_MS = 3_600_000;

export interface Ipv6Share {
  /** 0 to 100; null when nothing or too little was monitored (under SHARE_MIN_MONITORED_MS). */
  percent: number | null;
  /** The monitored time in the period, ms. */
  monitoredMs: number;
}

/**
 * The share of `monitored` (the sessions' spans) in [from, to] that `runs` cover; see the table
 * at the top. `runs` with the held one already lasting until now (held-runs.ts untilNow).
 */
export function ipv6Share(
  runs: readonly { firstSeen: number; lastSeen: number }[],
  monitored: readonly Span[],
  from: number,
  to: number,
): Ipv6Share {
  const watched = intersectSpans(monitored, [[from, to]]);
  const monitoredMs = measure(watched, from, to);
  if (monitoredMs < SHARE_MIN_MONITORED_MS) return { percent: null, monitoredMs };
  const covered = measure(
    intersectSpans(
      runs.map((r): Span => [r.firstSeen, r.lastSeen]),
      watched,
    ),
    from,
    to,
  );
  return { percent: Math.min(100, Math.floor((covered / monitoredMs) * 1000) / 10), monitoredMs };
}

/** The share in words, in the reader's language: the one sentence the API and the page say. */
export function shareWords(share: Ipv6Share, days: number, words: Translator): string {
  if (share.percent !== null) return words.t('transition.share', { percent: share.percent, days });
  if (!(share.monitoredMs > 0)) return words.t('transition.shareUnknown', { days });
  return words.t('transition.shareEarly', { duration: spanWords(share.monitoredMs, words) });
}
