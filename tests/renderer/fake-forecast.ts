/** The fake engine's getForecast: the real pure forecast over the fake's own history runs, in UTC. */
import type { HistoryEntry } from '../../shared/contract/history';
import { type ForecastAnswer, forecastHistory, type RunsQuery } from '../../shared/forecast-history';
import { english } from '../../shared/i18n/translators';

export function fakeForecast(
  runs: readonly HistoryEntry[],
  q: { family?: unknown; tz?: string },
  now = Date.now(),
): ForecastAnswer {
  // Newest first, as the history query answers (the fake's runs are in no set order; they have no clock step).
  const newest = [...runs].sort((a, b) => b.firstSeen - a.firstSeen || b.id - a.id);
  const page: RunsQuery = (h) => {
    const items = newest.filter((r) => r.family === h.family && r.lastSeen >= h.from);
    return { items: items.slice(h.offset, h.offset + h.limit), total: items.length };
  };
  // The contract's input before parsing: the family may be text from a query string.
  const family = Number(q.family);
  return forecastHistory(page, now, q.tz ?? 'UTC', english, family === 4 || family === 6 ? family : undefined);
}
