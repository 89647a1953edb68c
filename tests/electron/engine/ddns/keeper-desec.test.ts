/**
 * A deSEC record at the keeper's start, now that deSEC can be read (desec-rest.ts): one that
 * already holds the confirmed address is not sent again (deSEC throttles updates to two in two
 * minutes per domain); one whose read fails, a token deSEC lets update but not read, is looked
 * up at its authoritative servers instead, and sent the address only when they answer another. Against the deSEC stand-in (tests/fakes/desec.ts) and the keeper's world.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { HistoryStore } from '../../../../electron/engine/store';
import { type DdnsRecord, ddnsRecordSchema } from '../../../../shared/settings/ddns';
import { type DesecStandIn, startDesec } from '../../../fakes/desec';
import { FakeClock } from '../../../helpers/fake-clock';
import { seededRandom, testSeed } from '../../../helpers/random';
import { HOST, keeperStore, type KeeperWorld, startKeeperWorld, ZONE } from './keeper-world';

const TOKEN = 'desec-token-1234';
const random = seededRandom(testSeed('ddns keeper desec'));

describe('a deSEC record at start', () => {
  let clock: FakeClock;
  let store: HistoryStore;
  let de: DesecStandIn;
  let w: KeeperWorld;
  let record: DdnsRecord;
  beforeEach(async () => {
    clock = new FakeClock();
    store = await keeperStore(clock);
    de = await startDesec(TOKEN, [HOST], [ZONE]);
    de.hosts.set(HOST, { A: '198.51.100.7', AAAA: '' });
    w = await startKeeperWorld(store, clock, random);
    w.dns.setRecord(HOST, 'A', '198.51.100.7');
    record = ddnsRecordSchema.parse({
      id: 'de',
      provider: 'desec',
      token: TOKEN,
      hostname: HOST,
      apiBase: de.url,
      restBase: de.rest.url,
    });
  });
  afterEach(async () => {
    await w.close();
    await de.close();
    await store.close();
  });

  it('already holding the address: read, not sent', async () => {
    w.current.v4 = { address: '198.51.100.7', at: clock.now() };
    await w.keeper.start([record]);
    await w.step(() => w.record('de').state === 'in-step', 'in step without an update', 1000);
    expect(de.rest.requests.map((r) => r.url.pathname)).toContain(`/api/v1/domains/${ZONE}/rrsets/home/A/`);
    expect(de.requests).toHaveLength(0);
  });

  it('a token that may not read, the servers answering another address: the address is sent as before', async () => {
    de.rest.fault = { status: 403, body: '{"detail":"Multi-factor authentication required."}' };
    de.hosts.set(HOST, { A: '192.0.2.1', AAAA: '' });
    w.dns.setRecord(HOST, 'A', '192.0.2.1');
    w.current.v4 = { address: '198.51.100.7', at: clock.now() };
    await w.keeper.start([record]);
    await w.step(() => de.requests.length === 1, 'the update sent', 1000);
    expect(de.requests[0]!.url.searchParams.get('myipv4')).toBe('198.51.100.7');
    expect(de.hosts.get(HOST)!.A).toBe('198.51.100.7');
  });

  it('a token that may not read, the servers already answering the address: not sent', async () => {
    de.rest.fault = { status: 403, body: '{"detail":"Multi-factor authentication required."}' };
    w.current.v4 = { address: '198.51.100.7', at: clock.now() };
    await w.keeper.start([record]);
    await w.step(() => w.record('de').state === 'in-step', 'in step without an update', 1000);
    expect(de.requests).toHaveLength(0);
  });

  it('deSEC down at start (503 to the read and to the update): the read is the first attempt, the update waits its turn', async () => {
    de.rest.fault = { status: 503, body: 'Service Unavailable' };
    de.fault = { status: 503, body: 'Service Unavailable' };
    w.dns.setRecord(HOST, 'A', '192.0.2.1');
    w.current.v4 = { address: '198.51.100.7', at: clock.now() };
    await w.keeper.start([record]);
    await w.step(() => w.record('de').state === 'waiting', 'waiting after the failed read', 1000);
    // One request at the start, not a read and an update back to back.
    expect(de.rest.requests.length + de.requests.length).toBe(1);
    const job = store.ddnsJobs().find((j) => j.recordId === 'de')!;
    expect(job).toMatchObject({ status: 'pending', attempts: 1, want: '198.51.100.7' });
    expect(job.nextAt).toBeGreaterThan(clock.now());
    expect(w.record('de').why).toContain('503');
  });
});
