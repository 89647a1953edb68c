/** /stats [period]: changes, uptime over monitored time, mean time between changes, longest run; a PNG chart. */
import * as z from 'zod/mini';

import type { GuildSettings } from '../../../../shared/settings/discord';
import { uptimeLine } from '../../../../shared/uptime';
import type { FamilyStats } from '../../services';
import { chartDays, renderStatsChart } from '../chart';
import { forecastField } from '../forecast-words';
import { address, COLOR, embed, formatDuration } from '../format';
import { defineCommand } from './define';

export const PERIOD_CHOICES = ['24h', '7d', '30d', '90d', '365d'].map((p) => ({ name: p, value: p }));
const DAY = 86_400_000;

/** `36h`, `7d`, `12w`: a period up to ten years, in ms. */
export const periodSchema = z
  .pipe(
    z.string().check(z.trim(), z.regex(/^\d{1,4}[hdw]$/, 'period must look like 24h, 7d or 12w')),
    z.transform((p) => Number(p.slice(0, -1)) * { h: 3_600_000, d: DAY, w: 7 * DAY }[p.slice(-1) as 'h' | 'd' | 'w']),
  )
  .check(z.refine((ms) => ms >= 3_600_000 && ms <= 3650 * DAY, 'period must be between 1h and 3650d'));

const familyLine = (f: FamilyStats, guild: GuildSettings) =>
  [
    `${f.changes} changes`,
    `mean time between changes: ${f.meanTimeBetweenChangesMs === null ? 'n/a' : formatDuration(f.meanTimeBetweenChangesMs)}`,
    `longest run: ${f.longestRun ? `${address(f.longestRun.ip, guild.mask)} for ${formatDuration(f.longestRun.durationMs)}` : 'n/a'}`,
  ].join('\n');

export const stats = defineCommand({
  name: 'stats',
  description: 'Changes, uptime and runs over a period, with a chart',
  options: [
    { type: 3, name: 'period', description: 'e.g. 24h, 7d, 30d (default 30d)', required: false, autocomplete: true },
  ],
  level: 'read',
  deferred: true,
  schema: z.strictObject({ period: z.prefault(periodSchema, '30d') }),
  run: async ({ options, guild }, services) => {
    const to = services.clock.now();
    const r = services.history.stats({ from: to - options.period, to, hourly: false });
    const label = formatDuration(options.period);
    const png = await renderStatsChart(chartDays(r.changes.perDay, r.uptime.perDay), `IPWatch, last ${label}`);
    return {
      embeds: [
        embed({
          title: `Statistics, last ${label}`,
          color: COLOR.info,
          fields: [
            { name: 'Changes', value: String(r.changes.total) },
            { name: 'Uptime (monitored time)', value: uptimeLine(r.uptime, 'no monitored time') },
            { name: 'IPv4', value: familyLine(r.families.v4, guild) },
            { name: 'IPv6', value: familyLine(r.families.v6, guild) },
            forecastField((q) => services.history.history(q), to, services.settings().notifications.timezone),
          ],
          image: { url: 'attachment://stats.png' },
        }),
      ],
      files: [{ name: 'stats.png', data: png }],
    };
  },
  autocomplete: (_option, value) => PERIOD_CHOICES.filter((c) => c.name.startsWith(value.trim())),
});
