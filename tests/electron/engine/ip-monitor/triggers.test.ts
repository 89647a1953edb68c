/**
 * Local change signals (electron/engine/ip-monitor/triggers.ts): the interface signature, and the
 * sampling loop driven by a fake clock.
 */
import type { NetworkInterfaceInfo } from 'node:os';

import { afterEach, describe, expect, it, vi } from 'vitest';

import {
  type InterfaceMap,
  interfaceSignature,
  resumeGapMs,
  Sampler,
  WAKE_COALESCE_MS,
} from '../../../../electron/engine/ip-monitor/triggers';
import { createLogger } from '../../../../electron/engine/logger';
import { FakeClock } from '../../../helpers/fake-clock';

function v4(address: string, internal = false, netmask = '255.255.255.0'): NetworkInterfaceInfo {
  return { address, netmask, family: 'IPv4', mac: '00:11:22:33:44:55', internal, cidr: `${address}/24` };
}
function v6(address: string, internal = false, netmask = 'ffff:ffff:ffff:ffff::'): NetworkInterfaceInfo {
  return { address, netmask, family: 'IPv6', mac: '00:11:22:33:44:55', internal, cidr: `${address}/64`, scopeid: 0 };
}

const LO = [v4('127.0.0.1', true, '255.0.0.0'), v6('::1', true, 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff')];
const HOME: InterfaceMap = { lo: LO, eth0: [v4('192.168.1.10'), v6('2a02:1:2:3::10'), v6('fe80::1')] };

describe('interfaceSignature', () => {
  const sig = interfaceSignature;

  it.each<[label: string, a: InterfaceMap, b: InterfaceMap]>([
    ['loopback (internal) is ignored', HOME, { ...HOME, lo: [] }],
    ['an internal address changing is ignored', HOME, { ...HOME, lo: [v4('127.0.0.2', true, '255.0.0.0')] }],
    [
      'IPv6 link-local is ignored',
      HOME,
      { ...HOME, eth0: [v4('192.168.1.10'), v6('2a02:1:2:3::10'), v6('fe80::abcd')] },
    ],
    [
      'upper-case link-local is ignored too',
      HOME,
      { ...HOME, eth0: [v4('192.168.1.10'), v6('2a02:1:2:3::10'), v6('FE80::1')] },
    ],
    [
      'address order inside an interface',
      HOME,
      { lo: LO, eth0: [v6('fe80::1'), v6('2a02:1:2:3::10'), v4('192.168.1.10')] },
    ],
    [
      'interface order',
      { eth0: [v4('192.168.1.10')], wlan0: [v4('10.0.0.5')] },
      { wlan0: [v4('10.0.0.5')], eth0: [v4('192.168.1.10')] },
    ],
    [
      'an undefined list counts as empty',
      { eth0: [v4('192.168.1.10')], tun0: undefined },
      { eth0: [v4('192.168.1.10')] },
    ],
  ])('same signature: %s', (_label, a, b) => {
    expect(sig(a)).toBe(sig(b));
  });

  it.each<[label: string, a: InterfaceMap, b: InterfaceMap]>([
    ['an added interface', HOME, { ...HOME, wlan0: [v4('10.0.0.5')] }],
    ['an added address', HOME, { ...HOME, eth0: [...HOME.eth0!, v6('2a02:1:2:3::11')] }],
    ['a removed address', HOME, { ...HOME, eth0: [v4('192.168.1.10')] }],
    ['a changed v4 address', HOME, { ...HOME, eth0: [v4('192.168.1.11'), v6('2a02:1:2:3::10'), v6('fe80::1')] }],
    ['a changed v6 prefix', HOME, { ...HOME, eth0: [v4('192.168.1.10'), v6('2a02:1:2:4::10'), v6('fe80::1')] }],
    [
      'a changed netmask',
      HOME,
      { ...HOME, eth0: [v4('192.168.1.10', false, '255.255.0.0'), v6('2a02:1:2:3::10'), v6('fe80::1')] },
    ],
    ['the same address moved to another interface', { eth0: [v4('192.168.1.10')] }, { wlan0: [v4('192.168.1.10')] }],
    ['all addresses gone (cable out)', HOME, { lo: LO }],
  ])('different signature: %s', (_label, a, b) => {
    expect(sig(a)).not.toBe(sig(b));
  });

  it('a machine with only loopback and link-local has an empty signature', () => {
    expect(sig({ lo: LO, eth0: [v6('fe80::1')] })).toBe('');
  });
});

describe('resumeGapMs', () => {
  it.each<[pollMs: number, gap: number]>([
    [250, 15_000],
    [1000, 15_000],
    [3000, 15_000],
    [10_000, 50_000],
  ])('poll %i ms -> %i ms', (pollMs, gap) => {
    expect(resumeGapMs(pollMs)).toBe(gap);
  });
});

describe('Sampler', () => {
  const POLL = 1000;
  let sampler: Sampler | null = null;
  afterEach(() => sampler?.stop());

  /** A sampler over a mutable interface map; `current` is what the next sample reads. */
  function setup(overrides: { watchNetwork?: boolean; read?: () => InterfaceMap } = {}) {
    const clock = new FakeClock();
    const state = { current: HOME };
    const onNetworkChange = vi.fn();
    const onResume = vi.fn();
    const onError = vi.fn();
    sampler = new Sampler({
      clock,
      logger: createLogger('test', { level: 'error', sink: () => undefined }),
      readInterfaces: overrides.read ?? (() => state.current),
      pollMs: POLL,
      watchNetwork: overrides.watchNetwork ?? true,
      onNetworkChange,
      onResume,
      onError,
    });
    sampler.start();
    return { clock, state, onNetworkChange, onResume, onError, sampler };
  }

  it('stays quiet while nothing changes', async () => {
    const s = setup();
    await s.clock.advance(10 * POLL);
    expect(s.onNetworkChange).not.toHaveBeenCalled();
    expect(s.onResume).not.toHaveBeenCalled();
    expect(s.onError).not.toHaveBeenCalled();
  });

  it('a changed interface map calls onNetworkChange once', async () => {
    const s = setup();
    await s.clock.advance(3 * POLL);
    s.state.current = { ...HOME, eth0: [v4('192.168.1.77')] };
    await s.clock.advance(POLL);
    expect(s.onNetworkChange).toHaveBeenCalledTimes(1);
    await s.clock.advance(10 * POLL);
    expect(s.onNetworkChange).toHaveBeenCalledTimes(1);
    expect(s.onResume).not.toHaveBeenCalled();
  });

  it('each new change is reported, including a change back', async () => {
    const s = setup();
    s.state.current = { ...HOME, wlan0: [v4('10.0.0.5')] };
    await s.clock.advance(POLL);
    s.state.current = HOME;
    await s.clock.advance(POLL);
    expect(s.onNetworkChange).toHaveBeenCalledTimes(2);
  });

  it('the same addresses listed in another order are no change; a real change after them is one', async () => {
    const s = setup();
    s.state.current = { eth0: [v6('2a02:1:2:3::10'), v4('192.168.1.10'), v6('fe80::1')], lo: LO };
    await s.clock.advance(2 * POLL);
    expect(s.onNetworkChange).not.toHaveBeenCalled();
    s.state.current = { eth0: [v6('2a02:1:2:3::10'), v4('192.168.1.11'), v6('fe80::1')], lo: LO };
    await s.clock.advance(POLL);
    expect(s.onNetworkChange).toHaveBeenCalledTimes(1);
  });

  it('a change of ignored addresses only (link-local) is not reported', async () => {
    const s = setup();
    s.state.current = { ...HOME, eth0: [v4('192.168.1.10'), v6('2a02:1:2:3::10'), v6('fe80::beef')] };
    await s.clock.advance(3 * POLL);
    expect(s.onNetworkChange).not.toHaveBeenCalled();
  });

  it.each<[label: string, jumpMs: number, resumed: boolean]>([
    ['a jump of one minute (slept)', 60_000, true],
    ['a jump of one hour', 3_600_000, true],
    ['a jump just past poll + resume gap', POLL + 15_000 + 1, true],
    ['a jump of exactly poll + resume gap', POLL + 15_000, false],
    ['a jump of a few seconds (busy event loop)', 5_000, false],
  ])('%s -> resume %s', async (_label, jumpMs, resumed) => {
    const s = setup();
    await s.clock.advance(2 * POLL);
    s.clock.jump(jumpMs);
    await s.clock.advance(0);
    if (resumed) {
      expect(s.onResume).toHaveBeenCalledTimes(1);
      expect(s.onResume).toHaveBeenCalledWith(jumpMs);
    } else {
      expect(s.onResume).not.toHaveBeenCalled();
    }
    await s.clock.advance(5 * POLL);
    expect(s.onResume).toHaveBeenCalledTimes(resumed ? 1 : 0);
  });

  it.each([
    ['set back a day', -86_400_000],
    ['set forward a year', 365 * 86_400_000],
  ])(
    'the system saying it woke: one wake within WAKE_COALESCE_MS of real time with the wall clock %s',
    async (_, step) => {
      const s = setup();
      expect(s.sampler.wake()).toBe(true);
      s.clock.step(step);
      // The unlock that follows the resume is the same wake...
      expect(s.sampler.wake()).toBe(false);
      // ...and one a coalescing window after the last resume reported is a new one (the clock watch's
      // first look after the step may report one: how it tells a step from a sleep is its own matter).
      await s.clock.advance(POLL);
      await s.clock.advance(WAKE_COALESCE_MS);
      expect(s.sampler.wake()).toBe(true);
    },
  );

  it('a resume with changed interfaces is reported once, as a resume', async () => {
    const s = setup();
    s.state.current = { lo: LO, wlan0: [v4('10.0.0.5')] };
    s.clock.jump(60_000);
    await s.clock.advance(0);
    expect(s.onResume).toHaveBeenCalledTimes(1);
    expect(s.onNetworkChange).not.toHaveBeenCalled();
    await s.clock.advance(3 * POLL);
    expect(s.onNetworkChange).not.toHaveBeenCalled();
  });

  it('a throwing reader calls onError and the loop keeps going', async () => {
    const failure = new Error('uv_interface_addresses failed');
    let calls = 0;
    let current = HOME;
    const s = setup({
      read: () => {
        calls += 1;
        if (calls === 3) throw failure;
        return current;
      },
    });
    await s.clock.advance(2 * POLL); // reads 2 (ok) and 3 (throws)
    expect(s.onError).toHaveBeenCalledTimes(1);
    expect(s.onError).toHaveBeenCalledWith(failure);
    expect(s.onNetworkChange).not.toHaveBeenCalled();
    expect(s.clock.pending).toBe(1);

    current = { ...HOME, wlan0: [v4('10.0.0.5')] };
    await s.clock.advance(POLL);
    expect(s.onNetworkChange).toHaveBeenCalledTimes(1);
    expect(s.onError).toHaveBeenCalledTimes(1);
  });

  it('a reader that throws at start still samples afterwards', async () => {
    let calls = 0;
    const s = setup({
      read: () => {
        calls += 1;
        if (calls === 1) throw new Error('boom');
        return calls < 4 ? HOME : { lo: LO };
      },
    });
    expect(s.onError).toHaveBeenCalledTimes(1);
    await s.clock.advance(4 * POLL);
    expect(s.onNetworkChange).toHaveBeenCalledTimes(1);
  });

  it('watchNetwork false suppresses network changes but not resumes', async () => {
    const s = setup({ watchNetwork: false });
    s.state.current = { ...HOME, wlan0: [v4('10.0.0.5')] };
    await s.clock.advance(3 * POLL);
    expect(s.onNetworkChange).not.toHaveBeenCalled();
    s.clock.jump(60_000);
    await s.clock.advance(0);
    expect(s.onResume).toHaveBeenCalledTimes(1);
  });

  it('turning watchNetwork on later reports the next change', async () => {
    const s = setup({ watchNetwork: false });
    s.state.current = { ...HOME, wlan0: [v4('10.0.0.5')] };
    await s.clock.advance(POLL);
    s.sampler.update({ watchNetwork: true });
    await s.clock.advance(2 * POLL);
    expect(s.onNetworkChange).not.toHaveBeenCalled();
    s.state.current = HOME;
    await s.clock.advance(POLL);
    expect(s.onNetworkChange).toHaveBeenCalledTimes(1);
  });

  it('stop() ends the loop', async () => {
    const s = setup();
    s.sampler.stop();
    expect(s.clock.pending).toBe(0);
    s.state.current = { lo: LO };
    s.clock.jump(60_000);
    await s.clock.advance(10 * POLL);
    expect(s.onNetworkChange).not.toHaveBeenCalled();
    expect(s.onResume).not.toHaveBeenCalled();
  });

  it('keeps exactly one timer while running', async () => {
    const s = setup();
    expect(s.clock.pending).toBe(1);
    await s.clock.advance(5 * POLL);
    expect(s.clock.pending).toBe(1);
    s.sampler.update({ pollMs: 5000 });
    expect(s.clock.pending).toBe(1);
  });
});
