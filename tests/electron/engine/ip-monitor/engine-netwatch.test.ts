/**
 * The engine with an interface event source (ip-monitor/engine.ts over triggers.ts and
 * netwatch/): an event starts the network check, and while events work no poll runs (the
 * interfaces are not read however long the clock runs); where the source's program is missing
 * the poll runs and the status says so; and, with root and iproute2, the real `ip monitor` in
 * a network namespace, whose addresses and default routes the engine reads.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { EngineDeps } from '../../../../electron/engine/ip-monitor/engine';
import { osNetWatch } from '../../../../electron/engine/netwatch';
import {
  IP_MONITOR_ARGS,
  ipLineMatters,
  ipMonitorSpec,
  parseIpMonitorLine,
} from '../../../../electron/engine/netwatch/ip-monitor';
import { readProcDefaultRoutes } from '../../../../electron/engine/netwatch/proc-routes';
import type { CheckEvent } from '../../../../shared/types';
import { type EngineHarness, iface, startEngineHarness } from '../../../helpers/engine';
import { type LineRelay, startLineRelay } from '../../../helpers/line-relay';
import { createNetns, type Netns, netnsInterfaces, netnsSupport } from '../../../helpers/netns';
import { until } from '../../../helpers/until';
import { startWorld, type World } from '../../../helpers/world';

const A4 = '81.2.69.142';
const B4 = '81.2.69.200';
const A6 = '2a02:1:2:3::5';
const SETTLE_MS = 100; // world.settings()'s networkSettleMs
const POLL_MS = 1000; // world.settings()'s networkPollMs
const NEW_ADDRESS =
  '3: eth0    inet 192.168.1.77/24 scope global dynamic eth0\\       valid_lft 3600sec preferred_lft 3600sec\n';

let world: World;
let h: EngineHarness | null = null;
/** Interface readings by the engine so far. */
let reads = 0;
beforeEach(async () => {
  world = await startWorld(A4, A6);
  reads = 0;
});
afterEach(async () => {
  await h?.close();
  h = null;
  await world.close();
});

const checks = (trigger: CheckEvent['trigger']) => h!.of('check').filter((c) => c.trigger === trigger);
const changesSeen = () => h!.logs.filter((l) => l.message === 'network interfaces changed: checking').length;

/** A harness whose interface reads are counted: `read` gives the table (the harness's own by default). */
async function startWith(
  deps: EngineDeps['netWatch'],
  read?: () => ReturnType<NonNullable<EngineDeps['readInterfaces']>>,
) {
  h = await startEngineHarness(world.settings(), {
    deps: {
      netWatch: deps,
      readInterfaces: () => {
        reads++;
        return read ? read() : h!.interfaces;
      },
    },
  });
  await h.engine.start();
  await h.waitFor((e) => e.filter((x) => x.type === 'check').length === 2);
}

/** While events work the interfaces are read only when an event comes: not as the clock runs. */
async function noPoll() {
  const before = reads;
  await h!.clock.advance(10 * POLL_MS);
  expect(reads).toBe(before);
}

/** After the engine saw a change: the settle delay, then the network check of both families. */
async function networkCheck(nth = 1) {
  await until(() => changesSeen() >= nth, { what: 'the engine told of the change' });
  await h!.clock.advance(SETTLE_MS);
  await h!.waitFor(() => checks('network').length === 2 * nth);
}

describe('the engine with an event source', () => {
  let relay: LineRelay;
  beforeEach(async () => {
    relay = await startLineRelay();
  });
  afterEach(async () => {
    await h?.close();
    h = null;
    await relay.close();
  });

  it('an event starts the network check; no poll runs while events work', async () => {
    const spec = relay.spec(() => (line) => ipLineMatters(parseIpMonitorLine(line)));
    await startWith({ spec, none: null, readRoutes: () => '' });
    await relay.connected(1);
    await until(() => h!.engine.getStatus().interfaces.watch === 'netlink', { what: 'events in use' });
    await noPoll();
    // A quiet minute: the interval check runs, the interfaces are not read.
    const quiet = reads;
    await h!.clock.advance(60_000);
    await h!.waitFor(() => checks('interval').length === 2);
    expect(reads).toBe(quiet);

    world.setIp(B4, A6);
    h!.interfaces = iface('192.168.1.77');
    relay.write(NEW_ADDRESS);
    await networkCheck();
    await h!.waitFor((e) => e.some((x) => x.type === 'change' && x.to === B4 && x.trigger === 'network'));
    expect(reads).toBe(quiet + 1);
    expect(h!.engine.getStatus().interfaces).toMatchObject({ watch: 'netlink', reason: null });
    expect(h!.engine.getStatus().interfaces.lastChangeAt).not.toBeNull();
  });
});

describe('the engine without the event source’s program', () => {
  let empty: string;
  beforeEach(() => {
    empty = mkdtempSync(path.join(os.tmpdir(), 'ipw-nopath-'));
  });
  afterEach(() => rmSync(empty, { recursive: true, force: true }));

  it('PATH without ip: the status says poll and why, and the poll finds the change', async () => {
    await startWith(osNetWatch('linux', { PATH: empty }));
    expect(h!.engine.getStatus().interfaces).toEqual({
      watch: 'poll',
      reason: 'ip (iproute2) is not in PATH',
      reasonCode: { code: 'reason.watch.noIp', values: {} },
      lastChangeAt: null,
    });
    const before = reads;
    await h!.clock.advance(3 * POLL_MS);
    expect(reads).toBe(before + 3);
    world.setIp(B4, A6);
    h!.interfaces = iface('192.168.1.77');
    await h!.clock.advance(POLL_MS);
    await networkCheck();
  });
});

const support = netnsSupport();
describe.skipIf(support.skip)(
  `the engine on ip monitor in a network namespace${support.why ? ` (${support.why})` : ''}`,
  () => {
    let ns: Netns;
    beforeEach(() => {
      ns = createNetns('engine');
      ns.ip('addr', 'add', '192.0.2.10/24', 'dev', 'v0');
      ns.ip('route', 'add', 'default', 'via', '192.0.2.1');
    });
    afterEach(async () => {
      await h?.close();
      h = null;
      ns.close();
    });

    async function start() {
      const spec = { ...ipMonitorSpec(process.env, 'ip', null), ...ns.exec(['ip', ...IP_MONITOR_ARGS]) };
      await startWith({ spec, none: null, readRoutes: () => readProcDefaultRoutes(ns.procNet) }, () =>
        netnsInterfaces(ns),
      );
      await until(() => h!.engine.getStatus().interfaces.watch === 'netlink' && ns.netlinkListening(), {
        what: 'ip monitor listening',
      });
      await noPoll();
    }

    it('a new address: the network check, and the change it finds', async () => {
      await start();
      world.setIp(B4, A6);
      ns.ip('addr', 'add', '198.51.100.7/24', 'dev', 'v0');
      await networkCheck();
      await h!.waitFor((e) => e.some((x) => x.type === 'change' && x.to === B4 && x.trigger === 'network'));
    });

    it('the default route to another gateway, no address changed: a network check too', async () => {
      await start();
      ns.ip('route', 'replace', 'default', 'via', '192.0.2.2');
      await networkCheck();
    });

    it('a link-local address alone is read and dropped: the next real change is the first check', async () => {
      await start();
      ns.ip('-6', 'addr', 'add', 'fe80::99/64', 'dev', 'v1', 'nodad');
      // Sent first, so read first: once the real change is seen, the link-local one was dropped.
      ns.ip('addr', 'add', '198.51.100.7/24', 'dev', 'v0');
      await networkCheck();
      expect(changesSeen()).toBe(1);
    });
  },
);
