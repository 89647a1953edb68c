/**
 * An endpoint back after a 10-minute outage, with the default retry settings (5 s doubling
 * to 900 s): everything queued meanwhile is delivered within 30 s of its recovery, in order,
 * without hammering it while it is down; a 429's Retry-After still holds the queue. Through
 * the real notifier, store on disk and sockets, on a FakeClock (tests/helpers/outage-drain).
 */
import { describe, expect, it } from 'vitest';

import type { Notifier } from '../../../../electron/engine/notify';
import type { OnlineEvent } from '../../../../shared/types';
import type { FakeClock } from '../../../helpers/fake-clock';
import { simulateOutageDrain, type OutageDrainOptions, type OutageDrainResult } from '../../../helpers/outage-drain';
import { captureLogger, jitter } from './helpers';

const TEN_MINUTES = 600_000;
const TWO_HOURS = 7_200_000;
const backOnline = { afterMs: 0, run: async (n: Notifier, c: FakeClock) => n.handle(online(c.now())) };
const online = (at: number): OnlineEvent => ({ type: 'online', at, offlineMs: TWO_HOURS });

/** The notifier's jitter seeded, its log captured; the rest as the test says. */
const sim = (o: Omit<OutageDrainOptions, 'random' | 'logger'>) =>
  simulateOutageDrain({ ...o, random: jitter, logger: captureLogger().logger });

const delivered = (r: OutageDrainResult) => r.requests.filter((q) => q.status === 200);

describe('drain after an outage, default retry settings', () => {
  it.each<[label: string, down: 'refused' | 503]>([
    ['connection refused', 'refused'],
    ['answering 503', 503],
  ])('endpoint %s for 10 minutes: everything delivered within 30 s of its recovery, in order', async (_l, down) => {
    const r = await sim({ down, outageMs: TEN_MINUTES, notices: 12 });
    expect(r.drainMs).toBeLessThanOrEqual(30_000);
    expect(delivered(r).map((q) => q.to)).toEqual(r.queued);
    // Each notice delivered once: nothing before the recovery, no duplicate after.
    expect(delivered(r)).toHaveLength(r.queued.length);
    expect(delivered(r)[0]!.at).toBeGreaterThanOrEqual(r.recoveredAt);
  });

  it('probes a failing endpoint at most one request at a time, never more often than every 2.5 s', async () => {
    const r = await sim({ down: 503, outageMs: TEN_MINUTES, notices: 12 });
    const failed = r.requests.filter((q) => q.status === 503);
    const gaps = failed.slice(1).map((q, i) => q.at - failed[i]!.at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(2_500);
    // The head of line only: 10 minutes at one probe per 10-20 s, plus the first steps.
    expect(failed.length).toBeLessThanOrEqual(70);
    expect(new Set(failed.map((q) => q.to))).toEqual(new Set([r.queued[0]]));
  });

  it('our own connection back after 2 hours (waits grown to 15 min): the `online` event sends everything at once', async () => {
    const r = await sim({
      down: 'refused',
      outageMs: TWO_HOURS,
      notices: 6,
      then: backOnline,
    });
    expect(r.drainMs).toBe(0);
    expect(delivered(r).map((q) => q.to)).toEqual(r.queued);
  });

  it.each<[label: string, retryAfterSec: number, then: OutageDrainOptions['then']]>([
    ['nothing else happening', 45, undefined],
    ['an `online` event 30 s after the recovery', 120, { ...backOnline, afterMs: 30_000 }],
  ])("after the outage, a 429's Retry-After holds the queue (%s): not woken before it", async (_l, ra, then) => {
    const r = await sim({
      down: 503,
      outageMs: TEN_MINUTES,
      notices: 4,
      recoverWith: [{ mode: 'status', status: 429, retryAfter: String(ra) }],
      ...(then ? { then } : {}),
    });
    const after = r.requests.filter((q) => q.at >= r.recoveredAt);
    expect(after[0]).toMatchObject({ status: 429 });
    // The recovery is noticed by a probe within 30 s...
    expect(after[0]!.at - r.recoveredAt).toBeLessThanOrEqual(30_000);
    // ...but nothing more is asked before the wait the service asked for, and then at once.
    expect(after[1]!.at - after[0]!.at).toBeGreaterThanOrEqual(ra * 1000);
    expect(after[1]!.at - after[0]!.at).toBeLessThanOrEqual(ra * 1000 + 1000);
    expect(delivered(r).map((q) => q.to)).toEqual(r.queued);
  });
});
