/**
 * The forecast (forecast.ts) over a history: the runs of the last year read page by page through
 * the history query that the store, the API service and the bot's services all offer. Pure: the
 * query is given.
 */
import { type FamilyForecast, forecastFamily, type HeldRun } from './forecast';
import type { Translator } from './i18n/translator';

/** The history read: a year of runs, at most MAX_RUNS of the newest. */
export const LOOKBACK_MS = 365 * 86_400_000;
export const MAX_RUNS = 4000;
const PAGE = 1000;

/** The history query this needs: the store's, the API service's and the bot's all fit it. */
export type RunsQuery = (q: { family: 4 | 6; from: number; limit: number; offset: number }) => {
  items: readonly HeldRun[];
  total: number;
};

/**
 * A family's runs current in the last year, oldest first in the history's order (its sequence,
 * not the wall stamps a clock step moves: the last is the current one), newest MAX_RUNS at most.
 */
export function runsOf(history: RunsQuery, family: 4 | 6, now: number): HeldRun[] {
  const runs: HeldRun[] = [];
  for (let offset = 0; offset < MAX_RUNS; offset += PAGE) {
    const page = history({ family, from: now - LOOKBACK_MS, limit: PAGE, offset });
    for (const r of page.items) runs.push({ firstSeen: r.firstSeen, lastSeen: r.lastSeen });
    if (page.items.length < PAGE || offset + PAGE >= page.total) break;
  }
  // The query reads newest first.
  return runs.reverse();
}

/** The zone a forecast counts hours in: the one configured (e.g. notifications.timezone), else this machine's. */
export const zoneOrLocal = (tz: string | undefined): string =>
  tz || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export interface ForecastAnswer {
  at: number;
  timeZone: string;
  families: FamilyForecast[];
}

/** The forecast of each family asked (both when `family` is absent), its hours counted in `timeZone`. */
export function forecastHistory(
  history: RunsQuery,
  now: number,
  timeZone: string,
  words: Translator,
  family?: 4 | 6,
): ForecastAnswer {
  const families = family ? [family] : ([4, 6] as const);
  return {
    at: now,
    timeZone,
    families: families.map((f) => forecastFamily(f, runsOf(history, f, now), now, timeZone, words)),
  };
}
