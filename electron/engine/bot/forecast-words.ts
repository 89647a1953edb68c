/**
 * The forecast lines of the bot's /stats (issue 42): per family, the next change with its
 * confidence, the usual hour and how long an address is held, or why there is no forecast.
 * The forecast itself is shared/forecast.ts, over the history the bot's services read.
 */
import { type FamilyForecast, forecastReason } from '../../../shared/forecast';
import { forecastHistory, type RunsQuery, zoneOrLocal } from '../../../shared/forecast-history';
import type { Translator } from '../../../shared/i18n/translator';
import { english } from '../../../shared/i18n/translators';
import { formatDuration, stamp } from './format';

const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** One family's line, in `w` (English unless given). */
export function forecastLine(f: FamilyForecast, w: Translator = english): string {
  if (!f.next) return w.t('bot.forecast.none', { family: f.family, reason: forecastReason(f, w) });
  const span = (ms: number) => formatDuration(ms, 2, w);
  const parts = [
    w.t('bot.forecast.next', {
      at: stamp(f.next.at, 'f'),
      relative: stamp(f.next.at),
      confidence: f.next.confidence,
    }),
  ];
  if (f.usualHour) parts.push(w.t('bot.forecast.usualHour', { hour: hh(f.usualHour.hour) }));
  if (f.holds) parts.push(w.t('bot.forecast.holds', { median: span(f.holds.medianMs), spread: span(f.holds.iqrMs) }));
  return `IPv${f.family}: ${parts.join('; ')}`;
}

/** The /stats field: a line per family with a change, or a word when there is none yet. */
export function forecastField(
  history: RunsQuery,
  now: number,
  timezone: string,
  w: Translator = english,
): { name: string; value: string } {
  const zone = zoneOrLocal(timezone);
  const lines = forecastHistory(history, now, zone, w)
    .families.filter((f) => f.changes > 0)
    .map((f) => forecastLine(f, w));
  return {
    name: w.t('bot.forecast.title', { zone }),
    value: (lines.length ? lines.join('\n') : w.t('bot.forecast.nothing')).slice(0, 1024),
  };
}
