/**
 * A retry pending while the wall clock is stepped (issue 74), through the real keeper
 * (keeper-world.ts: the store, a FakeClock whose jump() moves only the wall clock, the dyndns2
 * stand-in over loopback and a stand-in authoritative server). Set back a day, a retry due in
 * 33 s stays due in 33 s, after a new address and after a restart alike; set forward a year,
 * nothing is sent before the backoff says, so a step is never a burst of requests.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { HistoryStore } from '../../../../electron/engine/store';
import { ddnsRecordSchema } from '../../../../shared/settings/ddns';
import { type Dyndns2StandIn, startDyndns2 } from '../../../fakes/dyndns2';
import { FakeClock } from '../../../helpers/fake-clock';
import { seededRandom, testSeed } from '../../../helpers/random';
import { until } from '../../../helpers/until';
import { HOST, keeperStore, type KeeperWorld, startKeeperWorld } from './keeper-world';

const PASSWORD = 'dyn-password-1234';
const random = seededRandom(testSeed('ddns keeper clock step'));
const DAY = 86_400_000;
const YEAR = 365 * DAY;

const record = (dyn: Dyndns2StandIn) =>
  ddnsRecordSchema.parse({
    id: 'dyn',
    provider: 'dyndns2',
    server: dyn.url,
    username: 'user',
    password: PASSWORD,
    hostname: HOST,
  });

describe('a DDNS retry pending while the wall clock steps', () => {
  let dir: string;
  let clock: FakeClock;
  let store: HistoryStore;
  let dyn: Dyndns2StandIn;
  let w: KeeperWorld;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ipw-ddns-step-'));
    clock = new FakeClock();
    store = await keeperStore(clock, dir);
    dyn = await startDyndns2('user', PASSWORD, [HOST]);
    w = await startKeeperWorld(store, clock, random, { dyn });
    await w.keeper.start([record(dyn)]);
  });
  afterEach(async () => {
    await w.close();
    await dyn.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  const job = () => store.ddnsJobs().find((j) => j.recordId === 'dyn');
  /** The first attempt refused (503): its job saved pending, with the wait the backoff drew. */
  const firstRefused = async (): Promise<number> => {
    dyn.fault = { status: 503, body: 'Service Unavailable' };
    w.keeper.onEvent(w.change('198.51.100.7'));
    await until(() => (job()?.attempts ?? 0) >= 1, { what: 'the first attempt saved' });
    expect(dyn.requests).toHaveLength(1);
    const waitMs = job()!.nextAt - clock.now();
    expect(waitMs).toBeGreaterThanOrEqual(30_000);
    expect(waitMs).toBeLessThanOrEqual(36_000);
    return waitMs;
  };
  /** Advances the clocks by `ms`, then waits for the request that makes `n` (each over loopback). */
  const requestsAfter = async (ms: number, n: number) => {
    await clock.advance(ms);
    await until(() => dyn.requests.length >= n, { what: `request ${n} within ${ms} ms` });
  };

  it('set back a day, then a new address: retried on its backoff, not a day later', async () => {
    const waitMs = await firstRefused();
    clock.jump(-DAY);
    dyn.fault = null;
    w.keeper.onEvent(w.change('198.51.100.8'));
    expect(w.record('dyn').state).toBe('waiting');
    expect(w.record('dyn').nextAttemptAt! - clock.now()).toBeLessThanOrEqual(waitMs);
    await requestsAfter(waitMs, 2);
    expect(dyn.requests.at(-1)!.url.searchParams.get('myip')).toBe('198.51.100.8');
  });

  it('set back a day across a restart: the saved job waits what is left of its backoff, not the step', async () => {
    const waitMs = await firstRefused();
    await w.close();
    await store.close();
    clock.jump(-DAY);
    dyn.fault = null;
    store = await keeperStore(clock, dir);
    w = await startKeeperWorld(store, clock, random, { dyn });
    w.current.v4 = { address: '198.51.100.7', at: clock.now() };
    await w.keeper.start([record(dyn)]);
    expect(w.record('dyn').state).toBe('waiting');
    await requestsAfter(waitMs, 2);
    await w.step(() => w.record('dyn').state === 'in-step', 'in step after the retry', 1000);
  });

  it('set forward a year, then a new address: nothing sent before the backoff, then one request', async () => {
    const waitMs = await firstRefused();
    clock.jump(YEAR);
    w.keeper.onEvent(w.change('198.51.100.8'));
    // An attempt starts synchronously ('updating', its request on its way): still waiting means none began.
    expect(w.record('dyn').state).toBe('waiting');
    await clock.advance(waitMs - 1000);
    expect(w.record('dyn').state).toBe('waiting');
    expect(dyn.requests).toHaveLength(1);
    await requestsAfter(1000, 2);
    await until(() => (job()?.attempts ?? 0) >= 2, { what: 'the second attempt saved' });
    expect(dyn.requests).toHaveLength(2);
  });
});
