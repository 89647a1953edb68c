/**
 * A channel's retries follow the house's one etiquette (electron/engine/net/etiquette.ts, through
 * notify/backoff.ts), through the real notifier, store and sockets on a FakeClock, against the
 * HTTP notification stand-in (tests/fakes/notify-http.ts):
 * - a webhook answering 503 for an hour, default retry settings (5 s doubling to 900 s): each wait
 *   is the backoff's (the step and up to 20 % more), a dozen tries at most (242 before, when the
 *   queue probed every 20 s for the first hour);
 * - a Retry-After of 2 h is honoured whole; one of 7 days is honoured up to 6 h, and the log says so.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createNotifier, type Notifier } from '../../../../electron/engine/notify';
import type { HistoryStore } from '../../../../electron/engine/store';
import { startNotifyFake, type NotifyFake } from '../../../fakes/notify-http';
import { FakeClock } from '../../../helpers/fake-clock';
import { simulateOutageDrain } from '../../../helpers/outage-drain';
import { until } from '../../../helpers/until';
import { captureLogger, change, jitter, memoryStore, notifySettings } from './helpers';

const S = 1000;
const H = 3_600_000;
const DEFAULT_RETRY = { initialSec: 5, maxSec: 900 };

describe('a channel answering 503 for an hour', () => {
  it('tries on the backoff: each wait the step and up to 20 % more, at most a dozen tries', async () => {
    const r = await simulateOutageDrain({
      down: 503,
      outageMs: H,
      notices: 1,
      random: jitter,
      logger: captureLogger().logger,
    });
    const failed = r.requests.filter((q) => q.status === 503);
    expect(failed.length).toBeGreaterThanOrEqual(8);
    expect(failed.length).toBeLessThanOrEqual(12);
    failed.slice(1).forEach((q, i) => {
      const step = Math.min(DEFAULT_RETRY.maxSec * S, DEFAULT_RETRY.initialSec * S * 2 ** i);
      const gap = q.at - failed[i]!.at;
      expect(gap).toBeGreaterThanOrEqual(step);
      expect(gap).toBeLessThanOrEqual(Math.round(step * 1.2));
    });
    // Back: the notice goes at the next try, within the longest wait.
    expect(r.drainMs).toBeLessThanOrEqual(DEFAULT_RETRY.maxSec * S * 1.2);
  });
});

describe("a service's Retry-After", () => {
  let fake: NotifyFake;
  let clock: FakeClock;
  let store: HistoryStore;
  let notifier: Notifier;
  let logs: ReturnType<typeof captureLogger>;
  beforeEach(async () => {
    fake = await startNotifyFake();
    clock = new FakeClock(Date.UTC(2026, 10, 27));
    logs = captureLogger();
    store = await memoryStore(clock, logs.logger);
    const settings = notifySettings([{ id: 'hook', type: 'webhook', url: `${fake.url}/hook` }], {
      retry: { ...DEFAULT_RETRY, timeoutSec: 2 },
    });
    notifier = createNotifier({ store, clock, logger: logs.logger, settings, random: jitter });
    await notifier.start();
  });
  afterEach(async () => {
    await notifier.stop();
    await store.close();
    await fake.close();
  });
  const status = () => notifier.status()[0]!;

  it.each<[label: string, retryAfterSec: number, waitMs: number, capped: boolean]>([
    ['2 h: honoured whole', 7200, 2 * H, false],
    ['7 days: honoured up to 6 h', 7 * 24 * 3600, 6 * H, true],
  ])('of %s', async (_label, retryAfterSec, waitMs, capped) => {
    fake.setFault({ mode: 'status', status: 503, retryAfter: String(retryAfterSec) });
    await notifier.handle(change('203.0.113.1', '198.51.100.2', clock.now()));
    await until(() => status().failures === 1, { what: 'the refused attempt' });
    expect(status().nextAttemptAt! - clock.now()).toBe(waitMs);
    expect(logs.records.some((l) => l.message === 'retry wait capped')).toBe(capped);
    fake.setFault({ mode: 'ok' });
    await clock.advance(waitMs - 1);
    expect(fake.requests).toHaveLength(1);
    await clock.advance(1);
    await until(() => fake.delivered().length === 1, { what: 'sent once the wait is over' });
  });
});
