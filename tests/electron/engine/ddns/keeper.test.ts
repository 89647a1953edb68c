/**
 * The records kept in step (electron/engine/ddns/keeper.ts, record-keeper.ts) against the
 * providers' stand-ins (tests/fakes/dyndns2.ts, cloudflare-api.ts, each citing its provider's
 * documentation) and a stand-in authoritative server, on a FakeClock: one update per confirmed
 * change, none on an unconfirmed answer, a queue collapsed to its newest address, a stop that
 * switches one record off while the others go on, the propagation time, drift set right, and
 * a pending update that survives a restart.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { HistoryStore } from '../../../../electron/engine/store';
import type { DdnsRecord } from '../../../../shared/settings/ddns';
import { ddnsRecordSchema } from '../../../../shared/settings/ddns';
import { type CloudflareStandIn, startCloudflare } from '../../../fakes/cloudflare-api';
import { type Dyndns2StandIn, startDyndns2 } from '../../../fakes/dyndns2';
import { FakeClock } from '../../../helpers/fake-clock';
import { seededRandom, testSeed } from '../../../helpers/random';
import { HOST, keeperStore, type KeeperWorld, startKeeperWorld, TIMING } from './keeper-world';

const PASSWORD = 'dyn-password-1234';
const random = seededRandom(testSeed('ddns keeper'));
const dynRecord = (dyn: Dyndns2StandIn, over: Record<string, unknown> = {}): DdnsRecord =>
  ddnsRecordSchema.parse({
    id: 'dyn',
    provider: 'dyndns2',
    server: dyn.url,
    username: 'user',
    password: PASSWORD,
    hostname: HOST,
    ...over,
  });
const updates = (dyn: Dyndns2StandIn) => dyn.requests.filter((r) => r.url.pathname === '/nic/update');

describe('dynamic DNS records kept in step (dyndns2 stand-in)', () => {
  let clock: FakeClock;
  let store: HistoryStore;
  let dyn: Dyndns2StandIn;
  let w: KeeperWorld;
  const follow: { dyn?: Dyndns2StandIn; held?: boolean } = {};
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

  it('one update per confirmed change, none for an unconfirmed answer; the time to in step is reported', async () => {
    await w.keeper.start([dynRecord(dyn)]);
    w.dns.setRecord(HOST, 'A', '192.0.2.1');
    // A check's answer the engine did not confirm (a liar's address): nothing is sent.
    w.keeper.onEvent({ ...w.change('203.0.113.66'), type: 'check', ip: '203.0.113.66', result: 'uncertain' } as never);
    await w.clock.advance(TIMING.lookEveryMs);
    expect(updates(dyn)).toHaveLength(0);
    expect(w.record('dyn')).toMatchObject({ state: 'updating', address: null });

    follow.held = true;
    const change = w.change('198.51.100.7');
    w.keeper.onEvent(change);
    w.keeper.onEvent(change); // the same change delivered twice
    w.keeper.onEvent(w.change('2001:db8::7', clock.now(), 6)); // the other family
    await w.step(() => w.record('dyn').state === 'propagating', 'the update accepted');
    expect(updates(dyn).map((r) => r.url.searchParams.get('myip'))).toEqual(['198.51.100.7']);
    await w.step(() => (w.record('dyn').waitingFor ?? []).length === 1, 'a look at the lagging server');
    expect(w.record('dyn')).toMatchObject({ state: 'propagating', waitingFor: ['ns1.example.org'] });

    follow.held = false;
    await w.step(() => w.record('dyn').state === 'in-step', 'in step', TIMING.proveEveryMs);
    const status = w.record('dyn');
    expect(status).toMatchObject({ address: '198.51.100.7', why: null });
    expect(status.lastPropagationMs).toBeGreaterThanOrEqual(TIMING.proveEveryMs);
    expect(status.lastPropagationMs).toBeLessThanOrEqual(3 * TIMING.proveEveryMs);
    w.keeper.onEvent(change);
    await w.clock.advance(TIMING.lookEveryMs);
    expect(updates(dyn)).toHaveLength(1);
    expect(JSON.stringify(w.keeper.status())).not.toContain(PASSWORD);
  });

  it('retries with backoff and collapses its queue to the newest address', async () => {
    await w.keeper.start([dynRecord(dyn)]);
    dyn.answer = '911';
    w.keeper.onEvent(w.change('198.51.100.1'));
    await w.step(
      () => updates(dyn).length === 1 && (w.record('dyn').why ?? '').includes('911'),
      'the first attempt refused',
    );
    expect(w.record('dyn')).toMatchObject({ state: 'waiting', nextAttemptAt: clock.now() + 30 * 60_000 });
    w.keeper.onEvent(w.change('198.51.100.2'));
    w.keeper.onEvent(w.change('198.51.100.3'));
    dyn.answer = null;
    // dyndns2's 911 asks for 30 minutes: nothing before that.
    await w.clock.advance(29 * 60_000);
    expect(updates(dyn)).toHaveLength(1);
    await w.step(() => w.record('dyn').state === 'in-step', 'in step at the newest', 30_000);
    expect(updates(dyn).map((r) => r.url.searchParams.get('myip'))).toEqual(['198.51.100.1', '198.51.100.3']);
    expect(dyn.hosts.get(HOST)).toBe('198.51.100.3');
  });

  it('an answer that means stop switches that record off with its reason, never retried; a record turned off is left alone', async () => {
    await w.keeper.start([dynRecord(dyn, { username: 'wrong' }), dynRecord(dyn, { id: 'off', enabled: false })]);
    w.keeper.onEvent(w.change('198.51.100.9'));
    await w.step(() => w.record('dyn').state === 'stopped', 'the record stopped');
    expect(w.record('dyn').why).toContain('badauth');
    expect(w.record('off')).toMatchObject({ state: 'off' });
    w.keeper.onEvent(w.change('198.51.100.10'));
    for (let i = 0; i < 18; i++) await w.clock.advance(10_000);
    expect(updates(dyn)).toHaveLength(1); // at most 2 requests in 3 minutes: here, the one
    expect(w.record('dyn').state).toBe('stopped');
    // The record edited (the right user name) starts afresh, at the current address.
    w.current.v4 = { address: '198.51.100.10', at: clock.now() };
    await w.keeper.apply([dynRecord(dyn), dynRecord(dyn, { id: 'off', enabled: false })]);
    await w.step(() => w.record('dyn').state === 'in-step', 'the edited record in step');
    expect(dyn.hosts.get(HOST)).toBe('198.51.100.10');
    expect(updates(dyn).filter((r) => r.url.searchParams.get('hostname') === HOST)).toHaveLength(2);
  });

  it('a record that drifts (changed by hand) is seen at the next look and set right', async () => {
    await w.keeper.start([dynRecord(dyn)]);
    w.keeper.onEvent(w.change('198.51.100.20'));
    await w.step(() => w.record('dyn').state === 'in-step', 'in step');
    dyn.hosts.set(HOST, '203.0.113.99');
    await w.step(() => updates(dyn).length === 2, 'the drift seen and sent again', TIMING.lookEveryMs);
    await w.step(() => w.record('dyn').state === 'in-step', 'in step again');
    expect(dyn.hosts.get(HOST)).toBe('198.51.100.20');
    expect(w.logs.some((l) => l.message.includes('drifted'))).toBe(true);
  });

  it('a record that cannot be built is stopped with why; the others go on', async () => {
    const bad = {
      id: 'bad',
      provider: 'rfc2136',
      server: '127.0.0.1',
      zone: 'example.org',
      name: HOST,
      keyName: 'k',
      secret: 'not base64 !!',
    };
    await w.keeper.start([dynRecord(dyn), ddnsRecordSchema.parse(bad)]);
    w.keeper.onEvent(w.change('198.51.100.30'));
    await w.step(() => w.record('dyn').state === 'in-step', 'the good record in step');
    expect(w.record('bad')).toMatchObject({ state: 'stopped', why: expect.stringMatching(/base64/i) });
  });
});

describe('Cloudflare through the keeper', () => {
  it('only the content changes: proxied and ttl kept; a refused token stops that record only', async () => {
    const clock = new FakeClock();
    const store = await keeperStore(clock);
    const cf: CloudflareStandIn = await startCloudflare('scoped-token-1234', { id: 'z1', name: 'example.org' }, [
      { id: 'r1', zone_id: 'z1', type: 'A', name: HOST, content: '192.0.2.1', proxied: true, ttl: 1 },
    ]);
    const w = await startKeeperWorld(store, clock, random);
    try {
      const rec = (id: string, token: string) =>
        ddnsRecordSchema.parse({ id, provider: 'cloudflare', token, zone: 'example.org', name: HOST, apiBase: cf.url });
      await w.keeper.start([rec('cf', 'scoped-token-1234'), rec('wrong', 'another-token-9999')]);
      w.dns.setRecord(HOST, 'A', '198.51.100.40');
      w.keeper.onEvent(w.change('198.51.100.40'));
      await w.step(() => w.record('cf').state === 'in-step' && w.record('wrong').state === 'stopped', 'both settled');
      expect(cf.records[0]).toMatchObject({ content: '198.51.100.40', proxied: true, ttl: 1 });
      expect(w.record('wrong').why).toMatch(/403|Authentication/);
    } finally {
      await w.close();
      await cf.close();
      await store.close();
    }
  });
});

describe('a pending update survives a restart, and is never sent twice', () => {
  it('resumes after the restart, then sends nothing more for the same change', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ipw-ddns-'));
    const clock = new FakeClock();
    const dyn = await startDyndns2('user', PASSWORD, [HOST]);
    const follow = { dyn, held: false };
    try {
      let store = await keeperStore(clock, dir);
      let w = await startKeeperWorld(store, clock, random, follow);
      dyn.answer = '911';
      await w.keeper.start([dynRecord(dyn)]);
      w.keeper.onEvent(w.change('198.51.100.50'));
      await w.step(
        () => updates(dyn).length === 1 && (w.record('dyn').why ?? '').includes('911'),
        'the first attempt refused',
      );
      await w.close();
      await store.close();

      dyn.answer = null;
      store = await keeperStore(clock, dir);
      w = await startKeeperWorld(store, clock, random, follow);
      w.current.v4 = { address: '198.51.100.50', at: clock.now() };
      await w.keeper.start([dynRecord(dyn)]);
      await w.step(() => w.record('dyn').state === 'in-step', 'in step after the restart', 60_000);
      expect(updates(dyn)).toHaveLength(2);
      await w.close();
      await store.close();

      store = await keeperStore(clock, dir);
      w = await startKeeperWorld(store, clock, random, follow);
      w.current.v4 = { address: '198.51.100.50', at: clock.now() };
      await w.keeper.start([dynRecord(dyn)]);
      await w.step(() => w.record('dyn').lastLookAt !== null, 'a look after the second restart');
      expect(w.record('dyn').state).toBe('in-step');
      expect(updates(dyn)).toHaveLength(2);
      await w.close();
      await store.close();

      // Pending again (911), then the address changes while the monitor is down: the newest is sent, after the wait.
      store = await keeperStore(clock, dir);
      w = await startKeeperWorld(store, clock, random, follow);
      dyn.answer = '911';
      await w.keeper.start([dynRecord(dyn)]);
      w.keeper.onEvent(w.change('198.51.100.51'));
      await w.step(() => updates(dyn).length === 3, 'the refused attempt');
      await w.close();
      await store.close();
      dyn.answer = null;
      store = await keeperStore(clock, dir);
      w = await startKeeperWorld(store, clock, random, follow);
      w.current.v4 = { address: '198.51.100.52', at: clock.now() };
      await w.keeper.start([dynRecord(dyn)]);
      await w.step(() => w.record('dyn').state === 'in-step', 'in step at the newest', 60_000);
      expect(
        updates(dyn)
          .map((r) => r.url.searchParams.get('myip'))
          .slice(2),
      ).toEqual(['198.51.100.51', '198.51.100.52']);
      await w.close();
      await store.close();
    } finally {
      await dyn.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
