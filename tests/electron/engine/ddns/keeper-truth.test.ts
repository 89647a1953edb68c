/**
 * "In step" told true by the records kept (electron/engine/ddns/record-keeper.ts, record-look.ts)
 * against the providers' stand-ins (tests/fakes/cloudflare-api.ts, dyndns2.ts, duckdns.ts, each
 * citing its provider's documentation) and a stand-in authoritative server, on a FakeClock:
 * - a proxied Cloudflare record, whose servers answer Cloudflare's edge: read through the API,
 *   "proxied by Cloudflare; the record holds X", and nothing sent at a restart;
 * - Cloudflare answering `{"success":true,"result":null}`: waits and tries again, in words;
 * - a record changed behind IPWatch's back twice within the hour: stopped, naming the other program;
 * - at start, a DuckDNS record whose servers already answer the address is not sent again;
 * - the time to in step is within 1 s of the truth (a server that catches up 4 s after the update);
 * - an updater that throws: waits and tries again, and the record is never left busy.
 */
import { promises as dnsPromises } from 'node:dns';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { RecordKeeper } from '../../../../electron/engine/ddns/record-keeper';
import type { DdnsUpdater } from '../../../../electron/engine/ddns/types';
import { createLogger, type LogRecord } from '../../../../electron/engine/logger';
import type { HistoryStore } from '../../../../electron/engine/store';
import { type DdnsRecord, ddnsRecordSchema } from '../../../../shared/settings/ddns';
import {
  CF_EDGE,
  type CloudflareStandIn,
  publicAnswer,
  startCloudflare,
  SUCCESS_WITHOUT_RESULT,
} from '../../../fakes/cloudflare-api';
import { type DuckdnsStandIn, startDuckdns } from '../../../fakes/duckdns';
import { type Dyndns2StandIn, startDyndns2 } from '../../../fakes/dyndns2';
import { FakeClock } from '../../../helpers/fake-clock';
import { seededRandom, testSeed } from '../../../helpers/random';
import { until } from '../../../helpers/until';
import { HOST, keeperStore, type KeeperWorld, startKeeperWorld, TIMING } from './keeper-world';

const random = seededRandom(testSeed('ddns keeper truth'));
const TOKEN = 'scoped-token-1234';

describe('a proxied Cloudflare record', () => {
  let clock: FakeClock;
  let store: HistoryStore;
  let cf: CloudflareStandIn;
  let w: KeeperWorld;
  const cfRecord = () =>
    ddnsRecordSchema.parse({
      id: 'cf',
      provider: 'cloudflare',
      token: TOKEN,
      zone: 'example.org',
      name: HOST,
      apiBase: cf.url,
    });
  const patches = () => cf.requests.filter((r) => r.method === 'PATCH');
  beforeEach(async () => {
    clock = new FakeClock();
    store = await keeperStore(clock);
    cf = await startCloudflare(TOKEN, { id: 'z1', name: 'example.org' }, [
      { id: 'r1', zone_id: 'z1', type: 'A', name: HOST, content: '198.51.100.70', proxied: true, ttl: 1 },
    ]);
    w = await startKeeperWorld(store, clock, random);
    // Cloudflare's servers answer the edge for a proxied record, never its content.
    w.dns.setRecord(HOST, 'A', publicAnswer(cf.records[0]!));
  });
  afterEach(async () => {
    await w.close();
    await cf.close();
    await store.close();
  });

  it('is read through the API: in step at a restart with nothing sent, and after an update', async () => {
    w.current.v4 = { address: '198.51.100.70', at: clock.now() };
    await w.keeper.start([cfRecord()]);
    await w.step(() => w.record('cf').state === 'in-step', 'in step at start');
    expect(w.record('cf')).toMatchObject({
      why: 'proxied by Cloudflare; the record holds 198.51.100.70',
      address: '198.51.100.70',
    });
    expect(patches()).toHaveLength(0);
    // The periodic look reads the API again; the edge address the servers answer is no drift.
    await w.step(() => w.record('cf').lastLookAt !== null, 'looked at');
    await clock.advance(TIMING.lookEveryMs);
    await w.step(() => w.record('cf').state === 'in-step', 'still in step');
    expect(patches()).toHaveLength(0);

    w.keeper.onEvent(w.change('198.51.100.71'));
    await w.step(() => w.record('cf').state === 'in-step' && w.record('cf').address === '198.51.100.71', 'updated');
    expect(patches()).toHaveLength(1);
    expect(cf.records[0]).toMatchObject({ content: '198.51.100.71', proxied: true });
    expect(w.record('cf').why).toBe('proxied by Cloudflare; the record holds 198.51.100.71');
    for (let i = 0; i < 3; i++) await clock.advance(TIMING.lookEveryMs);
    expect(patches()).toHaveLength(1);
    expect(w.record('cf').state).toBe('in-step');
  });

  it('an API that cannot be read is asked once a minute, not at the servers pace; failed when unread too long, then heals', async () => {
    w.current.v4 = { address: '198.51.100.70', at: clock.now() };
    await w.keeper.start([cfRecord()]);
    await w.step(() => w.record('cf').state === 'in-step', 'in step at start');
    cf.fault = { status: 503 };
    const unread = () => w.logs.filter((l) => l.message.includes('could not be read through the API')).length;
    // Each look's read fails; the next look is a minute away, whatever the state.
    const failedReadThenWait = async () => {
      const before = unread();
      await until(
        async () => {
          // Time moves to the next timer until the look behind it has read, and failed.
          if (unread() === before && clock.pending > 0) await clock.advance(clock.dueTimes[0]! - clock.now());
          return unread() === before + 1 && clock.pending > 0;
        },
        { what: 'a failed read, the next look set' },
      );
      expect(clock.dueTimes[0]! - clock.now()).toBeGreaterThanOrEqual(60_000);
    };
    await failedReadThenWait(); // the periodic look, 10 min after start
    expect(w.record('cf').state).toBe('in-step'); // as last read, for now
    await failedReadThenWait();
    // Unread as long as the servers may lag after an update (the world's proveLimitMs, 1 min): failed.
    expect(w.record('cf')).toMatchObject({
      state: 'failed',
      why: expect.stringMatching(/could not be read through the API for 1 min: .*503/),
    });
    for (let i = 0; i < 3; i++) await failedReadThenWait();
    expect(patches()).toHaveLength(0);
    cf.fault = null;
    await w.step(() => w.record('cf').state === 'in-step', 'in step again', 60_000);
    expect(w.record('cf').why).toBe('proxied by Cloudflare; the record holds 198.51.100.70');
  });

  it('an answer of success with no result waits and tries again, in words', async () => {
    await w.keeper.start([cfRecord()]);
    cf.fault = { status: 200, body: SUCCESS_WITHOUT_RESULT };
    w.keeper.onEvent(w.change('198.51.100.72'));
    await w.step(() => w.record('cf').state === 'waiting', 'waiting to retry');
    const waiting = w.record('cf');
    expect(waiting.why).toMatch(/success but sent no usable result/);
    expect(waiting.nextAttemptAt).toBeGreaterThanOrEqual(clock.now() + 30_000);
    cf.fault = null;
    await w.step(() => w.record('cf').state === 'in-step', 'in step after the retry', 10_000);
    expect(cf.records[0]!.content).toBe('198.51.100.72');
    // Its servers still answer the edge: read through the API all along.
    expect(publicAnswer(cf.records[0]!)).toBe(CF_EDGE.A);
  });
});

describe('records the servers and other programs hold', () => {
  const PASSWORD = 'dyn-password-1234';
  let clock: FakeClock;
  let store: HistoryStore;
  let dyn: Dyndns2StandIn;
  let w: KeeperWorld;
  const follow: { dyn?: Dyndns2StandIn; held?: boolean } = {};
  const dynRecord = (): DdnsRecord =>
    ddnsRecordSchema.parse({
      id: 'dyn',
      provider: 'dyndns2',
      server: dyn.url,
      username: 'user',
      password: PASSWORD,
      hostname: HOST,
    });
  const updates = () => dyn.requests.filter((r) => r.url.pathname === '/nic/update');
  beforeEach(async () => {
    clock = new FakeClock();
    store = await keeperStore(clock);
    dyn = await startDyndns2('user', PASSWORD, [HOST]);
    follow.dyn = dyn;
    follow.held = false;
    w = await startKeeperWorld(store, clock, random, follow);
  });
  afterEach(async () => {
    await w.close();
    await dyn.close();
    await store.close();
  });

  it('a record changed behind its back twice within the hour stops, naming the other program', async () => {
    await w.keeper.start([dynRecord()]);
    w.keeper.onEvent(w.change('198.51.100.80'));
    await w.step(() => w.record('dyn').state === 'in-step', 'in step');
    dyn.hosts.set(HOST, '203.0.113.90'); // another program's update
    await w.step(() => updates().length === 2, 'the first drift set right', TIMING.lookEveryMs);
    await w.step(() => w.record('dyn').state === 'in-step', 'in step again');
    dyn.hosts.set(HOST, '203.0.113.91'); // again, within the hour
    await w.step(() => w.record('dyn').state === 'stopped', 'stopped', TIMING.lookEveryMs);
    expect(w.record('dyn').why).toContain('another program also updates this record (ddns-updater?)');
    expect(w.record('dyn').why).toContain('203.0.113.91');
    for (let i = 0; i < 12; i++) await clock.advance(TIMING.lookEveryMs);
    expect(updates()).toHaveLength(2);
    expect(w.record('dyn').state).toBe('stopped');
  });

  it('a drift more than an hour after the last one is set right, not stopped', async () => {
    await w.keeper.start([dynRecord()]);
    w.keeper.onEvent(w.change('198.51.100.81'));
    await w.step(() => w.record('dyn').state === 'in-step', 'in step');
    dyn.hosts.set(HOST, '203.0.113.92');
    await w.step(() => updates().length === 2, 'the first drift set right', TIMING.lookEveryMs);
    await w.step(() => w.record('dyn').state === 'in-step', 'in step again');
    await clock.advance(61 * 60_000);
    dyn.hosts.set(HOST, '203.0.113.93');
    await w.step(() => updates().length === 3, 'the second drift set right', TIMING.lookEveryMs);
    await w.step(() => w.record('dyn').state === 'in-step', 'in step a third time');
  });

  it('the time to in step is within 1 s of the truth: a server 4 s behind reads 4 to 5 s', async () => {
    await w.keeper.start([dynRecord()]);
    follow.held = true;
    w.dns.setRecord(HOST, 'A', '192.0.2.1');
    w.keeper.onEvent(w.change('198.51.100.82'));
    await w.step(() => w.record('dyn').state === 'propagating', 'the update accepted');
    const sentAt = w.record('dyn').lastUpdateAt!;
    // Time passes in small steps, each look answered before the next, as on a real clock.
    await w.step(() => clock.now() >= sentAt + 4000, '4 s after the update', 100);
    follow.held = false;
    await w.step(() => w.record('dyn').state === 'in-step', 'in step', 100);
    const ms = w.record('dyn').lastPropagationMs!;
    console.log(`time to in step for a server 4 s behind: ${ms} ms`);
    expect(ms).toBeGreaterThanOrEqual(4000);
    expect(ms).toBeLessThanOrEqual(5000);
  });
});

describe('at start, a DuckDNS record the servers already answer is not sent again', () => {
  it('nothing sent when the servers answer the address; sent when they answer another', async () => {
    const clock = new FakeClock();
    const store = await keeperStore(clock);
    const duck: DuckdnsStandIn = await startDuckdns('duck-token-1234', ['myhome']);
    const w = await startKeeperWorld(store, clock, random);
    try {
      w.dns.setRecord('duckdns.org', 'NS', 'ns1.example.org');
      w.dns.setRecord('myhome.duckdns.org', 'A', '198.51.100.90');
      const rec = ddnsRecordSchema.parse({
        id: 'duck',
        provider: 'duckdns',
        token: 'duck-token-1234',
        domain: 'myhome',
        apiBase: duck.url,
      });
      w.current.v4 = { address: '198.51.100.90', at: clock.now() };
      await w.keeper.start([rec]);
      await w.step(() => w.record('duck').state === 'in-step', 'in step without an update');
      expect(duck.requests).toHaveLength(0);
      expect(w.logs.some((l) => l.message.includes('already holds the address'))).toBe(true);

      // Another address at the next start: sent.
      await w.keeper.apply([]);
      w.current.v4 = { address: '198.51.100.91', at: clock.now() };
      await w.keeper.apply([rec]);
      await w.step(() => duck.requests.length === 1, 'sent');
      expect(duck.requests[0]!.url.searchParams.get('ip')).toBe('198.51.100.91');
    } finally {
      await w.close();
      await duck.close();
      await store.close();
    }
  });
});

describe('an updater that throws', () => {
  it('waits and tries again with backoff, in words, and is never left busy', async () => {
    const clock = new FakeClock();
    const store = await keeperStore(clock);
    const logs: LogRecord[] = [];
    const calls: string[] = [];
    let throws = 2;
    // A provider's bug at the edge: its update throws instead of answering an outcome.
    const updater: DdnsUpdater = {
      id: 'boom',
      update: (address) => {
        calls.push(address);
        if (throws-- > 0) return Promise.reject(new TypeError("Cannot read properties of null (reading 'id')"));
        return Promise.resolve({ kind: 'updated', detail: 'ok' });
      },
    };
    const record = ddnsRecordSchema.parse({
      id: 'boom',
      provider: 'dyndns2',
      server: 'http://127.0.0.1:9',
      username: 'u',
      password: 'p',
      hostname: HOST,
    });
    // The authoritative servers: the keeper world's stand-in, following nothing (the look after the update).
    const w = await startKeeperWorld(store, clock, random);
    w.dns.setRecord(HOST, 'A', '198.51.100.96');
    const ns = new dnsPromises.Resolver({ timeout: 500, tries: 1 });
    ns.setServers([w.dns.server]);
    const keeper = new RecordKeeper(record, 'fp', updater, {
      store,
      clock,
      logger: createLogger('ddns', { level: 'debug', sink: (r) => logs.push(r) }),
      random,
      resolver: ns,
      dnsPort: w.dns.port,
      lookTimeoutMs: 500,
      proveLimitMs: 60_000,
      proveEveryMs: 100,
      lookEveryMs: 600_000,
      changed: () => undefined,
    });
    try {
      keeper.confirm({ address: '198.51.100.95', at: clock.now() });
      await until(() => keeper.status().state === 'waiting', { what: 'waiting after the throw' });
      const first = keeper.status();
      const firstWait = first.nextAttemptAt! - clock.now();
      expect(first.why).toBe('the update ran into an error inside IPWatch (the log has it); trying again');
      expect(firstWait).toBeGreaterThanOrEqual(30_000); // the etiquette's first wait
      expect(logs.some((l) => l.level === 'error' && JSON.stringify(l.data).includes('Cannot read'))).toBe(true);
      // Not busy: a newer address goes out at the retry's time, and the second throw waits longer.
      keeper.confirm({ address: '198.51.100.96', at: clock.now() });
      await clock.advance(first.nextAttemptAt! - clock.now());
      await until(() => calls.length === 2 && keeper.status().state === 'waiting', { what: 'the second throw' });
      const second = keeper.status();
      expect(second.nextAttemptAt! - clock.now()).toBeGreaterThan(firstWait); // backoff grows
      await clock.advance(second.nextAttemptAt! - clock.now());
      await until(() => calls.length === 3 && keeper.status().state === 'in-step', { what: 'in step after the third' });
      expect(calls).toEqual(['198.51.100.95', '198.51.100.96', '198.51.100.96']);
    } finally {
      keeper.close();
      await w.close();
      await store.close();
    }
  });
});
