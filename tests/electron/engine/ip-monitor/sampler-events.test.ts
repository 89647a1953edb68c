/**
 * The sampler with an event source (electron/engine/ip-monitor/triggers.ts): a real child (the
 * line relay) plays the OS's event stream, read by the real `ip monitor` reader; the clock is
 * fake, so what is scheduled is seen exactly. With events there is no poll: one look at the
 * clock every CLOCK_WATCH_MS. Without them (none, not installed, died) the poll runs, and the
 * status says why.
 */
import type { NetworkInterfaceInfo } from 'node:os';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import {
  BURST_MS,
  CLOCK_WATCH_MS,
  type InterfaceMap,
  Sampler,
  type SamplerOptions,
  watchMode,
} from '../../../../electron/engine/ip-monitor/triggers';
import { createLogger } from '../../../../electron/engine/logger';
import { ipLineMatters, ipMonitorSpec, parseIpMonitorLine } from '../../../../electron/engine/netwatch/ip-monitor';
import type { WatchKind, WatchSpec } from '../../../../electron/engine/netwatch/types';
import { FakeClock } from '../../../helpers/fake-clock';
import { type LineRelay, startLineRelay } from '../../../helpers/line-relay';
import { until } from '../../../helpers/until';

describe('watchMode', () => {
  it.each<[networkWatch: boolean, running: WatchKind | null, mode: string]>([
    [false, null, 'off'],
    [false, 'netlink', 'off'],
    [true, 'netlink', 'netlink'],
    [true, 'route-socket', 'route-socket'],
    [true, null, 'poll'],
  ])('networkWatch %s, source %s -> %s', (watch, running, mode) => {
    expect(watchMode(watch, running)).toBe(mode);
  });
});

const POLL = 1000;
const v4 = (address: string): NetworkInterfaceInfo => ({
  address,
  netmask: '255.255.255.0',
  family: 'IPv4',
  mac: '00:11:22:33:44:55',
  internal: false,
  cidr: `${address}/24`,
});
const HOME: InterfaceMap = { eth0: [v4('192.168.1.10')] };
const NEW_ADDRESS =
  '3: eth0    inet 192.168.1.77/24 scope global dynamic eth0\\       valid_lft 3600sec preferred_lft 3600sec\n';
const SAME_ADDRESS =
  '3: eth0    inet 192.168.1.10/24 scope global dynamic eth0\\       valid_lft 3600sec preferred_lft 3600sec\n';
const NOISE = 'local 192.168.1.10 dev eth0 table local proto kernel scope host src 192.168.1.10 \n';

let relay: LineRelay;
let sampler: Sampler | null = null;
beforeEach(async () => {
  relay = await startLineRelay();
});
afterEach(async () => {
  sampler?.stop();
  sampler = null;
  await relay.close();
});

/** A sampler over the relay (or `events`), counting its interface reads; `lines` is every line the reader saw. */
function setup(over: Partial<SamplerOptions> = {}) {
  const clock = new FakeClock();
  const t = {
    clock,
    current: HOME,
    reads: 0,
    lines: [] as string[],
    onNetworkChange: vi.fn(),
    onResume: vi.fn(),
    onError: vi.fn(),
  };
  const reader: WatchSpec['reader'] = () => (line) => {
    t.lines.push(line);
    return ipLineMatters(parseIpMonitorLine(line));
  };
  sampler = new Sampler({
    clock,
    logger: createLogger('test', { level: 'error', sink: () => undefined }),
    readInterfaces: () => {
      t.reads++;
      return t.current;
    },
    events: relay.spec(reader),
    pollMs: POLL,
    watchNetwork: true,
    onNetworkChange: t.onNetworkChange,
    onResume: t.onResume,
    onError: t.onError,
    ...over,
  });
  sampler.start();
  return { ...t, sampler, get: () => t };
}

async function running(s: ReturnType<typeof setup>, runs = 1) {
  await relay.connected(runs);
  await until(() => s.sampler.status().watch === 'netlink', { what: 'the event source running' });
}

describe('Sampler with an event source', () => {
  it('while it runs: status netlink, one timer (the clock, every 15 s), no interface read however long', async () => {
    const s = setup();
    await running(s);
    expect(s.sampler.status()).toEqual({ watch: 'netlink', reason: null, lastChangeAt: null });
    expect(s.clock.dueTimes).toEqual([s.clock.now() + CLOCK_WATCH_MS]);
    const reads = s.get().reads;
    await s.clock.advance(10 * 60_000);
    expect(s.get().reads).toBe(reads);
    expect(s.clock.pending).toBe(1);
    expect(s.onNetworkChange).not.toHaveBeenCalled();
    expect(s.onResume).not.toHaveBeenCalled();
  });

  it('an event with a new address: one re-sample at once, one change, its time in the status', async () => {
    const s = setup();
    await running(s);
    const reads = s.get().reads;
    s.get().current = { eth0: [v4('192.168.1.77')] };
    relay.write(NEW_ADDRESS);
    await until(() => s.onNetworkChange.mock.calls.length === 1, { what: 'the change' });
    expect(s.get().reads).toBe(reads + 1);
    expect(s.sampler.status().lastChangeAt).toBe(s.clock.now());
  });

  it('the same address announced again (lifetimes renewed) is read, and is no change', async () => {
    const s = setup();
    await running(s);
    const reads = s.get().reads;
    relay.write(SAME_ADDRESS);
    await until(() => s.get().reads === reads + 1, { what: 'the re-sample' });
    expect(s.onNetworkChange).not.toHaveBeenCalled();
  });

  it('a line that cannot matter (a local-table route) is not even a re-sample', async () => {
    const s = setup();
    await running(s);
    const reads = s.get().reads;
    relay.write(NOISE);
    // A chunk's lines are read and its re-sample done in one go: once the line is seen, so would the read be.
    await until(() => s.get().lines.includes(NOISE.slice(0, -1)), { what: 'the line read' });
    expect(s.get().reads).toBe(reads);
  });

  it('a burst: one re-sample at its first event, one more at its end for the rest', async () => {
    const s = setup();
    await running(s);
    const reads = s.get().reads;
    relay.write(SAME_ADDRESS);
    await until(() => s.get().reads === reads + 1);
    s.get().current = { eth0: [v4('192.168.1.77')] };
    for (let i = 0; i < 5; i++) relay.write(NEW_ADDRESS);
    await until(() => s.get().lines.length >= 6, { what: 'the burst read' });
    expect(s.get().reads).toBe(reads + 1);
    await s.clock.advance(BURST_MS);
    expect(s.get().reads).toBe(reads + 2);
    expect(s.onNetworkChange).toHaveBeenCalledTimes(1);
    await s.clock.advance(BURST_MS);
    expect(s.get().reads).toBe(reads + 2);
  });

  it('an event after a wall-clock jump is a resume, with the state after it as the baseline', async () => {
    const s = setup();
    await running(s);
    s.clock.jump(3_600_000);
    s.get().current = { wlan0: [v4('10.0.0.5')] };
    relay.write(NEW_ADDRESS);
    await until(() => s.onResume.mock.calls.length === 1, { what: 'the resume' });
    expect(s.onResume.mock.calls[0]![0]).toBeGreaterThanOrEqual(3_600_000);
    expect(s.onNetworkChange).not.toHaveBeenCalled();
    relay.write(SAME_ADDRESS);
    await until(() => s.get().lines.length >= 2);
    await s.clock.advance(BURST_MS);
    expect(s.onNetworkChange).not.toHaveBeenCalled();
  });

  it('without events, the clock watch alone sees a sleep', async () => {
    const s = setup();
    await running(s);
    s.clock.jump(60_000);
    await s.clock.advance(0);
    expect(s.onResume).toHaveBeenCalledTimes(1);
  });

  it('the source dies: the poll takes over (status says why), and gives way when the source is back', async () => {
    const s = setup();
    await running(s);
    process.kill(relay.pid());
    await until(() => s.sampler.status().watch === 'poll', { what: 'the fallback' });
    expect(s.sampler.status().reason).toMatch(/ exited \(SIGTERM\); starting it again in 1 s$/);
    // The poll (1 s) and the restart (1 s after the death) are what is scheduled.
    expect(s.clock.dueTimes).toEqual([s.clock.now() + POLL, s.clock.now() + 1000]);
    s.get().current = { eth0: [v4('192.168.1.77')] };
    await s.clock.advance(POLL);
    expect(s.onNetworkChange).toHaveBeenCalledTimes(1);
    await running(s, 2);
    expect(s.clock.dueTimes).toEqual([s.clock.now() + CLOCK_WATCH_MS]);
  });

  it('a change while the source was down and not yet polled is caught when it is back', async () => {
    const s = setup({ pollMs: 5000 });
    await running(s);
    process.kill(relay.pid());
    await until(() => s.sampler.status().watch === 'poll');
    s.get().current = { eth0: [v4('192.168.1.77')] };
    await s.clock.advance(1000);
    await running(s, 2);
    expect(s.onNetworkChange).toHaveBeenCalledTimes(1);
    expect(s.clock.dueTimes).toEqual([s.clock.now() + CLOCK_WATCH_MS]);
  });

  it('a command that is not there: the poll, from the start, and the status says so', async () => {
    const s = setup({ events: ipMonitorSpec(process.env, '/nonexistent/ip', null) });
    await until(() => s.sampler.status().reason?.includes('ENOENT') === true, { what: 'the failure' });
    expect(s.sampler.status()).toEqual({
      watch: 'poll',
      reason: '/nonexistent/ip cannot be run (ENOENT)',
      reasonCode: {
        code: 'reason.watch.stopped',
        values: expect.objectContaining({ what: 'cannotRun', command: '/nonexistent/ip', code: 'ENOENT', retry: 'no' }),
      },
      lastChangeAt: null,
    });
    expect(s.clock.dueTimes).toEqual([s.clock.now() + POLL]);
    s.get().current = { eth0: [v4('192.168.1.77')] };
    await s.clock.advance(POLL);
    expect(s.onNetworkChange).toHaveBeenCalledTimes(1);
  });

  it('no source on this system: the poll, with the reason given', () => {
    const s = setup({ events: null, noEvents: 'Windows has no interface event source without a native module' });
    expect(s.sampler.status()).toEqual({
      watch: 'poll',
      reason: 'Windows has no interface event source without a native module',
      lastChangeAt: null,
    });
    expect(s.clock.dueTimes).toEqual([s.clock.now() + POLL]);
  });

  it('networkWatch off: no child, no reads, the clock only; on again: the source starts', async () => {
    const s = setup({ watchNetwork: false });
    expect(s.sampler.status().watch).toBe('off');
    expect(s.clock.dueTimes).toEqual([s.clock.now() + CLOCK_WATCH_MS]);
    const reads = s.get().reads;
    await s.clock.advance(5 * CLOCK_WATCH_MS);
    expect(s.get().reads).toBe(reads);
    expect(relay.runs).toBe(0);
    s.sampler.update({ watchNetwork: true });
    await running(s);
  });

  it('a settings update that changes neither keeps the same child', async () => {
    const s = setup();
    await running(s);
    s.sampler.update({ watchNetwork: true, pollMs: POLL });
    s.sampler.update({ pollMs: 5000 });
    expect(s.sampler.status().watch).toBe('netlink');
    relay.write(SAME_ADDRESS);
    await until(() => s.get().lines.length === 1);
    expect(relay.runs).toBe(1);
  });
});
