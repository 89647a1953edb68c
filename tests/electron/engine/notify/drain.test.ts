/**
 * An endpoint back after a 10-minute outage, with the default retry settings (5 s doubling
 * to 900 s): everything queued meanwhile is delivered within 30 s of its recovery, in order,
 * without hammering it while it is down; a 429's Retry-After still holds the queue. Through
 * the real notifier, store on disk and sockets, on a FakeClock (tests/helpers/outage-drain).
 */
import { describe, expect, it } from 'vitest';

import { simulateOutageDrain, type OutageDrainResult } from '../../../helpers/outage-drain';
import { captureLogger, jitter } from './helpers';

const TEN_MINUTES = 600_000;

const delivered = (r: OutageDrainResult) => r.requests.filter((q) => q.status === 200);

describe('drain after an outage, default retry settings', () => {
  it.each<[label: string, down: 'refused' | 503]>([
    ['connection refused', 'refused'],
    ['answering 503', 503],
  ])('endpoint %s for 10 minutes: everything delivered within 30 s of its recovery, in order', async (_l, down) => {
    const { logger } = captureLogger();
    const r = await simulateOutageDrain({ down, outageMs: TEN_MINUTES, notices: 12, random: jitter, logger });
    expect(r.drainMs).toBeLessThanOrEqual(30_000);
    expect(delivered(r).map((q) => q.to)).toEqual(r.queued);
    // Each notice delivered once: nothing before the recovery, no duplicate after.
    expect(delivered(r)).toHaveLength(r.queued.length);
    expect(delivered(r)[0]!.at).toBeGreaterThanOrEqual(r.recoveredAt);
  });

  it('probes a failing endpoint at most one request at a time, never more often than every 2.5 s', async () => {
    const { logger } = captureLogger();
    const r = await simulateOutageDrain({ down: 503, outageMs: TEN_MINUTES, notices: 12, random: jitter, logger });
    const failed = r.requests.filter((q) => q.status === 503);
    const gaps = failed.slice(1).map((q, i) => q.at - failed[i]!.at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(2_500);
    // The head of line only: 10 minutes at one probe per 10-20 s, plus the first steps.
    expect(failed.length).toBeLessThanOrEqual(70);
    expect(new Set(failed.map((q) => q.to))).toEqual(new Set([r.queued[0]]));
  });

  it("after the outage, a 429's Retry-After still holds the queue: not woken before it, delivered soon after", async () => {
    const { logger } = captureLogger();
    const r = await simulateOutageDrain({
      down: 503,
      outageMs: TEN_MINUTES,
      notices: 5,
      random: jitter,
      logger,
      recoverWith: [{ mode: 'status', status: 429, retryAfter: '45' }],
    });
    const after = r.requests.filter((q) => q.at >= r.recoveredAt);
    expect(after[0]).toMatchObject({ status: 429 });
    // The recovery is noticed by a probe within 30 s...
    expect(after[0]!.at - r.recoveredAt).toBeLessThanOrEqual(30_000);
    // ...but nothing more is asked before the 45 s the service asked for.
    expect(after[1]!.at - after[0]!.at).toBeGreaterThanOrEqual(45_000);
    expect(after[1]!.at - after[0]!.at).toBeLessThanOrEqual(46_000);
    expect(delivered(r).map((q) => q.to)).toEqual(r.queued);
  });
});
