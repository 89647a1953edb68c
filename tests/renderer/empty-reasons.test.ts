import { describe, expect, it } from 'vitest';

import type { StatsReport } from '../../renderer/src/api/types';
import {
  addressesEmpty,
  changesEmpty,
  latencyEmpty,
  notMonitored,
  speedEmpty,
  uptimeEmpty,
} from '../../renderer/src/charts/empty-reasons';
import type { SpeedStatus, SpeedTestResult } from '../../shared/contract/speed';
import { english } from '../../shared/i18n/translators';

const D = 86_400_000;
const family = { changes: 0, meanTimeBetweenChangesMs: null, longestRun: null };
const day = (percent: number | null) => ({ start: 0, label: 'd', percent, offlineMs: 0, monitoredMs: percent ? D : 0 });
const source = (ok: number, fail: number) => ({
  source: 'dns-v4',
  ok,
  fail,
  successRate: null,
  meanLatencyMs: null,
  maxLatencyMs: null,
  hours: [],
});
const facts = (addresses: number, firstSeen: number | null = addresses > 0 ? 0 : null) => ({ addresses, firstSeen });

function report(over: { changes?: number; days?: (number | null)[]; sources?: StatsReport['sources'] }): StatsReport {
  return {
    from: 0,
    to: 30 * D,
    changes: { total: over.changes ?? 0, perDay: [], perWeek: [], perMonth: [] },
    uptime: { percent: null, offlineMs: 0, monitoredMs: 0, until: null, perDay: (over.days ?? []).map(day) },
    families: { v4: family, v6: family },
    sources: over.sources ?? [],
  };
}

describe('why a chart is empty', () => {
  it.each([
    ['addresses: some', facts(3), null],
    [
      'addresses: none yet (a fresh install before its first check)',
      facts(0, null),
      'No address recorded yet: the first check that finds one starts the history ("Check now" on the dashboard runs one).',
    ],
    [
      'addresses: none in this period, older ones before it',
      facts(0, 5),
      'No address was recorded in this period: a longer period holds the older ones.',
    ],
  ])('%s', (_name, f, text) => {
    expect(addressesEmpty(f, english)).toBe(text);
  });

  it.each([
    ['changes: some', report({ changes: 2 }), 3, null],
    ['changes: nothing recorded', report({}), 0, 'No changes in this period: no address was recorded.'],
    [
      'changes: one address all along (the first one seen is no change)',
      report({}),
      1,
      'No changes in this period: no address replaced another (the first address seen is not a change). A new address draws a bar here.',
    ],
  ])('%s', (_name, r, addresses, text) => {
    expect(changesEmpty(r, facts(addresses), english)).toBe(text);
  });

  it.each([
    ['uptime: a day monitored', report({ days: [null, 100] }), 4, null],
    ['uptime: a day at 0 % beside one online is a figure', report({ days: [0, null, 40] }), 4, null],
    [
      'uptime: 0 % on every monitored day draws nothing, said in words (issue 75)',
      {
        ...report({ days: [0, null, 0] }),
        uptime: { ...report({ days: [0, null, 0] }).uptime, monitoredMs: 2 * 3600_000 },
      },
      4,
      'Nothing to draw: IPWatch was offline for all 2 h it monitored in this period, so every day reads 0 % online.',
    ],
    [
      'uptime: imported days only',
      report({ days: [null, null] }),
      36,
      'Uptime per day needs checks made by IPWatch: the days in this period have imported addresses only. Its own checks fill it from now on.',
    ],
    [
      'uptime: nothing at all',
      report({ days: [null] }),
      0,
      'Nothing monitored in this period yet: each check while IPWatch monitors fills it ("Check now" on the dashboard runs one).',
    ],
  ])('%s', (_name, r, addresses, text) => {
    expect(uptimeEmpty(r, facts(addresses), english)).toBe(text);
  });

  it.each([
    ['latency: a line to draw', report({}), 1, 5, null],
    [
      'latency: sources that only failed',
      report({ sources: [source(0, 3)] }),
      0,
      5,
      'No source answered in this period, so there is no answer time to draw: the Sources card on the dashboard says why each failed.',
    ],
    [
      'latency: imported addresses only',
      report({}),
      0,
      36,
      'Source latency needs checks made by IPWatch: the history of this period has imported addresses only. Its own checks fill it from now on.',
    ],
    [
      'latency: nothing at all',
      report({}),
      0,
      0,
      'No source answer time in this period yet: each check adds one per source that answers ("Check now" on the dashboard runs one).',
    ],
  ])('%s', (_name, r, lines, addresses, text) => {
    expect(latencyEmpty(r, lines, facts(addresses), english)).toBe(text);
  });

  it('says why a day has no uptime', () => {
    expect(notMonitored(facts(3), english)).toBe('not monitored (imported days have addresses only)');
    expect(notMonitored(facts(0), english)).toBe('not monitored');
  });
});

const speedStatus = (enabled: boolean, nextAt: number | null = null): SpeedStatus => ({
  enabled,
  runningSince: null,
  last: null,
  nextAt,
  skipped: null,
  metered: null,
});
const test = (at: number, error: string | null): SpeedTestResult => ({
  id: at,
  at,
  trigger: 'manual',
  server: 'speed.example',
  family: 4,
  downloadMbps: error ? null : 90,
  uploadMbps: error ? null : 20,
  latencyMs: error ? null : 12,
  jitterMs: error ? null : 1,
  bytes: 0,
  durationMs: 1000,
  cut: null,
  error,
});

describe('why the speed chart is empty', () => {
  it.each([
    [
      'off (no card and no button on the dashboard): where to switch them on',
      [],
      speedStatus(false),
      null,
      'No speed test in this period: speed tests are off. Switch them on in Settings, "Speed test"; then "Run a speed test" on the dashboard runs one.',
    ],
    [
      'an engine without speed tests',
      [],
      undefined,
      null,
      'No speed test in this period: speed tests are off. Switch them on in Settings, "Speed test"; then "Run a speed test" on the dashboard runs one.',
    ],
    [
      'on, without a schedule',
      [],
      speedStatus(true),
      null,
      'No speed test in this period: "Run a speed test" on the dashboard runs one, or set a schedule in Settings, "Speed test".',
    ],
    [
      'on, with a schedule',
      [],
      speedStatus(true, 5),
      'at 9:00 AM',
      'No speed test in this period: "Run a speed test" on the dashboard runs one, and the next scheduled one runs at 9:00 AM.',
    ],
    ['one measured among failures', [test(1, 'timed out'), test(2, null)], speedStatus(true), null, null],
    [
      'every test failed: the last one says why',
      [test(2, 'the server refused'), test(1, 'timed out')],
      speedStatus(true),
      null,
      'All 2 speed tests of this period failed; the last: the server refused.',
    ],
    [
      'the one test failed',
      [test(1, 'timed out')],
      speedStatus(true),
      null,
      'The speed test of this period failed: timed out.',
    ],
  ] as const)('%s', (_name, tests, status, next, text) => {
    expect(speedEmpty(tests, status, next, english)).toBe(text);
  });
});
