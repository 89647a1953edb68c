/**
 * The dashboard's insight through the real store on disk: uptime over 24 h / 30 d / 1 y over
 * monitored time, the recent checks (kept across a restart), the mean time an address is held
 * and the latest outages.
 */
import { describe, expect, it } from 'vitest';

import { decodeChecks, encodeChecks, type RecentCheck } from '../../../../electron/engine/store/recent-checks';
import type { CheckRecord } from '../../../../electron/engine/store/types';
import type { CheckResult } from '../../../../shared/types';
import { change, DAY, HOUR, MIN, openTest } from './helpers';

const check = (family: 4 | 6, at: number, result?: CheckResult, ip: string | null = '203.0.113.7'): CheckRecord => ({
  family,
  ip,
  at,
  trigger: 'interval',
  sources: ['ipify'],
  ...(result ? { result } : {}),
});

describe('recent checks, packed', () => {
  it.each<[string, RecentCheck[], number[]]>([
    ['none', [], []],
    ['one at the epoch, unchanged', [{ at: 0, result: 'unchanged' }], [0]],
    [
      'delays after the first, result in the low bits',
      [
        { at: 15, result: 'changed' },
        { at: 16, result: 'unavailable' },
      ],
      [15 * 8 + 2, 1 * 8 + 4],
    ],
    ['a time past seven bits in two bytes', [{ at: 16, result: 'changed' }], [0x80 | ((16 * 8 + 2) % 0x80), 1]],
    [
      'sorted by time first',
      [
        { at: 20, result: 'uncertain' },
        { at: 10, result: 'confirmed' },
      ],
      [10 * 8 + 1, 10 * 8 + 3],
    ],
  ])('%s', (_name, checks, bytes) => {
    expect([...encodeChecks(checks)]).toEqual(bytes);
    expect(decodeChecks(Uint8Array.from(bytes))).toEqual([...checks].sort((a, b) => a.at - b.at));
  });

  it('round-trips real times exactly', () => {
    const checks: RecentCheck[] = [
      { at: Date.UTC(2026, 10, 25, 9), result: 'unchanged' },
      { at: Date.UTC(2026, 10, 25, 9, 1), result: 'disabled' },
    ];
    expect(decodeChecks(encodeChecks(checks))).toEqual(checks);
  });

  it.each([
    ['cut short', [0x80]],
    ['an unknown result', [7]],
  ])('a damaged blob (%s) is an error that says so', (_name, bytes) => {
    expect(() => decodeChecks(Uint8Array.from(bytes))).toThrow(/damaged recent checks/);
  });
});

describe('insight', () => {
  it('keeps the newest checks of each family with their results, across a restart', async () => {
    const { store, clock, dataDir } = await openTest();
    const t0 = clock.now();
    for (let i = 0; i < 130; i++) store.recordCheck(check(4, t0 + i * MIN, i === 128 ? 'uncertain' : 'unchanged'));
    store.recordCheck(check(6, t0, undefined, null));
    store.recordCheck(check(6, t0 + MIN, undefined, '2001:db8::1'));
    const first = store.insight({ checks: 3 });
    expect(first.checks.v4).toEqual([
      { at: t0 + 127 * MIN, result: 'unchanged' },
      { at: t0 + 128 * MIN, result: 'uncertain' },
      { at: t0 + 129 * MIN, result: 'unchanged' },
    ]);
    // Without a result from the monitor, the address says it: none is unavailable.
    expect(first.checks.v6.map((c) => c.result)).toEqual(['unavailable', 'unchanged']);
    await store.close();
    const again = await openTest({ dataDir, clock });
    const kept = again.store.insight({ checks: 100 }).checks;
    expect(kept.v4).toHaveLength(100);
    expect(kept.v4[0]!.at).toBe(t0 + 30 * MIN);
    expect(kept.v4.at(-1)).toEqual({ at: t0 + 129 * MIN, result: 'unchanged' });
    expect(kept.v6).toHaveLength(2);
    await again.store.close();
  });

  it('keeps a check that sent no request (no source) as no-source, apart from one nothing answered, across a restart', async () => {
    const { store, clock, dataDir } = await openTest();
    const t0 = clock.now();
    store.recordCheck({ ...check(4, t0, 'unavailable', null), sources: [], requests: 0 });
    store.recordCheck({ ...check(4, t0 + MIN, 'unavailable', null), sources: [], requests: 3 });
    // A writer that does not say how many requests went out: as before, unavailable.
    store.recordCheck(check(4, t0 + 2 * MIN, 'unavailable', null));
    const want = [
      { at: t0, result: 'no-source' },
      { at: t0 + MIN, result: 'unavailable' },
      { at: t0 + 2 * MIN, result: 'unavailable' },
    ];
    expect(store.insight({ checks: 10 }).checks.v4).toEqual(want);
    // The recent events (Activity) tell them apart as the strip does, newest first.
    expect(
      store
        .recentEvents(10)
        .filter((e) => e.type === 'check')
        .map((e) => e.type === 'check' && e.result),
    ).toEqual(['unavailable', 'unavailable', 'no-source']);
    await store.close();
    const again = await openTest({ dataDir, clock });
    expect(again.store.insight({ checks: 10 }).checks.v4).toEqual(want);
    await again.store.close();
  });

  it('reads a row kept before no-source existed as it was: unavailable', () => {
    const old = encodeChecks([{ at: 10, result: 'unavailable' }]);
    expect([...old]).toEqual([10 * 8 + 4]);
    expect(decodeChecks(old)).toEqual([{ at: 10, result: 'unavailable' }]);
    expect([...encodeChecks([{ at: 10, result: 'no-source' }])]).toEqual([10 * 8 + 6]);
  });

  it('measures uptime over monitored time for the last 24 h, 30 d and year', async () => {
    const { store, clock } = await openTest();
    const t0 = clock.now();
    store.startSession(t0);
    store.recordCheck(check(4, t0));
    await clock.advance(2 * DAY);
    // One hour offline in the last day, six more a week ago: neither counts the unmonitored time.
    store.recordOutage({ start: t0 + 40 * HOUR, end: t0 + 41 * HOUR, cause: 'no source answered' });
    store.recordOutage({ start: t0 + 2 * HOUR, end: t0 + 8 * HOUR, cause: 'no source answered' });
    const { uptime } = store.insight();
    expect(uptime.map((u) => [u.label, u.days, u.from])).toEqual([
      ['24 h', 1, t0 + DAY],
      ['30 d', 30, t0 + 2 * DAY - 30 * DAY],
      ['1 y', 365, t0 + 2 * DAY - 365 * DAY],
    ]);
    expect(uptime[0]).toMatchObject({ monitoredMs: DAY, offlineMs: HOUR, percent: 95.83 });
    // The month and the year saw only the two monitored days.
    expect(uptime[1]).toMatchObject({ monitoredMs: 2 * DAY, offlineMs: 7 * HOUR, percent: 85.41 });
    expect(uptime[2]).toMatchObject({ monitoredMs: 2 * DAY, offlineMs: 7 * HOUR });
    await store.close();
  });

  it('has no uptime where nothing was monitored', async () => {
    const { store } = await openTest();
    expect(store.insight().uptime.map((u) => u.percent)).toEqual([null, null, null]);
    await store.close();
  });

  it('holds an address, on average, from its first sighting to the next address', async () => {
    const { store, clock } = await openTest();
    const t0 = clock.now();
    store.recordChange(change(4, null, '203.0.113.1', t0));
    store.recordChange(change(4, '203.0.113.1', '203.0.113.2', t0 + 2 * DAY));
    store.recordChange(change(4, '203.0.113.2', '203.0.113.3', t0 + 5 * DAY));
    store.recordChange(change(6, null, '2001:db8::1', t0));
    const { held } = store.insight();
    expect(held.v4).toEqual({ meanMs: 2.5 * DAY, addresses: 2 });
    // One address, still held: no change to measure yet.
    expect(held.v6).toEqual({ meanMs: null, addresses: 0 });
    await store.close();
  });

  it('lists the latest outages first, an open one lasting until now', async () => {
    const { store, clock } = await openTest();
    const t0 = clock.now();
    store.startSession(t0);
    for (let i = 0; i < 4; i++)
      store.recordOutage({ start: t0 + i * HOUR, end: t0 + i * HOUR + (i + 1) * MIN, cause: `cause ${i}` });
    store.recordOutage({ start: t0 + 5 * HOUR, end: null, cause: 'no source answered' });
    await clock.advance(5 * HOUR + 3 * MIN);
    const { outages } = store.insight({ outages: 3 });
    expect(outages.total).toBe(5);
    expect(outages.items).toEqual([
      { start: t0 + 5 * HOUR, end: null, durationMs: 3 * MIN, cause: 'no source answered' },
      { start: t0 + 3 * HOUR, end: t0 + 3 * HOUR + 4 * MIN, durationMs: 4 * MIN, cause: 'cause 3' },
      { start: t0 + 2 * HOUR, end: t0 + 2 * HOUR + 3 * MIN, durationMs: 3 * MIN, cause: 'cause 2' },
    ]);
    await store.close();
  });

  it('reads a read-only store, and refuses its checks', async () => {
    const { store, clock, dataDir } = await openTest();
    store.recordCheck(check(4, clock.now()));
    await store.close();
    const ro = await openTest({ dataDir, clock, readOnly: true });
    expect(ro.store.insight().checks.v4).toHaveLength(1);
    expect(() => ro.store.recordCheck(check(4, clock.now() + MIN))).toThrow(/read-only/);
    await ro.store.close();
  });
});
