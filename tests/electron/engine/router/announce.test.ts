/**
 * The router's announcements: which datagrams on port 5350 are heard (tables), and the
 * listener receiving the stand-in's NAT-PMP announcement and PCP ANNOUNCE over real multicast
 * to 224.0.0.1 on loopback, as miniupnpd sends them on a WAN change.
 */
import { createSocket } from 'node:dgram';

import { afterEach, describe, expect, it } from 'vitest';

import { createLogger, type LogRecord } from '../../../../electron/engine/logger';
import {
  createAnnounceListener,
  isRepeat,
  readAnnouncement,
  type Announcement,
  type AnnounceListener,
  type HeardAnnouncement,
} from '../../../../electron/engine/router/announce';
import { natPmpAnnouncement, pcpAnnounce, startNatPmpPcpServer } from '../../../fakes/natpmp-pcp';
import { until } from '../../../helpers/until';

describe('readAnnouncement', () => {
  const GW = '192.168.1.1';
  it.each<[string, Buffer, string, string | undefined, Partial<HeardAnnouncement> | null]>([
    [
      'a NAT-PMP announcement from the gateway',
      natPmpAnnouncement(60, '81.2.69.142'),
      GW,
      GW,
      { protocol: 'natpmp', epoch: 60, claimed: '81.2.69.142' },
    ],
    ['a PCP ANNOUNCE from the gateway', pcpAnnounce(0), GW, GW, { protocol: 'pcp', epoch: 0 }],
    ['the same from another host on the LAN (forged)', natPmpAnnouncement(60, '6.6.6.6'), '192.168.1.66', GW, null],
    ['a PCP ANNOUNCE from another host', pcpAnnounce(0), '192.168.1.66', GW, null],
    ['anything while there is no gateway', pcpAnnounce(0), GW, undefined, null],
    ['a NAT-PMP error answer', Buffer.from('008000030000003c00000000', 'hex'), GW, GW, null],
    ['noise', Buffer.from('hello'), GW, GW, null],
    ['from a gateway written with a zone', pcpAnnounce(9), 'fe80::1', 'fe80::1%eth0', { protocol: 'pcp', epoch: 9 }],
  ])('%s', (_label, msg, from, gateway, expected) => {
    const heard = readAnnouncement(msg, from, gateway, 1000);
    if (expected === null) expect(heard).toBeNull();
    else expect(heard).toMatchObject({ ...expected, from, atMs: 1000 });
  });
});

describe('isRepeat', () => {
  const nat = (epoch: number, seconds: number, claimed = '81.2.69.142', from = '192.168.1.1'): HeardAnnouncement => ({
    protocol: 'natpmp',
    from,
    epoch,
    atMs: seconds * 1000,
    claimed,
  });
  const pcp = (epoch: number, seconds: number): HeardAnnouncement => ({
    protocol: 'pcp',
    from: '192.168.1.1',
    epoch,
    atMs: seconds * 1000,
  });
  it.each<[string, HeardAnnouncement | undefined, HeardAnnouncement, boolean]>([
    ['the first one heard', undefined, nat(10, 0), false],
    ['an RFC 6886 resend: same address, epoch carrying on', nat(10, 0), nat(12, 2), true],
    ['a new address', nat(10, 0), nat(12, 2, '81.2.69.143'), false],
    ['the same address after a restart (epoch back to 0)', nat(500, 0), nat(0, 5), false],
    ['the same address long after (not a resend)', nat(10, 0), nat(610, 600), false],
    ['from another router', nat(10, 0), nat(12, 2, '81.2.69.142', '10.0.0.1'), false],
    ['a PCP ANNOUNCE is never a repeat, even of one just before', pcp(0, 0), pcp(0, 1), false],
    ['a PCP ANNOUNCE after a NAT-PMP one', nat(10, 0), pcp(0, 0), false],
  ])('%s', (_label, prev, curr, expected) => {
    expect(isRepeat(prev, curr)).toBe(expected);
  });
});

/** Whether this kernel loops multicast to 224.0.0.1 back over the loopback interface. */
async function multicastOnLoopback(): Promise<boolean> {
  const rx = createSocket({ type: 'udp4', reuseAddr: true });
  const tx = createSocket('udp4');
  try {
    await new Promise<void>((resolve) => rx.bind(0, '0.0.0.0', resolve));
    rx.addMembership('224.0.0.1', '127.0.0.1');
    await new Promise<void>((resolve) => tx.bind(0, '127.0.0.1', resolve));
    tx.setMulticastInterface('127.0.0.1');
    const got = new Promise<boolean>((resolve) => {
      rx.once('message', () => resolve(true));
      setTimeout(() => resolve(false), 2000).unref();
    });
    tx.send(Buffer.from([0]), rx.address().port, '224.0.0.1');
    return await got;
  } catch {
    return false;
  } finally {
    rx.close();
    tx.close();
  }
}

const loopbackMulticast = await multicastOnLoopback();
if (!loopbackMulticast)
  console.warn('Skipping the 224.0.0.1 listener tests: this kernel does not loop multicast over lo (127.0.0.1).');

describe.skipIf(!loopbackMulticast)('the announcement listener on 224.0.0.1 (loopback)', () => {
  const cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    while (cleanup.length) await cleanup.pop()?.();
  });

  async function setup() {
    const router = await startNatPmpPcpServer();
    cleanup.push(() => router.close());
    const logs: LogRecord[] = [];
    const listener = createAnnounceListener({
      gateway: () => router.gateway,
      logger: createLogger('router.announce', { level: 'debug', sink: (r) => logs.push(r) }),
      port: 0,
    });
    cleanup.push(() => listener.close());
    await listener.start();
    const heard: Announcement[] = [];
    listener.onAnnounce((a) => heard.push(a));
    return { router, listener, heard, logs, port: listener.port()! };
  }

  const count = (heard: Announcement[], protocol: Announcement['protocol']) =>
    heard.filter((a) => a.protocol === protocol).length;

  it('hears both announcements of a WAN change as triggers, PCP with its epoch reset', async () => {
    const { router, heard, port } = await setup();
    await router.setWan('81.2.69.200', { announceTo: port });
    await until(() => heard.length === 2, { what: 'two announcements' });
    expect(heard).toEqual([
      { protocol: 'natpmp', from: '127.0.0.1', epoch: expect.any(Number) },
      { protocol: 'pcp', from: '127.0.0.1', epoch: 0 },
    ]);
    // A trigger, not an address: the event carries none.
    expect(JSON.stringify(heard)).not.toContain('81.2.69.200');
  });

  it('hears only the PCP ANNOUNCE when the new WAN address is 100.64/10 (miniupnpd sends no NAT-PMP one)', async () => {
    const { router, heard, port } = await setup();
    await router.setWan('100.64.0.9', { announceTo: port });
    await until(() => count(heard, 'pcp') === 1, { what: 'the PCP ANNOUNCE' });
    expect(count(heard, 'natpmp')).toBe(0);
  });

  it('does not hear an announcement forged by another host on the LAN', async () => {
    const { router, heard, port, listener } = await setup();
    const forger = createSocket('udp4');
    cleanup.push(() => new Promise((resolve) => forger.close(() => resolve())));
    await new Promise<void>((resolve) => forger.bind(0, '127.0.0.2', resolve));
    forger.setMulticastInterface('127.0.0.1');
    await new Promise((resolve) => forger.send(natPmpAnnouncement(1, '6.6.6.6'), port, '224.0.0.1', resolve));
    // The gateway's own announcement comes after the forged one, on the same path.
    await router.setWan('100.64.0.10', { announceTo: port });
    await until(() => count(heard, 'pcp') === 1, { what: "the gateway's ANNOUNCE" });
    expect(heard).toEqual([{ protocol: 'pcp', from: '127.0.0.1', epoch: 0 }]);
    expect(listener.port()).toBe(port);
  });

  it('drops the RFC 6886 resends of one NAT-PMP announcement, and hears the next change', async () => {
    const { router, heard, port } = await setup();
    await router.setWan('81.2.69.201', { announceTo: port });
    await router.repeatNatPmpAnnouncement(port);
    await router.repeatNatPmpAnnouncement(port);
    await router.setWan('81.2.69.202', { announceTo: port });
    await until(() => count(heard, 'pcp') === 2, { what: 'the second change' });
    expect(heard.map((a) => a.protocol)).toEqual(['natpmp', 'pcp', 'natpmp', 'pcp']);
  });

  it('says why when the port cannot be had, and stops hearing once closed', async () => {
    const holder = createSocket('udp4'); // bound without SO_REUSEADDR: nobody may share it
    await new Promise<void>((resolve) => holder.bind(0, '0.0.0.0', resolve));
    cleanup.push(() => new Promise((resolve) => holder.close(() => resolve())));
    const blocked: AnnounceListener = createAnnounceListener({
      gateway: () => undefined,
      logger: createLogger('test', { level: 'error', sink: () => {} }),
      port: holder.address().port,
    });
    await expect(blocked.start()).rejects.toThrow(/cannot listen for router announcements on UDP \d+: .*EADDRINUSE/);

    const { listener } = await setup();
    await listener.close();
    expect(listener.port()).toBeUndefined();
  });
});
