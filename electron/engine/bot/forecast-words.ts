/**
 * The forecast lines of the bot's /stats (issue 42): per family, the next change with its
 * confidence, the usual hour and how long an address is held, or why there is no forecast.
 * The forecast itself is shared/forecast.ts, over the history the bot's services read.
 */
import type { FamilyForecast } from '../../../shared/forecast';
import { forecastHistory, type RunsQuery, zoneOrLocal } from '../../../shared/forecast-history';
import { formatDuration, stamp } from './format';

const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** One family's line. */
export function forecastLine(f: FamilyForecast): string {
  const head = `IPv${f.family}: `;
  if (!f.next) return `${head}no forecast (${f.reason})`;
  const parts = [
    `next change ${stamp(f.next.at, 'f')} (${stamp(f.next.at)}), confidence ${Math.round(f.next.confidence * 100)}%`,
  ];
  if (f.usualHour) parts.push(`usually around ${hh(f.usualHour.hour)}`);
  if (f.holds) parts.push(`held ${formatDuration(f.holds.medianMs)} (median; spread ${formatDuration(f.holds.iqrMs)})`);
  return head + parts.join('; ');
}

/** The /stats field: a line per family with a change, or a word when there is none yet. */
export function forecastField(history: RunsQuery, now: number, timezone: string): { name: string; value: string } {
  const zone = zoneOrLocal(timezone);
  const lines = forecastHistory(history, now, zone)
    .families.filter((f) => f.changes > 0)
    .map(forecastLine);
  return {
    name: `Forecast (hours in ${zone})`,
    value: (lines.length ? lines.join('\n') : 'No address change recorded yet: nothing to forecast.').slice(0, 1024),
  };
}
