/**
 * The map of a period from the history's pages (issue 77): the runs current in the period, newest
 * first as the history serves them, up to MAX_MAP_RUNS, each with the country its identity gave,
 * the run the monitor holds now lasting until now (shared/held-runs.ts), summed by summariseMap
 * over the monitored time. One function for the API (and the bot, which asks the API's handler).
 * Pure: the caller hands in the history's reads.
 */
import { type HeldRun, untilNow } from '../held-runs';
import type { NetworkIdentity } from '../network-identity';
import type { Span } from '../spans';
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

/** What the map reads of the history: its runs, the monitored time, and the runs held now. */
export interface MapReads {
  history: MapRunsQuery;
  /** The monitored time in [from, to] as spans (the store's `monitored`). */
  monitored: (from: number, to: number) => Span[];
  held: readonly HeldRun[];
}

export interface MapAnswer extends MapSummary {
  /** Runs of the period in the history; more than `runs` when the newest MAX_MAP_RUNS were drawn. */
  total: number;
}

export interface MapQuery {
  from?: number;
  to?: number;
  days?: number;
}

export function mapFromHistory(reads: MapReads, query: MapQuery, now: number): MapAnswer {
  const to = query.to ?? now;
  const from = query.from ?? to - (query.days ?? 30) * DAY;
  const runs: MapRun[] = [];
  let total = 0;
  for (let offset = 0; runs.length < MAX_MAP_RUNS; offset += PAGE) {
    const limit = Math.min(PAGE, MAX_MAP_RUNS - runs.length);
    const page = reads.history({ from, to, limit, offset });
    total = page.total;
    for (const r of untilNow(page.items, reads.held, now))
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
  const end = Math.max(from, to);
  return { ...summariseMap(runs, from, end, reads.monitored(from, end)), total };
}
