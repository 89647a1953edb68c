/**
 * An endpoint back after a 10-minute outage, with the default retry settings (5 s doubling
 * to 900 s, the etiquette's jitter: net/etiquette.ts): everything queued meanwhile is delivered
 * at the next try after its recovery (within the backoff's wait by then, 640 s and up to 20 %
 * more), in order, without hammering it while it is down; a 429's Retry-After still holds the
 * queue. Through the real notifier, store on disk and sockets, on a FakeClock
 * (tests/helpers/outage-drain).
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
/** The backoff's wait after 10 minutes of failures: 5 s × 2^7 = 640 s, and up to 20 % jitter. */
const WAIT_AFTER_TEN_MINUTES = 640_000 * 1.2;

describe('drain after an outage, default retry settings', () => {
  it.each<[label: string, down: 'refused' | 503]>([
    ['connection refused', 'refused'],
    ['answering 503', 503],
  ])(
    'endpoint %s for 10 minutes: everything delivered at the next try after its recovery, in order',
    async (_l, down) => {
      const r = await sim({ down, outageMs: TEN_MINUTES, notices: 12 });
      expect(r.drainMs).toBeLessThanOrEqual(WAIT_AFTER_TEN_MINUTES);
      // The first delivery drains the rest at once: no backoff is left between them.
      expect(delivered(r).at(-1)!.at).toBe(delivered(r)[0]!.at);
      expect(delivered(r).map((q) => q.to)).toEqual(r.queued);
      // Each notice delivered once: nothing before the recovery, no duplicate after.
      expect(delivered(r)).toHaveLength(r.queued.length);
      expect(delivered(r)[0]!.at).toBeGreaterThanOrEqual(r.recoveredAt);
    },
  );

  it('tries a failing endpoint one request at a time, each wait at least the one before it', async () => {
    const r = await sim({ down: 503, outageMs: TEN_MINUTES, notices: 12 });
    const failed = r.requests.filter((q) => q.status === 503);
    const gaps = failed.slice(1).map((q, i) => q.at - failed[i]!.at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(5_000);
    gaps.slice(1).forEach((g, i) => expect(g).toBeGreaterThanOrEqual(gaps[i]!));
    // The head of line only: 5, 10, 20 ... 320 s in 10 minutes, no early probes.
    expect(failed.length).toBeLessThanOrEqual(9);
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
    // The recovery is noticed at the next try of the backoff...
    expect(after[0]!.at - r.recoveredAt).toBeLessThanOrEqual(WAIT_AFTER_TEN_MINUTES);
    // ...but nothing more is asked before the wait the service asked for. It comes on top of the
    // backoff, never shortens it (net/etiquette.ts): by now the backoff is the longer, up to its cap.
    expect(after[1]!.at - after[0]!.at).toBeGreaterThanOrEqual(ra * 1000);
    expect(after[1]!.at - after[0]!.at).toBeLessThanOrEqual(900_000 * 1.2);
    expect(delivered(r).map((q) => q.to)).toEqual(r.queued);
  });
});
