/** The policy's truth tables (written beside each reducer in electron/engine/notify/policy/), row by row. */
import { describe, expect, it } from 'vitest';

import {
  initialPolicyState,
  policyConfig,
  policyStep,
  policyWake,
  type PolicyInput,
} from '../../../../electron/engine/notify/policy';
import {
  degradedCheck,
  degradedJudge,
  degradedSource,
  emptyDegraded,
  type Degraded,
} from '../../../../electron/engine/notify/policy/degraded';
import { flapChange, flapTick, type Held } from '../../../../electron/engine/notify/policy/flap';
import { frequentChange } from '../../../../electron/engine/notify/policy/frequent';
import { outageOffline, outageOnline, outageTick, type Outage } from '../../../../electron/engine/notify/policy/outage';
import type { CheckResult } from '../../../../shared/types';
import { change, notifySettings } from './helpers';

const A = '203.0.113.1';
const B = '198.51.100.2';
const C = '192.0.2.3';
const W = 60_000;

const kinds = (out: { kind: string }[]) => out.map((n) => n.kind);

describe('flap suppression', () => {
  const held: Held = change(A, B, 1000);
  it.each<[string, Held, ReturnType<typeof change> | number, number, string[], string | null]>([
    // label, held, input (change or tick time), window, notices out, held after (to)
    ['none + change, W = 0: sent at once', null, change(A, B, 1000), 0, ['ipv4-changed'], null],
    ['none + change, W > 0: held', null, change(A, B, 1000), W, [], B],
    ['H + change back within W: one flap', held, change(B, A, 30_000), W, ['flap'], null],
    ['H + change onwards within W: H released, new held', held, change(B, C, 30_000), W, ['ipv4-changed'], C],
    [
      'H + change from elsewhere (missed step): H released, new held',
      held,
      change(C, A, 30_000),
      W,
      ['ipv4-changed'],
      A,
    ],
    [
      'H + change back after W: H released, then the back change held',
      held,
      change(B, A, 1000 + W),
      W,
      ['ipv4-changed'],
      A,
    ],
    ['H + tick before W: nothing', held, 1000 + W - 1, W, [], B],
    ['H + tick at W: released', held, 1000 + W, W, ['ipv4-changed'], null],
    ['none + tick: nothing', null, 5000, W, [], null],
  ])('%s', (_label, h, input, window, out, after) => {
    const r = typeof input === 'number' ? flapTick(h, input, window) : flapChange(h, input, window);
    expect(kinds(r.out)).toEqual(out);
    expect(r.held?.to ?? null).toBe(after);
  });

  it('a flap names both addresses and how long the middle one lasted', () => {
    const r = flapChange(held, change(B, A, 46_000), W);
    expect(r.out[0]).toMatchObject({ kind: 'flap', address: A, via: B, viaMs: 45_000, family: 4 });
  });

  it('the released change keeps its original time and old-address age', () => {
    const r = flapTick(change(A, B, 1000, 4, 500), 1000 + W, W);
    expect(r.out[0]).toMatchObject({ kind: 'ipv4-changed', at: 1000, from: A, to: B, fromSince: 500 });
  });
});

describe('offline / online', () => {
  const AFTER = 60_000;
  const open = (reported: boolean): Outage => ({ since: 0, cause: 'no route', reported });
  const offline = (at: number) => ({ type: 'offline' as const, at, cause: 'no route' });
  const online = (at: number, offlineMs: number) => ({ type: 'online' as const, at, offlineMs });
  it.each<[string, Outage | null, 'offline' | 'online' | 'tick', number, number, string[], Outage | null | 'same']>([
    // label, outage, input, at, afterMs / offlineMs, notices, outage after
    [
      'none + offline, A = 0: reported at once',
      null,
      'offline',
      0,
      0,
      ['offline'],
      { since: 0, cause: 'no route', reported: true },
    ],
    ['none + offline, A > 0: waits', null, 'offline', 0, AFTER, [], { since: 0, cause: 'no route', reported: false }],
    ['S + offline again: keeps the first since', open(false), 'offline', 5000, AFTER, [], 'same'],
    [
      'unreported + tick at A: offline',
      open(false),
      'tick',
      AFTER,
      AFTER,
      ['offline'],
      { since: 0, cause: 'no route', reported: true },
    ],
    ['unreported + tick before A: nothing', open(false), 'tick', AFTER - 1, AFTER, [], 'same'],
    ['reported + online: online', open(true), 'online', 90_000, 90_000, ['online'], null],
    ['unreported + short online: quiet', open(false), 'online', 10_000, 10_000, [], null],
    ['unreported + long online (timer late): online', open(false), 'online', 70_000, 70_000, ['online'], null],
    ['none + long online (restarted while offline): online', null, 'online', 70_000, 70_000, ['online'], null],
    ['none + short online: quiet', null, 'online', 1000, 1000, [], null],
  ])('%s', (_label, o, input, at, n, out, after) => {
    const r =
      input === 'offline'
        ? outageOffline(o, offline(at), n)
        : input === 'online'
          ? outageOnline(o, online(at, n), AFTER)
          : outageTick(o, at, n);
    expect(kinds(r.out)).toEqual(out);
    expect(r.outage).toEqual(after === 'same' ? o : after);
  });

  it('online carries the outage length', () => {
    expect(outageOnline(open(true), online(90_000, 90_000), AFTER).out[0]).toMatchObject({
      kind: 'online',
      offlineMs: 90_000,
    });
  });
});

describe('frequent changes', () => {
  const cfg = { count: 3, windowMs: 3600_000 };
  it.each<[string, number[], boolean, number, string[], boolean]>([
    // label, earlier change times, alerted, now, notices, alerted after
    ['n < N: nothing', [0], false, 1000, [], false],
    ['n reaches N: warn once', [0, 1000], false, 2000, ['frequent-changes'], true],
    ['alerted and still n >= N: quiet', [0, 1000, 2000], true, 3000, [], true],
    ['alerted, old ones left the window: re-armed', [0, 1000], true, 3600_000 + 1500, [], false],
  ])('%s', (_label, times, alerted, now, out, after) => {
    const r = frequentChange({ times, alerted }, 4, now, cfg);
    expect(kinds(r.out)).toEqual(out);
    expect(r.state.alerted).toBe(after);
  });
});

describe('detection degraded', () => {
  const cfg = { uncertainChecks: 3, openSources: 2 };
  const withStreak = (n: number, degraded = false): Degraded => ({
    ...emptyDegraded(),
    uncertain: { v4: n, v6: 0 },
    degraded,
  });
  it.each<[string, Degraded, boolean, string[], boolean]>([
    // label, state after the input, offline, notices, degraded after
    ['healthy: nothing', withStreak(0), false, [], false],
    ['streak reaches U: degraded', withStreak(3), false, ['degraded'], true],
    ['open reaches O: degraded', { ...emptyDegraded(), open: ['a', 'b'] }, false, ['degraded'], true],
    ['still degraded: quiet', withStreak(4, true), false, [], true],
    ['recovered: back to normal', withStreak(0, true), false, ['degraded'], false],
    ['offline: never reported', withStreak(5), true, [], false],
  ])('%s', (_label, s, offline, out, after) => {
    const r = degradedJudge(s, 1000, offline, cfg);
    expect(kinds(r.out)).toEqual(out);
    expect(r.state.degraded).toBe(after);
  });

  const check = (result: CheckResult) => ({
    type: 'check' as const,
    at: 0,
    family: 4 as const,
    trigger: 'interval' as const,
    result,
    ip: null,
    requests: 2,
    durationMs: 10,
    attempts: [],
  });
  it.each<[CheckResult, number]>([
    ['uncertain', 3],
    ['unavailable', 2],
    ['unchanged', 0],
    ['confirmed', 0],
    ['changed', 0],
    ['disabled', 0],
  ])('a check ending %s leaves the IPv4 streak of 2 at %d', (result, streak) => {
    expect(degradedCheck(withStreak(2), check(result)).uncertain.v4).toBe(streak);
  });

  it.each([
    ['open', ['x', 's']],
    ['half-open', ['x', 's']],
    ['closed', ['x']],
  ] as const)('a source going %s', (to, open) => {
    const s = degradedSource(
      { ...emptyDegraded(), open: ['x', 's'] },
      { type: 'source-health', at: 0, sourceId: 's', from: 'closed', to, reason: '' },
    );
    expect(s.open).toEqual(open);
  });

  it('the notice says why', () => {
    const r = degradedJudge({ ...withStreak(3), open: ['ipify', 'seeip'] }, 0, false, cfg);
    expect(r.out[0]).toMatchObject({
      degraded: true,
      reason: 'no quorum in the last 3 IPv4 checks; 2 sources failing (ipify, seeip)',
    });
  });
});

describe('policyStep (composition)', () => {
  const cfg = policyConfig(notifySettings([], { flapWindowSec: 60, offlineAfterSec: 60 }));
  const run = (inputs: PolicyInput[], c = cfg) => {
    let s = initialPolicyState();
    const out: string[] = [];
    for (const i of inputs) {
      const r = policyStep(s, i, c);
      s = r.state;
      out.push(...r.notices.map((n) => n.kind));
    }
    return { s, out };
  };

  it('started is reported only when the startup setting is on', () => {
    const started: PolicyInput = { type: 'started', at: 0, v4: A, v6: null };
    expect(run([started]).out).toEqual([]);
    expect(run([started], { ...cfg, startup: true }).out).toEqual(['started']);
  });

  it('the first sighting of an address (from null) is not a change notice', () => {
    const now = policyConfig(notifySettings([], { flapWindowSec: 0 }));
    expect(run([change(null, A, 0)], now).out).toEqual([]);
    expect(run([change(null, A, 0), change(A, B, 1000)], now).out).toEqual(['ipv4-changed']);
  });

  it('any input first releases what fell due before it', () => {
    const { out } = run([change(A, B, 0), { type: 'offline', at: 61_000, cause: 'x' }]);
    expect(out).toEqual(['ipv4-changed']);
  });

  it('families are held independently', () => {
    const { s, out } = run([
      change(A, B, 0, 4),
      change('2001:db8::1', '2001:db8:1::1', 10_000, 6),
      change(B, A, 20_000, 4),
    ]);
    expect(out).toEqual(['flap']);
    expect(s.held.v6?.to).toBe('2001:db8:1::1');
  });

  it('policyWake is the earliest due time', () => {
    const { s } = run([{ type: 'offline', at: 5000, cause: 'x' }, change(A, B, 1000)]);
    expect(policyWake(s, cfg)).toBe(61_000);
    expect(policyWake(initialPolicyState(), cfg)).toBeNull();
  });

  it('a flapping line: the flaps and the frequent-changes warning', () => {
    const inputs = [change(A, B, 0), change(B, A, 10_000), change(A, B, 20_000), change(B, A, 30_000)];
    expect(run(inputs).out).toEqual(['flap', 'frequent-changes', 'flap']);
  });

  it('cgnat events are not notices', () => {
    expect(run([{ type: 'cgnat', at: 0, family: 4, address: '100.64.0.1', sourceId: 'x' }]).out).toEqual([]);
  });
});
