/**
 * The bot's formatting: the uptime line the CLI and dashboard share, the chart's days, and the
 * /stats image drawn by the real vega in the dashboard's colour for each meaning.
 */
import { describe, expect, it } from 'vitest';

import { chartDays, STATS_CHART_COLOURS, statsChartSvg } from '../../../../electron/engine/bot/chart';
import { familyColor, figureColor } from '../../../../shared/chart-colours';
import { english } from '../../../../shared/i18n/translators';
import { uptimeLine } from '../../../../shared/uptime';

describe('the uptime line', () => {
  it.each<[number | null, string]>([
    [100, '100 % over 1 h monitored'],
    [99.5, '99.50 % over 1 h monitored · offline 18 s'],
    [0.25, '0.25 % over 1 h monitored · offline 59 min 51 s'],
    [0, '0.00 % over 1 h monitored · offline 1 h'],
    [null, 'no data yet'],
  ])('%j -> %s (a percentage as the stats give it, never multiplied again)', (percent, want) => {
    const monitoredMs = percent === null ? 0 : 3_600_000;
    const offlineMs = percent === null ? 0 : Math.round(monitoredMs * (1 - percent / 100));
    expect(uptimeLine({ percent, monitoredMs, offlineMs }, english, 'no data yet')).toBe(want);
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
      { label: '2026-01-01', changes: 2, v4: 1, v6: 1, uptime: 99.5 },
      { label: '2026-01-02', changes: 0, v4: 0, v6: 0, uptime: null },
      { label: '2026-01-03', changes: 1, v4: 1, v6: 0, uptime: 100 },
    ]);
  });
});

describe('the /stats image', () => {
  it("takes the dashboard's colours: IPv4 and IPv6 changes in their families', uptime in online's", () => {
    expect(STATS_CHART_COLOURS).toEqual({
      v4: familyColor(4, 'light'),
      v6: familyColor(6, 'light'),
      uptime: figureColor('online', 'light'),
    });
    expect(new Set(Object.values(STATS_CHART_COLOURS)).size).toBe(3);
  });

  it("draws each family's bars and the uptime line in those colours, and nothing in the old blue and green", async () => {
    const days = [
      { label: '2026-01-01', changes: 3, v4: 2, v6: 1, uptime: 99.5 },
      { label: '2026-01-02', changes: 0, v4: 0, v6: 0, uptime: null },
      { label: '2026-01-03', changes: 1, v4: 0, v6: 1, uptime: 100 },
    ];
    const svg = (await statsChartSvg(days, 'IPWatch, last 3 d')).toLowerCase();
    const c = STATS_CHART_COLOURS;
    // The bars (and the legend's marks) filled in their family's colour, the line stroked in online's.
    const fills = [...svg.matchAll(/fill="(#[0-9a-f]{6})"/g)].map((m) => m[1]);
    expect(fills).toContain(c.v4);
    expect(fills).toContain(c.v6);
    expect(svg).toContain(`stroke="${c.uptime}"`);
    expect(svg).not.toMatch(/#3498db|#2ecc71/);
  });
});
