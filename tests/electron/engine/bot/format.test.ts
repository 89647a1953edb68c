/** The bot's pure formatting: uptime shown as the stats give it (a percentage), the chart's days. */
import { describe, expect, it } from 'vitest';

import { chartDays } from '../../../../electron/engine/bot/chart';
import { percentText } from '../../../../electron/engine/bot/format';

describe('percentText', () => {
  it.each<[number | null, string]>([
    [100, '100.00 %'],
    [99.5, '99.50 %'],
    [0.25, '0.25 %'],
    [0, '0.00 %'],
    [null, 'no data yet'],
  ])('%j -> %s', (percent, want) => {
    expect(percentText(percent, 'no data yet')).toBe(want);
  });
});

describe('chartDays', () => {
  it('plots the uptime percentage as it is (0 to 100), null where nothing was monitored', () => {
    const perDay = [
      { start: 0, label: '2026-01-01', count: 2, v4: 1, v6: 1 },
      { start: 86_400_000, label: '2026-01-02', count: 0, v4: 0, v6: 0 },
      { start: 172_800_000, label: '2026-01-03', count: 1, v4: 1, v6: 0 },
    ];
    const uptime = [
      { label: '2026-01-01', percent: 99.5 },
      { label: '2026-01-02', percent: null },
      { label: '2026-01-03', percent: 100 },
    ];
    expect(chartDays(perDay, uptime)).toEqual([
      { label: '2026-01-01', changes: 2, uptime: 99.5 },
      { label: '2026-01-02', changes: 0, uptime: null },
      { label: '2026-01-03', changes: 1, uptime: 100 },
    ]);
  });
});
