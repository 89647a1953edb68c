/** /map [period]: where the addresses were over a period, as a map (PNG) and the time held per country. */
import * as z from 'zod/mini';

import type { Translator } from '../../../../shared/i18n/translator';
import type { MapSummary } from '../../../../shared/map/aggregate';
import { countryName } from '../../../../shared/map/country-name';
import { COLOR, embed, formatDuration } from '../format';
import { renderMapImage } from '../map-image';
import { defineCommand } from './define';
import { PERIOD_CHOICES, periodSchema } from './stats';

/** Countries the message lists; the rest are counted. */
export const MAP_LINES = 10;

/** The time held per country, most first, in the bot's words; the unknown time last. */
export function heldLines(map: MapSummary, w: Translator): string {
  const span = (ms: number) => formatDuration(ms, 2, w);
  const lines = map.countries.slice(0, MAP_LINES).map((c) =>
    w.t('bot.map.line', {
      country: countryName(c.code, w) ?? w.t('web.charts.map.unknownCountry'),
      duration: span(c.heldMs),
    }),
  );
  if (map.countries.length > MAP_LINES) lines.push(w.t('bot.map.more', { count: map.countries.length - MAP_LINES }));
  if (lines.length === 0) lines.push(w.t('bot.map.none'));
  if (map.unknownMs > 0) lines.push(w.t('bot.map.unknown', { duration: span(map.unknownMs) }));
  return lines.join('\n');
}

export const map = defineCommand({
  name: 'map',
  options: [{ type: 3, name: 'period', required: false, autocomplete: true }],
  level: 'read',
  deferred: true,
  schema: z.strictObject({ period: z.prefault(periodSchema, '30d') }),
  run: async ({ options, words: w }, services) => {
    const to = services.clock.now();
    // wall-clock: a period of the history's stamped rows, not a wait
    const summary = await services.map({ from: to - options.period, to });
    const png = await renderMapImage(summary);
    return {
      embeds: [
        embed({
          title: w.t('bot.map.title', { period: formatDuration(options.period, 2, w) }),
          color: COLOR.info,
          fields: [
            { name: w.t('bot.map.countries'), value: heldLines(summary, w) },
            { name: w.t('bot.map.moves'), value: w.t('bot.map.moveCount', { count: summary.moves.length }) },
          ],
          image: { url: 'attachment://map.png' },
        }),
      ],
      files: [{ name: 'map.png', data: png }],
    };
  },
  autocomplete: (_option, value) => PERIOD_CHOICES.filter((c) => c.name.startsWith(value.trim())),
});
