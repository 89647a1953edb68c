/**
 * An endpoint's outage and recovery, simulated on a FakeClock through the real notifier, the
 * real history store on disk and real sockets to the local HTTP fake: notices queue while
 * the webhook is down (connection refused, or answering 503), it comes back, and we see when
 * each notice arrived. Ten minutes of backoff take a second or two of real time. Shared by
 * the drain tests and the drain benchmark (bench/notify-drain.ts), so both measure the same.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Logger } from '../../electron/engine/logger';
import { createNotifier, type Notifier } from '../../electron/engine/notify';
import { openHistoryStore } from '../../electron/engine/store';
import { notificationsSchema, type NotificationSettingsInput } from '../../shared/settings/notify';
import { change } from '../electron/engine/notify/helpers';
import { startNotifyFake, type NotifyFake, type NotifyFault } from '../fakes/notify-http';
import { FakeClock } from './fake-clock';
import { until } from './until';

export interface OutageDrainOptions {
  /** How the endpoint is down: nothing listening on its port, or answering 503. */
  down: 'refused' | 503;
  outageMs: number;
  /** Queued one by one, evenly over the outage. */
  notices: number;
  /** The notifier's retry jitter (seeded by the caller). */
  random: () => number;
  logger: Logger;
  /** The retry settings; the product's defaults unless given. */
  retry?: NotificationSettingsInput['retry'];
  /** Answers for the first requests after the recovery (e.g. a 429), then 200s. */
  recoverWith?: NotifyFault[];
  /** Something that happens this long after the recovery (an `online` event...). */
  then?: { afterMs: number; run: (notifier: Notifier, clock: FakeClock) => Promise<void> };
  /** Stop simulating this long after the recovery, delivered or not (default 30 min). */
  horizonMs?: number;
}

export interface SimRequest {
  /** Simulated time of arrival. */
  at: number;
  /** performance.now() at arrival: what the sending itself took is real time, not simulated. */
  realAt: number;
  status: number;
  to: string;
}

export interface OutageDrainResult {
  recoveredAt: number;
  /** The changed-to address of each notice, in the order it was queued. */
  queued: string[];
  /** Every request the endpoint saw, in order (none while nothing listened). */
  requests: SimRequest[];
  /** From the recovery to the last notice delivered; Infinity if some never arrived. */
  drainMs: number;
}

/** A port nothing listens on (yet): connecting to it is refused. */
async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

const toOf = (body: string) => (JSON.parse(body) as { data: { to: string } }).data.to;

export async function simulateOutageDrain(o: OutageDrainOptions): Promise<OutageDrainResult> {
  const clock = new FakeClock(Date.UTC(2026, 10, 23, 9));
  const dir = await mkdtemp(join(tmpdir(), 'ipwatch-drain-'));
  const port = await freePort();
  const requests: SimRequest[] = [];
  const pendingFaults = [...(o.recoverWith ?? [])];
  let fake: NotifyFake | null = null;
  const serve = async (fault: NotifyFault) => {
    fake ??= await startNotifyFake({ port });
    const f = fake;
    f.setFault(fault);
    f.onRequest = (r) => {
      requests.push({ at: clock.now(), realAt: r.at, status: r.status, to: toOf(r.body) });
      if (r.status >= 200 && r.status < 300) return;
      if (clock.now() >= recoveredAt) f.setFault(pendingFaults.shift() ?? { mode: 'ok' });
    };
  };
  const settings = notificationsSchema.parse({
    flapWindowSec: 0,
    timezone: 'UTC',
    ...(o.retry ? { retry: o.retry } : {}),
    channels: [{ id: 'hook', type: 'webhook', url: `http://127.0.0.1:${port}/hook`, events: ['ipv4-changed'] }],
  });
  const store = await openHistoryStore({ dataDir: dir, clock, logger: o.logger });
  const notifier = createNotifier({ store, clock, logger: o.logger, settings, random: o.random });
  const start = clock.now();
  const recoveredAt = start + o.outageMs;
  const queued: string[] = [];
  try {
    if (o.down === 503) await serve({ mode: 'status', status: 503 });
    await notifier.start();
    for (let i = 0; i < o.notices; i++) {
      await driveTo(clock, notifier, start + Math.floor((i * o.outageMs) / o.notices));
      const to = `198.51.100.${(i % 250) + 1}`;
      await notifier.handle(change(queued[i - 1] ?? '203.0.113.1', to, clock.now()));
      queued.push(to);
    }
    await driveTo(clock, notifier, recoveredAt);
    await serve(pendingFaults.shift() ?? { mode: 'ok' });
    if (o.then) {
      await driveTo(clock, notifier, recoveredAt + o.then.afterMs);
      await o.then.run(notifier, clock);
      await quiet(clock, notifier);
    }
    const delivered = () => requests.filter((r) => r.status >= 200 && r.status < 300);
    const horizon = recoveredAt + (o.horizonMs ?? 1_800_000);
    // Timer by timer, each attempt finished before the next: the delivery order and times are exact.
    while (delivered().length < o.notices && clock.now() < horizon) {
      const next = clock.dueTimes[0];
      await driveTo(clock, notifier, next === undefined ? horizon : Math.min(next, horizon));
    }
    const last = delivered()[o.notices - 1];
    return { recoveredAt, queued, requests, drainMs: last ? last.at - recoveredAt : Infinity };
  } finally {
    await notifier.stop();
    await store.close();
    await (fake as NotifyFake | null)?.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** No attempt in flight: the queue is empty or waits for a timer (nextAttemptAt is now during an attempt). */
export const quiet = (clock: FakeClock, n: Notifier) =>
  until(
    () => {
      const next = n.status()[0]?.nextAttemptAt ?? null;
      return next === null || next > clock.now();
    },
    { what: 'the delivery attempt to finish', timeoutMs: 20_000 },
  );

/** Fires every timer due up to `t`, letting each attempt finish before the next timer. */
async function driveTo(clock: FakeClock, n: Notifier, t: number): Promise<void> {
  for (;;) {
    await quiet(clock, n);
    const next = clock.dueTimes[0];
    if (next === undefined || next > t) break;
    await clock.advance(Math.max(0, next - clock.now()));
  }
  await clock.advance(Math.max(0, t - clock.now()));
  await quiet(clock, n);
}
