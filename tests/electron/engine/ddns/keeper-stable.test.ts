/**
 * AAAA records kept at the address they should hold (electron/engine/ddns/keeper.ts with
 * aaaa-target.ts), against the dyndns2 stand-in (tests/fakes/dyndns2.ts) and a stand-in
 * authoritative server, on a FakeClock, with this host's addresses given as the OS would list
 * them: the stable address is published, never the temporary one the sources saw; a temporary
 * address turning over sends nothing; a new stable address inside the same /64 is sent though
 * the monitor sees no change; a new prefix moves every AAAA record (a suffix's too); with no
 * stable address left the observed one is published, and the log says why. Another device's
 * records: a MAC's EUI-64 behind the observed /64, and a suffix on a second prefix (`@eth1`)
 * that follows that prefix, not the observed one, and waits, saying why, while it is absent.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { HostAddress } from '../../../../electron/engine/host-addresses';
import type { HistoryStore } from '../../../../electron/engine/store';
import { ddnsRecordStatusSchema } from '../../../../shared/contract/ddns';
import { type DdnsRecord, ddnsRecordSchema } from '../../../../shared/settings/ddns';
import type { CheckEvent } from '../../../../shared/types';
import { type Dyndns2StandIn, startDyndns2 } from '../../../fakes/dyndns2';
import { FakeClock } from '../../../helpers/fake-clock';
import { seededRandom, testSeed } from '../../../helpers/random';
import { until } from '../../../helpers/until';
import { HOST, keeperStore, type KeeperWorld, startKeeperWorld } from './keeper-world';

const PASSWORD = 'dyn-password-1234';
const LAN = 'nas.example.org';
const random = seededRandom(testSeed('ddns keeper stable'));

const P1_STABLE = '2001:db8:1:2:549d:9dff:fe0d:93a7';
const P1_STABLE2 = '2001:db8:1:2:a1b2:c3d4:e5f6:789';
const P1_TEMP = '2001:db8:1:2:ef1:1cfb:1682:eedb';
const P1_TEMP2 = '2001:db8:1:2:9c91:3a6f:5410:3dbf';
const P2_STABLE = '2001:db8:9:9:549d:9dff:fe0d:93a7';
const P2_TEMP = '2001:db8:9:9:d1c3:9a2b:abcd:ef01';

const stable = (address: string): HostAddress => ({
  iface: 'eth0',
  address,
  prefixLen: 64,
  temporary: false,
  deprecated: false,
  unusable: false,
});
const temporary = (address: string): HostAddress => ({ ...stable(address), temporary: true });

describe('AAAA records at the address they should hold', () => {
  let clock: FakeClock;
  let store: HistoryStore;
  let dyn: Dyndns2StandIn;
  let w: KeeperWorld;
  let host: HostAddress[];
  let reads: number;

  const record = (id: string, hostname: string, over: Record<string, unknown> = {}): DdnsRecord =>
    ddnsRecordSchema.parse({
      id,
      provider: 'dyndns2',
      type: 'AAAA',
      server: dyn.url,
      username: 'user',
      password: PASSWORD,
      hostname,
      ...over,
    });
  const sent = (name: string) =>
    dyn.requests
      .filter((r) => r.url.pathname === '/nic/update' && r.url.searchParams.get('hostname') === name)
      .map((r) => r.url.searchParams.get('myip'));
  const check = (ip: string): CheckEvent => ({
    type: 'check',
    at: clock.now(),
    family: 6,
    trigger: 'network',
    result: 'unchanged',
    ip,
    requests: 2,
    durationMs: 40,
    attempts: [],
  });
  /** Sends an IPv6 check and waits until the keeper has read the host's addresses for it. */
  const checkRead = async (ip: string) => {
    const before = reads;
    w.keeper.onEvent(check(ip));
    await until(() => reads > before, { what: "the host's addresses read again" });
  };
  /** The provider's servers catch up with what it holds. */
  const servePublished = () => {
    for (const [name, ip] of dyn.hosts) if (ip) w.dns.setRecord(name, 'AAAA', ip);
  };
  const inStep = async (what: string) => {
    await w.step(
      () => {
        servePublished();
        return ['v6', 'lan'].every((id) => w.record(id).state === 'in-step');
      },
      what,
      1000,
    );
  };

  beforeEach(async () => {
    clock = new FakeClock();
    store = await keeperStore(clock);
    dyn = await startDyndns2('user', PASSWORD, [HOST, LAN]);
    host = [stable(P1_STABLE), temporary(P1_TEMP)];
    reads = 0;
    const hostAddresses = {
      read: () => {
        reads++;
        return Promise.resolve(host);
      },
    };
    w = await startKeeperWorld(store, clock, random, {}, { hostAddresses });
  });
  afterEach(async () => {
    await w.close();
    await dyn.close();
    await store.close();
  });

  it('publishes the stable address, holds it through temporary turnover, follows it inside the /64 and to a new prefix', async () => {
    // The sources saw the temporary address (a desktop's outgoing connections use it).
    w.current.v6 = { address: P1_TEMP, at: clock.now() };
    await w.keeper.start([record('v6', HOST), record('lan', LAN, { address: '::1:2:3:4' })]);
    await inStep('both records in step at start');
    expect(sent(HOST)).toEqual([P1_STABLE]);
    expect(sent(LAN)).toEqual(['2001:db8:1:2:1:2:3:4']);
    expect(w.record('v6').address).toBe(P1_STABLE);
    // The Settings page's Test compares a record with the same address.
    expect(await w.keeper.targetFor(record('v6', HOST))).toBe(P1_STABLE);
    expect(await w.keeper.targetFor(record('v6', HOST, { address: 'observed' }))).toBe(P1_TEMP);

    // A temporary address turns over: the host's addresses are read again, nothing is sent.
    host = [stable(P1_STABLE), temporary(P1_TEMP2), { ...temporary(P1_TEMP), deprecated: true }];
    await checkRead(P1_TEMP2);
    await w.clock.advance(60_000);
    expect(sent(HOST)).toHaveLength(1);
    expect(w.record('v6')).toMatchObject({ state: 'in-step', address: P1_STABLE });

    // A new stable address inside the same /64: no address change to notify, yet the record follows.
    host = [stable(P1_STABLE2), temporary(P1_TEMP2)];
    await checkRead(P1_TEMP2);
    await w.step(() => sent(HOST).length === 2, 'the new stable address sent', 1000);
    expect(sent(HOST)).toEqual([P1_STABLE, P1_STABLE2]);
    await inStep('in step at the new stable address');
    expect(sent(LAN)).toHaveLength(1);

    // A new prefix moves every AAAA record, the suffix's too.
    host = [stable(P2_STABLE), temporary(P2_TEMP)];
    w.current.v6 = { address: P2_TEMP, at: clock.now() };
    w.keeper.onEvent({ ...w.change(P2_TEMP, clock.now(), 6), from: P1_TEMP2 });
    await w.step(() => sent(HOST).length === 3 && sent(LAN).length === 2, 'both records sent the new prefix', 1000);
    await inStep('in step in the new prefix');
    expect(sent(HOST)).toEqual([P1_STABLE, P1_STABLE2, P2_STABLE]);
    expect(sent(LAN)).toEqual(['2001:db8:1:2:1:2:3:4', '2001:db8:9:9:1:2:3:4']);
    expect(w.logs.some((l) => l.message.includes('observed address'))).toBe(false);
    expect(w.record('v6').addressNote).toBeUndefined();

    // No stable address left: the observed one is published, and the log says why...
    host = [temporary(P2_TEMP)];
    await checkRead(P2_TEMP);
    await w.step(() => sent(HOST).length === 4, 'the observed address sent', 1000);
    expect(sent(HOST).at(-1)).toBe(P2_TEMP);
    expect(w.logs.find((l) => l.message === 'ddns AAAA record publishes the observed address')?.data).toMatchObject({
      record: 'v6',
      why: 'observed address published: no stable address of this host in 2001:db8:9:9::/64',
    });
    // ...and so does the record's status, while it lasts.
    expect(w.record('v6').addressNote).toBe(
      'observed address published: no stable address of this host in 2001:db8:9:9::/64',
    );
  });

  it('publishes the observed address when asked to, temporary or not', async () => {
    w.current.v6 = { address: P1_TEMP, at: clock.now() };
    await w.keeper.start([record('v6', HOST, { address: 'observed' }), record('lan', LAN, { address: '::5' })]);
    await inStep('both records in step at start');
    expect(sent(HOST)).toEqual([P1_TEMP]);
    expect(reads).toBe(0); // no record needs the host's addresses
  });

  it("keeps another device's records: a MAC behind the observed /64, a suffix on eth1's prefix", async () => {
    const MAC = 'mac:00:11:22:33:44:55';
    const eth1 = (address: string): HostAddress => ({ ...stable(address), iface: 'eth1' });
    const noEth1 = 'nothing published: no address of this host on eth1';
    w.current.v6 = { address: P1_TEMP, at: clock.now() };
    await w.keeper.start([
      record('v6', HOST, { address: '::1:0:0:0:5/56@eth1' }),
      record('lan', LAN, { address: MAC }),
    ]);
    // The MAC's record is sent at once; the second prefix's waits, and says why.
    await w.step(() => sent(LAN).length === 1, "the MAC's address sent", 1000);
    expect(sent(LAN)).toEqual(['2001:db8:1:2:211:22ff:fe33:4455']);
    expect(sent(HOST)).toEqual([]);
    expect(w.record('v6')).toMatchObject({ state: 'updating', addressNote: noEth1 });
    // Beside its English, its code: the Dashboard says it in the page's language.
    expect(ddnsRecordStatusSchema.parse(w.record('v6')).addressReason).toEqual({
      code: 'reason.ddns.nothingOnIface',
      values: { iface: 'eth1' },
    });
    expect(await w.keeper.targetFor(record('v6', HOST, { address: '::1:0:0:0:5/56@eth1' }))).toBeNull();

    // eth1 gets the second delegated prefix: the record follows, though the monitor saw no change.
    host = [stable(P1_STABLE), temporary(P1_TEMP), eth1('2001:db8:77:9:549d:9dff:fe0d:93a7')];
    await checkRead(P1_TEMP);
    await w.step(() => sent(HOST).length === 1, 'the second prefix sent', 1000);
    expect(sent(HOST)).toEqual(['2001:db8:77:1::5']);
    await inStep('both records in step');
    expect(w.record('v6').addressNote).toBeUndefined();
    expect(w.logs.find((l) => l.message === 'ddns AAAA record has no address to publish')?.data).toMatchObject({
      record: 'v6',
      why: noEth1,
    });

    // The observed prefix moves: the MAC's record follows it, the eth1 one stays.
    host = [stable(P2_STABLE), temporary(P2_TEMP), eth1('2001:db8:77:9:549d:9dff:fe0d:93a7')];
    w.current.v6 = { address: P2_TEMP, at: clock.now() };
    w.keeper.onEvent({ ...w.change(P2_TEMP, clock.now(), 6), from: P1_TEMP });
    await w.step(() => sent(LAN).length === 2, 'the MAC record sent the new prefix', 1000);
    expect(sent(LAN).at(-1)).toBe('2001:db8:9:9:211:22ff:fe33:4455');
    await inStep('both in step after the observed prefix moved');
    expect(sent(HOST)).toHaveLength(1);

    // The second prefix is renumbered: only its record moves.
    host = [stable(P2_STABLE), temporary(P2_TEMP), eth1('2001:db8:88:1::77')];
    await checkRead(P2_TEMP);
    await w.step(() => sent(HOST).length === 2, 'the renumbered second prefix sent', 1000);
    expect(sent(HOST).at(-1)).toBe('2001:db8:88:1::5');
    await inStep('both in step after the second prefix moved');
    expect(sent(LAN)).toHaveLength(2);

    // eth1 loses its prefix: nothing is sent, the record keeps what it holds, and its status says why.
    host = [stable(P2_STABLE), temporary(P2_TEMP)];
    await checkRead(P2_TEMP);
    await w.step(() => w.record('v6').addressNote === noEth1, 'the record says why it has nothing to publish');
    await w.clock.advance(60_000);
    expect(sent(HOST)).toHaveLength(2);
    expect(w.record('v6')).toMatchObject({ state: 'in-step', address: '2001:db8:88:1::5' });
  });
});
