/**
 * The router in detection, through the real engine and the real router watch against the
 * NAT-PMP/PCP stand-in (tests/fakes/natpmp-pcp.ts): a steady IPv4 check the router vouches for
 * asks no public source until `confirmMinutes` have passed; the router's announcement of a new
 * address starts a check at once, even after a gap with none, which the public sources' quorum
 * confirms (or does not, when the router is behind another NAT); and an IPv6 address this machine holds vouches for itself.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { ROUTER_RECHECK_MS } from '../../../../electron/engine/ip-monitor/engine';
import { createLogger } from '../../../../electron/engine/logger';
import { type RouterPart, routerPart } from '../../../../electron/engine/runtime/router';
import type { CheckEvent } from '../../../../shared/types';
import { startNatPmpPcpServer, type FakeNatPmpPcp } from '../../../fakes/natpmp-pcp';
import { type EngineHarness, settingsFrom, startEngineHarness } from '../../../helpers/engine';
import { FakeClock } from '../../../helpers/fake-clock';
import { standInRouter } from '../../../helpers/router-stand-in';
import { startWorld, type World } from '../../../helpers/world';

const A4 = '81.2.69.142';
const B4 = '81.2.69.200';
const A6 = '2a02:1:2:3::5';
const logger = createLogger('test', { level: 'error', sink: () => undefined });

let world: World;
let router: FakeNatPmpPcp;
let part: RouterPart;
let h: EngineHarness;

beforeEach(async () => {
  world = await startWorld(A4, A6);
  router = await startNatPmpPcpServer({ wan: A4 });
});
afterEach(async () => {
  await h?.close();
  await part?.watch.close();
  await router.close();
  await world.close();
});

/** The engine with the router watch wired as the runtime wires it, on a fake clock. */
async function start(monitor: Record<string, unknown> = {}): Promise<void> {
  const clock = new FakeClock();
  const input = { ...world.settings({ monitor }), router: { enabled: true } };
  part = routerPart(settingsFrom(input), { clock, logger, overrides: standInRouter(router, clock, logger, 50) });
  h = await startEngineHarness(input, { clock, deps: { routerWitness: part.witness } });
  part.attach(h.engine);
  part.watch.start();
  await h.engine.start();
  await h.waitFor(() => checks(4).length === 1 && checks(6).length === 1);
}

const checks = (family: 4 | 6, trigger?: string): CheckEvent[] =>
  h.of('check').filter((c) => c.family === family && (trigger === undefined || c.trigger === trigger));

/** One interval check of both families, by the clock, and its two check events. */
async function intervalCheck(): Promise<[CheckEvent, CheckEvent]> {
  const [n4, n6] = [checks(4).length, checks(6).length];
  await h.clock.advance(60_000);
  await h.waitFor(() => checks(4).length > n4 && checks(6).length > n6);
  return [checks(4)[n4]!, checks(6)[n6]!];
}

describe('the router in detection', () => {
  it('settles steady IPv4 checks by the router, and asks the public sources again after confirmMinutes', async () => {
    await start({ confirmMinutes: 5 });
    const witnessed: boolean[] = [];
    for (let i = 0; i < 5; i++) {
      world.resetCounts();
      const [c4] = await intervalCheck();
      expect(c4.trigger).toBe('interval');
      expect(c4.result).toBe('unchanged');
      witnessed.push(c4.witness !== undefined);
      if (c4.witness) {
        expect(c4.witness).toMatch(/^router (NAT-PMP|PCP)$/);
        expect([c4.requests, world.requests(4)]).toEqual([0, 0]);
        expect(h.engine.getStatus().families.v4.lastCheck).toMatchObject({ requests: 0, witness: c4.witness });
      } else expect(world.requests(4)).toBeGreaterThan(0);
    }
    // Minutes 1-4 rest on the router; at minute 5 the public sources answer again.
    expect(witnessed).toEqual([true, true, true, true, false]);
    // A witness says nothing of the way out: no outage, no news of one.
    expect(h.engine.getStatus().online).toBe(true);
    expect(h.of('offline')).toHaveLength(0);
  });

  it('asks the public sources again after confirmMinutes of running time when the wall clock is set back a day', async () => {
    await start({ confirmMinutes: 5 });
    h.clock.step(-86_400_000);
    const witnessed: boolean[] = [];
    for (let i = 0; i < 5; i++) witnessed.push((await intervalCheck())[0].witness !== undefined);
    // The window runs on the monotonic clock: on the wall clock the router would vouch for a day.
    // (A step forward reads as a wake, whose check asks the public sources at once: triggers.ts.)
    expect(witnessed).toEqual([true, true, true, true, false]);
  });

  it('checks at once when the router announces a new address, and the quorum confirms it', async () => {
    await start();
    await h.waitFor(() => part.watch.announcePort() !== undefined);
    world.setIp(B4, A6);
    await router.setWan(B4, { announceTo: part.watch.announcePort() });
    await h.waitFor(() => h.of('change').some((c) => c.family === 4 && c.to === B4));
    const change = h.of('change').find((c) => c.to === B4)!;
    expect(change).toMatchObject({ from: A4, trigger: 'router' });
    expect(change.sources.length).toBeGreaterThanOrEqual(2);
    // The router now vouches for the new address.
    const [c4] = await intervalCheck();
    expect(c4.witness).toMatch(/^router /);
  });

  it('checks at once when a new address follows a gap with none (a PPPoE reconnect, a DHCP renewal)', async () => {
    await start();
    await h.waitFor(() => part.watch.announcePort() !== undefined);
    // The WAN goes down: the router's announcement brings a round that finds no address.
    await router.setWan(null, { announceTo: part.watch.announcePort() });
    await h.waitFor(() => part.watch.status().state === 'error');
    await h.clock.advance(3_000); // the gap
    world.setIp(B4, A6);
    await router.setWan(B4, { announceTo: part.watch.announcePort() });
    await h.waitFor(() => h.of('change').some((c) => c.family === 4 && c.to === B4));
    expect(h.of('change').find((c) => c.to === B4)).toMatchObject({ from: A4, trigger: 'router' });
    expect(checks(4, 'router')).toHaveLength(1);
  });

  it("does not double the start's check when the router's first answer comes during it", async () => {
    await start();
    await h.waitFor(() => part.watch.status().state === 'ok');
    await intervalCheck();
    expect(checks(4, 'start')).toHaveLength(1);
    expect(checks(4, 'router')).toHaveLength(0);
  });

  it("declares nothing on the router's word alone (double NAT), and keeps asking the public sources", async () => {
    await start();
    await h.waitFor(() => part.watch.announcePort() !== undefined);
    await router.setWan('100.64.7.8', { announceTo: part.watch.announcePort() });
    await h.waitFor(() => checks(4, 'router').length === 1);
    expect(checks(4, 'router')[0]!.result).toBe('unchanged');
    expect(h.of('change').filter((c) => c.family === 4)).toHaveLength(1);
    world.resetCounts();
    const [c4] = await intervalCheck();
    expect(c4.witness).toBeUndefined();
    expect(world.requests(4)).toBeGreaterThan(0);
  });

  it('asks a quorum, over new connections, when the router says so, and once more shortly when the sources lag', async () => {
    await start();
    await h.waitFor(() => part.watch.announcePort() !== undefined);
    // The router is on its new address, but the public sources still see the old one (a NAT
    // that maps connections to the old address for a moment).
    await router.setWan(B4, { announceTo: part.watch.announcePort() });
    await h.waitFor(() => checks(4, 'router').length === 1);
    const first = checks(4, 'router')[0]!;
    expect(first.result).toBe('unchanged');
    // Not the one-answer steady shortcut: the router's news needs a quorum.
    expect(first.attempts.filter((a) => a.ok).length).toBeGreaterThanOrEqual(2);
    world.setIp(B4, A6);
    await h.clock.advance(ROUTER_RECHECK_MS);
    await h.waitFor(() => h.of('change').some((c) => c.family === 4 && c.to === B4));
    expect(h.of('change').find((c) => c.to === B4)).toMatchObject({ from: A4, trigger: 'router' });
    expect(checks(4, 'router')).toHaveLength(2);
  });

  it('asks the public sources when the router stops answering', async () => {
    await start();
    router.setKind('silent');
    world.resetCounts();
    const [c4] = await intervalCheck();
    expect(c4.witness).toBeUndefined();
    expect(c4.result).toBe('unchanged');
    expect(world.requests(4)).toBeGreaterThan(0);
  });

  it('does not ask a router that speaks none of the protocols on every check', async () => {
    router.setKind('silent');
    await start();
    await h.waitFor(() => part.watch.status().state === 'none');
    const asked = router.requests.length;
    world.resetCounts();
    const [c4] = await intervalCheck();
    expect(c4.witness).toBeUndefined();
    expect(world.requests(4)).toBeGreaterThan(0);
    expect(router.requests.length).toBe(asked);
  });

  it('asks the public sources at every check with confirmMinutes 0', async () => {
    await start({ confirmMinutes: 0 });
    world.resetCounts();
    const [c4] = await intervalCheck();
    expect(c4.witness).toBeUndefined();
    expect(world.requests(4)).toBeGreaterThan(0);
  });

  it('lets an IPv6 address of the confirmed /64 on this machine vouch for IPv6', async () => {
    const v6 = {
      netmask: 'ffff:ffff:ffff:ffff::',
      family: 'IPv6',
      mac: '00:00:00:00:00:01',
      internal: false,
      scopeid: 0,
    };
    await start();
    // The same /64 as the public answer, another interface id: a privacy address.
    h.interfaces = {
      ...h.interfaces,
      eth0: [...(h.interfaces.eth0 ?? []), { ...v6, address: '2a02:1:2:3:9::1', cidr: null }],
    } as never;
    world.resetCounts();
    // The new interface address is itself a network change: its check goes public first.
    await h.clock.advance(1100);
    await h.waitFor(() => checks(6, 'network').length === 1);
    await h.clock.advance(10_000);
    await h.waitFor(() => checks(6, 'follow-up').length === 1);
    world.resetCounts();
    const [, c6] = await intervalCheck();
    expect(c6).toMatchObject({ result: 'unchanged', requests: 0, witness: 'interface eth0' });
    expect(world.requests(6)).toBe(0);
  });
});
