/**
 * The built headless runner behind Debian's real miniupnpd (the router lab,
 * tests/helpers/router-lab.ts): the runner in `lan` with the router watch on, its sources the
 * lab's "public" IP echo services in `wan` (three providers, so the default quorum of two can
 * confirm), IPv6 routed without NAT. A new WAN address on the router must reach the runner as
 * the router's own announcement and come out as a `change` line with trigger 'router', confirmed
 * by the public sources; a steady interval check the router (IPv4) or the interface (IPv6)
 * vouches for asks no public source. A reconnect (the WAN address gone for a few seconds, then a
 * new one) is a change the router's news finds at once too; a VPN on the runner's host is told
 * as a VPN, not CGNAT. Times are printed, never asserted.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { LAB6 } from '../../../fixtures/router/lab-files';
import {
  buildRunnerBundle,
  type LabRunner,
  type RunnerLine,
  startLabRunner,
} from '../../../fixtures/router/lab-runner';
import { labSources, startWanEchoes, type WanEchoes } from '../../../fixtures/router/wan-echo-client';
import { LAB, routerLabPeer, type RouterLab, startRouterLab } from '../../../helpers/router-lab';

const OUT = path.resolve(import.meta.dirname, '../../../../out', `lab-runner-test-${process.pid}`);
/** Inside the lab only; miniupnpd refuses 198.51.100/24 and 203.0.113/24 as reserved. */
const NEW_WAN = '11.0.4.2';
/** The address after the reconnect's gap. */
const AFTER_GAP = '11.0.5.2';
/** How long the router holds no WAN address: a PPPoE reconnect or a DHCP renewal takes a few seconds. */
const GAP_MS = 3_000;
const V6 = LAB6.lanAddress.split('/')[0]!;
/** Generous: each wait inside has its own bound (60 s) and says what it waited for; a busy CI machine is slow, not wrong. */
const TEST_MS = 120_000;

const is =
  (type: string, family: 4 | 6, more: (l: RunnerLine) => boolean = () => true) =>
  (l: RunnerLine) =>
    l.type === type && l.family === family && more(l);

describe.skipIf(routerLabPeer.skip)('the built runner behind the lab router (root, ip netns, miniupnpd)', () => {
  let lab: RouterLab;
  let echoes: WanEchoes;
  let runner: LabRunner;

  beforeAll(async () => {
    const file = await buildRunnerBundle(path.join(OUT, 'index.js'));
    lab = await startRouterLab({ ipv6: true });
    echoes = await startWanEchoes(lab);
    runner = await startLabRunner(lab, {
      file,
      // Default settings but for the sources (the lab's echoes only) and the shortest interval, so a steady check comes soon.
      settings: { monitor: { intervalSec: 10 }, sources: { builtIn: false, custom: labSources(true) } },
      // Debug, for the router watch's round during the gap ("router gave no address").
      env: { IPWATCH_LOG_LEVEL: 'debug' },
    });
  }, 120_000);

  afterAll(async () => {
    let code: number | null | undefined;
    try {
      code = await runner?.stop();
      await lab?.stop();
    } finally {
      await rm(OUT, { recursive: true, force: true });
    }
    // A clean stop on SIGTERM, as a service manager expects.
    if (runner) expect(code).toBe(0);
  }, 30_000);

  it(
    'confirms the router WAN address (IPv4, through its NAT) and the LAN address (IPv6, routed)',
    async () => {
      const v4 = await runner.waitFor(
        is('check', 4, (l) => l.ip !== null),
        { timeoutMs: 60_000, what: 'an IPv4 answer' },
      );
      const v6 = await runner.waitFor(
        is('check', 6, (l) => l.ip !== null),
        { timeoutMs: 60_000, what: 'an IPv6 answer' },
      );
      expect(v4).toMatchObject({ trigger: 'start', result: 'confirmed', ip: '11.0.0.2' });
      expect(v6).toMatchObject({ trigger: 'start', result: 'confirmed', ip: V6 });
      expect(echoes.requests.filter((r) => r.family === 4).every((r) => r.from === '11.0.0.2')).toBe(true);
    },
    TEST_MS,
  );

  it(
    'a new WAN address: the router announces it, and a router-triggered check confirms the change',
    async () => {
      // The router answered the runner once (its watch logs the address): from then on a change is news to it.
      await runner.waitForLog(/router answered.*11\.0\.0\.2/, {
        timeoutMs: 30_000,
        what: "the router watch's first answer",
      });
      const from = runner.lines.length;
      const changedAt = await lab.setWanAddress(`${NEW_WAN}/24`);
      const change = await runner.waitFor(is('change', 4), {
        from,
        timeoutMs: 60_000,
        what: `the change to ${NEW_WAN}`,
      });
      const check = await runner.waitFor(
        is('check', 4, (l) => l.trigger === change.trigger),
        {
          from,
          timeoutMs: 10_000,
          what: 'the check that found it',
        },
      );
      console.log(
        `[router lab] WAN change to the change line: ${(change.seenAt - changedAt).toFixed(1)} ms ` +
          `(trigger ${String(change.trigger)}; the check took ${String(check.durationMs)} ms with ${String(check.requests)} requests)`,
      );
      expect(change).toMatchObject({ from: '11.0.0.2', to: NEW_WAN, trigger: 'router' });
      expect((change.sources as string[]).length).toBeGreaterThanOrEqual(2);
      expect(check).toMatchObject({ result: 'changed', ip: NEW_WAN });
    },
    TEST_MS,
  );

  it(
    'a steady interval check the router (IPv4) or the interface (IPv6) vouches for asks no public source',
    async () => {
      const from = runner.lines.length;
      const since = Date.now();
      const v4 = await runner.waitFor(
        is('check', 4, (l) => l.trigger === 'interval'),
        {
          from,
          timeoutMs: 60_000,
          what: 'a steady IPv4 interval check',
        },
      );
      const v6 = await runner.waitFor(
        is('check', 6, (l) => l.trigger === 'interval'),
        {
          from,
          timeoutMs: 60_000,
          what: 'a steady IPv6 interval check',
        },
      );
      expect(v4).toMatchObject({
        result: 'unchanged',
        ip: NEW_WAN,
        requests: 0,
        witness: expect.stringMatching(/^router /),
      });
      expect(v6).toMatchObject({ result: 'unchanged', ip: V6, requests: 0, witness: 'interface eth0' });
      // What the echoes saw agrees: nothing asked of them since these checks began, by either
      // family. (Counted from the checks' own start, not from the test's: a request the
      // router check before left outrun may still arrive after a TCP retransmit.)
      const began = Math.min(Number(v4.at), Number(v6.at));
      expect(began).toBeGreaterThanOrEqual(since);
      expect([echoes.count(4, began), echoes.count(6, began)]).toEqual([0, 0]);
    },
    TEST_MS,
  );
  it(
    'a reconnect: the WAN address gone for 3 s, then a new one; a router-triggered check confirms the change',
    async () => {
      // Just after a steady check, so the next one (10 s on) cannot be what finds the change.
      await runner.waitFor(
        is('check', 4, (l) => l.trigger === 'interval'),
        {
          from: runner.lines.length,
          timeoutMs: 60_000,
          what: 'a steady IPv4 check before the gap',
        },
      );
      const mark = runner.logMark();
      const droppedAt = await lab.dropWanAddress();
      // The router tells its subscribers (GENA NOTIFY `Disconnected`), and the watch's round finds no address.
      await runner.waitForLog(/router gave no address/, {
        since: mark,
        timeoutMs: 10_000,
        what: 'the round in the gap',
      });
      // The gap's length is the scenario itself, not a wait for something to happen.
      await new Promise((r) => setTimeout(r, Math.max(0, droppedAt + GAP_MS - Date.now())));
      const from = runner.lines.length;
      const addedAt = await lab.addWanAddress(`${AFTER_GAP}/24`);
      const change = await runner.waitFor(is('change', 4), {
        from,
        timeoutMs: 60_000,
        what: `the change to ${AFTER_GAP} after the gap`,
      });
      console.log(
        `[router lab] a ${GAP_MS} ms gap, then a new WAN address to the change line: ` +
          `${(change.seenAt - addedAt).toFixed(1)} ms (trigger ${String(change.trigger)})`,
      );
      expect(change).toMatchObject({ from: NEW_WAN, to: AFTER_GAP, trigger: 'router' });
      expect((change.sources as string[]).length).toBeGreaterThanOrEqual(2);
    },
    TEST_MS,
  );
  it(
    'a VPN comes up (the default route through a tun device): the verdict says so, not CGNAT, and back when it goes',
    async () => {
      const ip = (...args: string[]) => lab.exec('lan', ['ip', ...args]);
      let from = runner.lines.length;
      // As a VPN client sets it up: its device, the echoes' (its server's) route kept on the LAN, the default through the tunnel.
      await ip('tuntap', 'add', 'dev', 'tun0', 'mode', 'tun');
      await ip('addr', 'add', '10.8.0.6/24', 'dev', 'tun0');
      await ip('link', 'set', 'tun0', 'up');
      await ip('route', 'add', `${LAB.upstream}/32`, 'via', LAB.gateway);
      await ip('route', 'replace', 'default', 'dev', 'tun0');
      const up = await runner.waitFor((l) => l.type === 'nat', {
        from,
        timeoutMs: 30_000,
        what: 'the NAT verdict after the VPN came up',
      });
      expect(up).toMatchObject({ from: 'nat', to: 'vpn' });
      from = runner.lines.length;
      await ip('route', 'replace', 'default', 'via', LAB.gateway);
      await ip('link', 'del', 'tun0');
      const down = await runner.waitFor((l) => l.type === 'nat', {
        from,
        timeoutMs: 30_000,
        what: 'the NAT verdict after the VPN went',
      });
      expect(down).toMatchObject({ from: 'vpn', to: 'nat' });
    },
    TEST_MS,
  );
});
