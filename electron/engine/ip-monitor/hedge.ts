/**
 * When to stop waiting on a slow source and ask the next one in parallel (a hedged
 * request). Pure.
 *
 * | median latency | timeout | delay                 | why                                          |
 * |----------------|---------|-----------------------|----------------------------------------------|
 * | null           | t       | min(500, 3/4 t)       | no history: even a cold first check ends <1.5 s   |
 * | m              | t       | max(300, 3 m), capped | a few times its usual time, never a hair     |
 * | any            | t       | at most 3/4 t         | a hedge after the deadline would be useless  |
 */

/** Below this, ordinary jitter (a TLS handshake, a GC pause) would fire hedges on healthy sources. */
export const HEDGE_FLOOR_MS = 300;
/** A source answering in its usual time is this many medians away from a hedge. */
export const HEDGE_MEDIANS = 3;
/**
 * For a source never timed yet. The first check of a run also pays for loading the HTTP
 * client and opening connections, slow on a busy small machine, and must still confirm
 * promptly; a spare request on a first sighting is cheap.
 */
export const HEDGE_UNKNOWN_MS = 500;
/** Of the timeout: the hedge must fire while waiting still costs something. */
export const HEDGE_CAP = 0.75;

export function hedgeDelayMs(medianMs: number | null, timeoutMs: number): number {
  const wanted = medianMs === null ? HEDGE_UNKNOWN_MS : Math.max(HEDGE_FLOOR_MS, HEDGE_MEDIANS * medianMs);
  return Math.max(1, Math.round(Math.min(wanted, timeoutMs * HEDGE_CAP)));
}
