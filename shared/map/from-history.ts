/**
 * The map of a period from the history's pages (issue 77): the runs current in the period, newest
 * first as the history serves them, up to MAX_MAP_RUNS, each with the country its identity gave,
 * summed by summariseMap. One function for the API and the bot. Pure: the caller hands in the
 * history's query.
 */
import type { NetworkIdentity } from '../network-identity';
import type { Family } from '../types';
import { type MapRun, type MapSummary, summariseMap } from './aggregate';

/** The most runs one map draws: the newest, when a period holds more. */
export const MAX_MAP_RUNS = 10_000;
const DAY = 86_400_000;
/** The history's largest page (shared/contract/history.ts PAGE). */
const PAGE = 1000;

/** The history's query as the map asks it: runs current in [from, to], newest first. */
export type MapRunsQuery = (q: { from: number; to: number; limit: number; offset: number }) => {
  items: readonly {
    family: Family;
    ip: string;
    firstSeen: number;
    lastSeen: number;
    identity?: NetworkIdentity | null;
  }[];
  total: number;
};

export interface MapAnswer extends MapSummary {
  /** Runs of the period in the history; more than `runs` when the newest MAX_MAP_RUNS were drawn. */
  total: number;
}

export interface MapQuery {
  from?: number;
  to?: number;
  days?: number;
}

export function mapFromHistory(history: MapRunsQuery, query: MapQuery, now: number): MapAnswer {
  const to = query.to ?? now;
  const from = query.from ?? to - (query.days ?? 30) * DAY;
  const runs: MapRun[] = [];
  let total = 0;
  for (let offset = 0; runs.length < MAX_MAP_RUNS; offset += PAGE) {
    const limit = Math.min(PAGE, MAX_MAP_RUNS - runs.length);
    const page = history({ from, to, limit, offset });
    total = page.total;
    for (const r of page.items)
      runs.push({
        family: r.family,
        ip: r.ip,
        from: r.firstSeen,
        to: r.lastSeen,
        country: r.identity?.country ?? null,
        asn: r.identity?.asn ?? null,
        org: r.identity?.org ?? null,
      });
    if (page.items.length < limit) break;
  }
  return { ...summariseMap(runs, from, Math.max(from, to)), total };
}
