/** /stats [period]: changes, uptime over monitored time, mean time between changes, longest run; a PNG chart. */
import * as z from 'zod/mini';

import { formatNumber } from '../../../../shared/i18n/format';
import type { Translator } from '../../../../shared/i18n/translator';
import { english } from '../../../../shared/i18n/translators';
import type { GuildSettings } from '../../../../shared/settings/discord';
import { uptimeLine } from '../../../../shared/uptime';
import type { FamilyStats } from '../../services';
import { chartDays, renderStatsChart } from '../chart';
import { forecastField } from '../forecast-words';
import { address, COLOR, embed, formatDuration } from '../format';
import { defineCommand } from './define';

export const PERIOD_CHOICES = ['24h', '7d', '30d', '90d', '365d'].map((p) => ({ name: p, value: p }));
const DAY = 86_400_000;
const SHAPE = english.t('bot.invalid.periodShape');
const RANGE = english.t('bot.invalid.periodRange');

/** `36h`, `7d`, `12w`: a period up to ten years, in ms. */
export const periodSchema = z
  .pipe(
    z.string().check(z.trim(), z.regex(/^\d{1,4}[hdw]$/, SHAPE)),
    z.transform((p) => Number(p.slice(0, -1)) * { h: 3_600_000, d: DAY, w: 7 * DAY }[p.slice(-1) as 'h' | 'd' | 'w']),
  )
  .check(z.refine((ms) => ms >= 3_600_000 && ms <= 3650 * DAY, RANGE));

function familyLine(f: FamilyStats, guild: GuildSettings, w: Translator): string {
  const span = (ms: number) => formatDuration(ms, 2, w);
  const na = w.t('bot.notAvailable');
  const run = f.longestRun
    ? w.t('bot.stats.run', {
        address: address(f.longestRun.ip, guild.mask, w),
        duration: span(f.longestRun.durationMs),
      })
    : na;
  return [
    w.t('bot.stats.familyChanges', { count: f.changes }),
    w.t('bot.stats.meanBetween', {
      duration: f.meanTimeBetweenChangesMs === null ? na : span(f.meanTimeBetweenChangesMs),
    }),
    w.t('bot.stats.longestRun', { run }),
  ].join('\n');
}

export const stats = defineCommand({
  name: 'stats',
  options: [{ type: 3, name: 'period', required: false, autocomplete: true }],
  level: 'read',
  deferred: true,
  schema: z.strictObject({ period: z.prefault(periodSchema, '30d') }),
  run: async ({ options, guild, words: w }, services) => {
    const to = services.clock.now();
    // wall-clock: a period of the history's stamped rows (the last 30 days by the calendar), not a wait
    const r = services.history.stats({ from: to - options.period, to, hourly: false });
    const period = formatDuration(options.period, 2, w);
    const png = await renderStatsChart(
      chartDays(r.changes.perDay, r.uptime.perDay),
      w.t('bot.stats.chartTitle', { period }),
      w,
    );
    return {
      embeds: [
        embed({
          title: w.t('bot.stats.title', { period }),
          color: COLOR.info,
          fields: [
            { name: w.t('bot.stats.changes'), value: formatNumber(r.changes.total, w.language) },
            { name: w.t('bot.stats.uptime'), value: uptimeLine(r.uptime, w, w.t('bot.stats.noMonitoredTime')) },
            { name: 'IPv4', value: familyLine(r.families.v4, guild, w) },
            { name: 'IPv6', value: familyLine(r.families.v6, guild, w) },
            forecastField((q) => services.history.history(q), to, services.settings().notifications.timezone, w),
          ],
          image: { url: 'attachment://stats.png' },
        }),
      ],
      files: [{ name: 'stats.png', data: png }],
    };
  },
  autocomplete: (_option, value) => PERIOD_CHOICES.filter((c) => c.name.startsWith(value.trim())),
});
