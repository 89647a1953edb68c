import { describe, expect, it } from 'vitest';

import type { StatsReport } from '../../renderer/src/api/types';
import { changesEmpty, latencyEmpty, notMonitored, uptimeEmpty } from '../../renderer/src/charts/empty-reasons';

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

function report(over: { changes?: number; days?: (number | null)[]; sources?: StatsReport['sources'] }): StatsReport {
  return {
    from: 0,
    to: 30 * D,
    changes: { total: over.changes ?? 0, perDay: [], perWeek: [], perMonth: [] },
    uptime: { percent: null, offlineMs: 0, monitoredMs: 0, perDay: (over.days ?? []).map(day) },
    families: { v4: family, v6: family },
    sources: over.sources ?? [],
  };
}

describe('why a chart is empty', () => {
  it.each([
    ['changes: some', report({ changes: 2 }), 3, null],
    ['changes: nothing recorded', report({}), 0, 'No changes in this period: no address was recorded.'],
    [
      'changes: one address all along (the first one seen is no change)',
      report({}),
      1,
      'No changes in this period: no address replaced another (the first address seen is not a change).',
    ],
  ])('%s', (_name, r, addresses, text) => {
    expect(changesEmpty(r, { addresses })).toBe(text);
  });

  it.each([
    ['uptime: a day monitored', report({ days: [null, 100] }), 4, null],
    ['uptime: a day at 0 % is a figure', report({ days: [0] }), 4, null],
    [
      'uptime: imported days only',
      report({ days: [null, null] }),
      36,
      'Uptime per day needs checks made by IPWatch: the days in this period have imported addresses only.',
    ],
    ['uptime: nothing at all', report({ days: [null] }), 0, 'Nothing monitored in this period yet.'],
  ])('%s', (_name, r, addresses, text) => {
    expect(uptimeEmpty(r, { addresses })).toBe(text);
  });

  it.each([
    ['latency: a line to draw', report({}), 1, 5, null],
    [
      'latency: sources that only failed',
      report({ sources: [source(0, 3)] }),
      0,
      5,
      'No source answered in this period, so there is no answer time to draw.',
    ],
    [
      'latency: imported addresses only',
      report({}),
      0,
      36,
      'Source latency needs checks made by IPWatch: the history of this period has imported addresses only.',
    ],
    ['latency: nothing at all', report({}), 0, 0, 'No hourly source figures in this period.'],
  ])('%s', (_name, r, lines, addresses, text) => {
    expect(latencyEmpty(r, lines, { addresses })).toBe(text);
  });

  it('says why a day has no uptime', () => {
    expect(notMonitored({ addresses: 3 })).toBe('not monitored (imported days have addresses only)');
    expect(notMonitored({ addresses: 0 })).toBe('not monitored');
  });
});
