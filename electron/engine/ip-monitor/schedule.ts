/**
 * When to check next. Pure.
 *
 * | situation                        | next check                                  |
 * |----------------------------------|---------------------------------------------|
 * | online, every family settled     | interval                                    |
 * | a family uncertain (n-th time)   | min(interval, 5 s * 2^(n-1)), with jitter    |
 * | offline (n-th check in a row)    | min(interval, 5 s * 2^(n-1)), with jitter    |
 * | family without IPv6 (unavailable)| interval: no retry storm for a missing stack |
 */
export const RETRY_BASE_MS = 5000;

export function nextDelayMs(
  intervalMs: number,
  state: { offlineStreak: number; uncertainStreak: number },
  random: () => number,
): number {
  const streak = Math.max(state.offlineStreak, state.uncertainStreak);
  if (streak <= 0) return intervalMs;
  const backoff = RETRY_BASE_MS * 2 ** Math.min(streak - 1, 20);
  return Math.min(intervalMs, Math.round(backoff * (0.9 + 0.2 * random())));
}
