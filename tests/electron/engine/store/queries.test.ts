import { beforeAll, describe, expect, it } from 'vitest';

import type { HistoryQuery, HistoryStore } from '../../../../electron/engine/store';
import type { FakeClock } from '../../../helpers/fake-clock';
import { change, DAY, HOUR, MIN, openTest } from './helpers';

const T0 = Date.UTC(2025, 0, 6); // a Monday
let store: HistoryStore;
let clock: FakeClock;

/**
 * Four v4 addresses on days 0, 1, 3 and 10 (12:00; the one of day 3 seen until 20:00), one v6 address, an outage of six hours
 * on day 2 and one still open since day 11 18:00; now is day 12 00:00.
 */
beforeAll(async () => {
  ({ store, clock } = await openTest({ dataDir: ':memory:', statsRetentionDays: 5 }));
  store.startSession(T0); // monitored from day 0 until now
  // Written in the order it happened: the history's order is the order of writing (store/sequence.ts).
  store.recordChange(change(6, null, '2001:4860:1:2::1', T0 + 5 * MIN));
  const v4 = [
    [0, '203.0.113.1'],
    [1, '203.0.113.2'],
    [3, '198.51.100.3'],
    [10, '198.51.100.4'],
  ] as const;
  let prev: string | null = null;
  for (const [day, ip] of v4) {
    store.recordChange(change(4, prev, ip, T0 + day * DAY + 12 * HOUR));
    store.recordCheck({
      family: 4,
      ip,
      at: T0 + day * DAY + (day === 3 ? 20 : 13) * HOUR,
      trigger: 'interval',
      sources: ['ipify'],
    });
    prev = ip;
  }
  store.recordChange(change(4, '198.51.100.3', '198.51.100.4', T0 + 10 * DAY + 12 * HOUR)); // a replay: ignored
  store.recordOutage({ start: T0 + 2 * DAY, end: T0 + 2 * DAY + 6 * HOUR, cause: 'wifi' });
  store.recordOutage({ start: T0 + 11 * DAY + 18 * HOUR, end: null, cause: 'cable' });
  for (let h = 0; h < 12 * 24; h++) {
    const at = T0 + h * HOUR;
    store.recordSourceAttempt({ sourceId: 'ipify', at, ok: true, latencyMs: 100 });
    store.recordSourceAttempt({ sourceId: 'ipify', at: at + MIN, ok: h % 4 !== 0, latencyMs: 300 });
    store.recordSourceAttempt({ sourceId: 'stun', at, ok: true, latencyMs: 20 });
  }
  clock.set(T0 + 12 * DAY);
});

const ips = (q: HistoryQuery) => store.history(q).items.map((r) => r.ip);

describe('history query', () => {
  it.each<[string, HistoryQuery, string[]]>([
    [
      'everything, newest first',
      {},
      ['198.51.100.4', '198.51.100.3', '203.0.113.2', '203.0.113.1', '2001:4860:1:2::1'],
    ],
    ['IPv4 only', { family: 4 }, ['198.51.100.4', '198.51.100.3', '203.0.113.2', '203.0.113.1']],
    ['IPv6 only', { family: 6 }, ['2001:4860:1:2::1']],
    ['IP text', { ip: '198.51' }, ['198.51.100.4', '198.51.100.3']],
    ['IP text is literal, not a pattern', { ip: '203_0' }, []],
    ['IPv6 text, any case', { ip: '2001:4860:1:2::1'.toUpperCase() }, ['2001:4860:1:2::1']],
    [
      'runs overlapping a date range',
      { family: 4, from: T0 + 1 * DAY + 13 * HOUR, to: T0 + 3 * DAY + 12 * HOUR },
      ['198.51.100.3', '203.0.113.2'],
    ],
    ['a page', { limit: 2, offset: 1 }, ['198.51.100.3', '203.0.113.2']],
  ])('%s', (_name, query, expected) => {
    expect(ips(query)).toEqual(expected);
  });

  it('reports totals and clamps paging', () => {
    const page = store.history({ family: 4, limit: 5000, offset: -3 });
    expect(page).toMatchObject({ total: 4, limit: 1000, offset: 0 });
    expect(page.items[0]).toMatchObject({ checks: 2, change: { from: '198.51.100.3', trigger: 'interval' } });
    expect(page.items[3]?.change).toMatchObject({ from: null });
  });

  it('gives the current state', () => {
    expect(store.currentState()).toEqual({
      v4: { family: 4, ip: '198.51.100.4', since: T0 + 10 * DAY + 12 * HOUR, lastSeen: T0 + 10 * DAY + 13 * HOUR },
      v6: { family: 6, ip: '2001:4860:1:2::1', since: T0 + 5 * MIN, lastSeen: T0 + 5 * MIN },
      outage: { start: T0 + 11 * DAY + 18 * HOUR, end: null, cause: 'cable' },
    });
  });
});

describe('stats', () => {
  it('counts changes per day, week and month, each family apart; a first address is no change', () => {
    const s = store.stats({ from: T0, to: T0 + 12 * DAY - 1 });
    // Day 0's first IPv4 and IPv6 addresses start the history: no address was replaced.
    expect(s.changes.total).toBe(3);
    expect(s.changes.perDay).toHaveLength(12);
    expect(s.changes.perDay[0]).toMatchObject({ label: '2025-01-06', count: 0, v4: 0, v6: 0 });
    expect(s.changes.perDay.filter((d) => d.count).map((d) => [d.label, d.count, d.v4, d.v6])).toEqual([
      ['2025-01-07', 1, 1, 0],
      ['2025-01-09', 1, 1, 0],
      ['2025-01-16', 1, 1, 0],
    ]);
    expect(s.changes.perWeek.map((w) => [w.label, w.count])).toEqual([
      ['2025-01-06', 2],
      ['2025-01-13', 1],
    ]);
    expect(s.changes.perMonth).toEqual([{ start: Date.UTC(2025, 0, 1), label: '2025-01', count: 3, v4: 3, v6: 0 }]);
  });

  it("counts days from a zone's midnights when asked (the Charts page asks for its reader's)", () => {
    const s = store.stats({ from: T0, to: T0 + 12 * DAY - 1, tz: 'America/New_York' });
    // T0 is 19:00 on Sunday 5 January in New York (EST, UTC-5): its first day is that Sunday's last five hours.
    expect(s.changes.perDay[0]).toMatchObject({ label: '2025-01-05', start: Date.UTC(2025, 0, 5, 5) });
    expect(s.changes.perDay[1]).toMatchObject({ label: '2025-01-06', start: Date.UTC(2025, 0, 6, 5) });
    // Changes at 12:00 UTC are at 07:00 in New York: the same days.
    expect(s.changes.perDay.filter((d) => d.count).map((d) => d.label)).toEqual([
      '2025-01-07',
      '2025-01-09',
      '2025-01-16',
    ]);
    // Weeks from Monday 00:00 New York time: the first is the one before (T0 is a Sunday there).
    expect(s.changes.perWeek.map((w) => [w.label, w.count])).toEqual([
      ['2024-12-30', 0],
      ['2025-01-06', 2],
      ['2025-01-13', 1],
    ]);
    // The outage of day 2 00:00-06:00 UTC is 19:00-01:00 there: five hours of 7 January, one of the 8th.
    const byLabel = new Map(s.uptime.perDay.map((d) => [d.label, d]));
    expect(byLabel.get('2025-01-07')!.offlineMs).toBe(5 * HOUR);
    expect(byLabel.get('2025-01-08')!.offlineMs).toBe(HOUR);
    // The same time in all: only the days differ.
    expect(s.uptime.offlineMs).toBe(store.stats({ from: T0, to: T0 + 12 * DAY - 1 }).uptime.offlineMs);
  });

  it('computes uptime per day from offline spans, an open one running to now', () => {
    const s = store.stats({ from: T0, to: T0 + 12 * DAY });
    const byLabel = new Map(s.uptime.perDay.map((d) => [d.label, d.percent]));
    expect(byLabel.get('2025-01-07')).toBe(100);
    expect(byLabel.get('2025-01-08')).toBe(75);
    expect(byLabel.get('2025-01-17')).toBe(75);
    expect(s.uptime.offlineMs).toBe(12 * HOUR);
    expect(s.uptime.percent).toBeCloseTo(100 * (1 - 12 / (12 * 24)), 2);
  });

  it('gives mean time between changes and the longest run', () => {
    const s = store.stats({ from: T0, to: T0 + 12 * DAY });
    expect(s.families.v4.changes).toBe(3);
    // Between the changes of days 1, 3 and 10: the first address (day 0) is no change.
    expect(s.families.v4.meanTimeBetweenChangesMs).toBe((9 * DAY) / 2);
    expect(s.families.v4.longestRun).toMatchObject({ ip: '198.51.100.3', durationMs: 8 * HOUR });
    expect(s.families.v6).toMatchObject({ changes: 0, meanTimeBetweenChangesMs: null });
  });

  it('reports per-source success rate and latency, hourly inside retention and daily after rollup', () => {
    const s = store.stats({ from: T0, to: T0 + 12 * DAY });
    const ipify = s.sources.find((x) => x.source === 'ipify');
    expect(ipify).toMatchObject({ ok: 288 + 216, fail: 72, successRate: 0.875, maxLatencyMs: 300 });
    expect(ipify?.meanLatencyMs).toBe(Math.round((288 * 100 + 216 * 300) / 504));
    // Retention is 5 days: days 0..6 are rolled up, days 7..11 keep their hours.
    expect(ipify?.hours).toHaveLength(5 * 24);
    expect(ipify?.hours[0]).toEqual({ hour: T0 + 7 * DAY, ok: 1, fail: 1, meanLatencyMs: 100, maxLatencyMs: 100 });
    expect(s.sources.find((x) => x.source === 'stun')).toMatchObject({
      ok: 288,
      fail: 0,
      successRate: 1,
      meanLatencyMs: 20,
    });
  });

  it('sums the same totals without the hourly series', () => {
    const period = { from: T0, to: T0 + 12 * DAY };
    const withHours = store.stats(period).sources;
    const without = store.stats({ ...period, hourly: false }).sources;
    expect(without).toEqual(withHours.map((s) => ({ ...s, hours: [] })));
  });

  it('defaults to the last 30 days and rejects a reversed period', () => {
    expect(store.stats()).toMatchObject({ from: T0 + 12 * DAY - 30 * DAY, to: T0 + 12 * DAY });
    expect(() => store.stats({ from: T0 + DAY, to: T0 })).toThrow(/before/);
  });
});

describe('audit log', () => {
  it('records who did what, newest first', () => {
    store.audit({ actor: 'ui', action: 'settings.update', detail: 'interval=60', result: 'ok', at: T0 });
    store.audit({ actor: 'discord:42', action: 'bot.check', result: 'denied' });
    expect(store.auditLog().map((e) => [e.actor, e.action, e.result])).toEqual([
      ['discord:42', 'bot.check', 'denied'],
      ['ui', 'settings.update', 'ok'],
    ]);
    expect(store.auditLog({ limit: 1, offset: 1 })[0]).toMatchObject({ at: T0, detail: 'interval=60' });
  });
});
