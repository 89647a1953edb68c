/**
 * A record whose provider is in trouble, through the real keeper (keeper-world.ts: the store, a
 * FakeClock, the dyndns2 stand-in over loopback and a stand-in authoritative server): it waits
 * as the etiquette says (net/etiquette.ts), never stops for what heals by itself (issue 47), and
 * is in step once the provider is back. The clock moves only to the keeper's next attempt, once
 * the one before has saved its job, so every request is one the schedule asked for.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { HistoryStore } from '../../../../electron/engine/store';
import { ddnsRecordSchema } from '../../../../shared/settings/ddns';
import { type Dyndns2StandIn, startDyndns2 } from '../../../fakes/dyndns2';
import { FakeClock } from '../../../helpers/fake-clock';
import { seededRandom, testSeed } from '../../../helpers/random';
import { until } from '../../../helpers/until';
import { HOST, keeperStore, type KeeperWorld, startKeeperWorld } from './keeper-world';

const PASSWORD = 'dyn-password-1234';
const random = seededRandom(testSeed('ddns keeper etiquette'));
const H = 3_600_000;

describe('a provider in trouble, through the keeper', () => {
  let clock: FakeClock;
  let store: HistoryStore;
  let dyn: Dyndns2StandIn;
  let w: KeeperWorld;
  beforeEach(async () => {
    clock = new FakeClock();
    store = await keeperStore(clock);
    dyn = await startDyndns2('user', PASSWORD, [HOST]);
    w = await startKeeperWorld(store, clock, random, { dyn });
    const record = {
      id: 'dyn',
      provider: 'dyndns2',
      server: dyn.url,
      username: 'user',
      password: PASSWORD,
      hostname: HOST,
    };
    await w.keeper.start([ddnsRecordSchema.parse(record)]);
  });
  afterEach(async () => {
    await w.close();
    await dyn.close();
    await store.close();
  });

  const job = () => store.ddnsJobs().find((j) => j.recordId === 'dyn')!;
  /** Waits for attempt `n` to be saved (its exchange over), then moves the clock to the next one's time. */
  const afterAttempt = async (n: number) => {
    await until(() => (store.ddnsJobs().find((j) => j.recordId === 'dyn')?.attempts ?? 0) >= n, {
      what: `attempt ${n} saved`,
    });
    return job();
  };

  it('503 for a day: 4 requests in the first 6 minutes, at most 40 in the day, waiting all along, never stopped', async () => {
    dyn.fault = { status: 503, body: 'Service Unavailable' };
    const t0 = clock.now();
    w.keeper.onEvent(w.change('198.51.100.7'));
    const at: number[] = [];
    for (let n = 1; ; n++) {
      const j = await afterAttempt(n);
      at.push(clock.now() - t0);
      expect(j.status).toBe('pending');
      expect(w.record('dyn')).toMatchObject({ state: 'waiting', why: expect.stringContaining('HTTP 503') });
      expect(j.nextAt - clock.now()).toBeLessThanOrEqual(H);
      if (j.nextAt - t0 > 24 * H) break;
      await clock.advance(j.nextAt - clock.now());
    }
    expect(dyn.requests).toHaveLength(at.length);
    expect(at.filter((t) => t < 6 * 60_000)).toHaveLength(4);
    expect(at.length).toBeLessThanOrEqual(40);
    // Back: the next attempt lands, and the record is in step.
    dyn.fault = null;
    await clock.advance(job().nextAt - clock.now());
    await w.step(() => w.record('dyn').state === 'in-step', 'in step once the provider is back');
  });

  it('429 with a Retry-After of a day: honoured up to 6 h, then sent; three in a row never stop it', async () => {
    dyn.fault = { status: 429, body: 'Too Many Requests', retryAfter: '86400' };
    w.keeper.onEvent(w.change('198.51.100.8'));
    for (let n = 1; n <= 3; n++) {
      const j = await afterAttempt(n);
      expect(w.record('dyn')).toMatchObject({ state: 'waiting', why: expect.stringContaining('rate-limited') });
      expect(j.nextAt - clock.now()).toBe(6 * H);
      expect(w.record('dyn').nextAttemptAt).toBe(j.nextAt);
      await clock.advance(6 * H - 1000);
      expect(dyn.requests).toHaveLength(n);
      if (n === 3) dyn.fault = null;
      await clock.advance(1000);
    }
    await w.step(() => w.record('dyn').state === 'in-step', 'in step after the waits');
    expect(dyn.requests).toHaveLength(4);
    expect(dyn.hosts.get(HOST)).toBe('198.51.100.8');
  });
});
