/**
 * Address runs into the timeline's segments and the time each address was held, both clipped
 * to the chosen period. Pure.
 */
import type { HistoryEntry } from '../api/types';
import { colorKeyOf } from './palette';

export interface Segment {
  id: number;
  family: 4 | 6;
  ip: string;
  /** What colours it (palette.ts colorKeyOf). */
  key: string;
  /** The run as recorded. */
  firstSeen: number;
  lastSeen: number;
  /** Where it sits in the period, 0..1 of its width. */
  left: number;
  width: number;
}

/** Each family's runs overlapping [from, to], oldest first, placed on the period. */
export function timelineRows(runs: readonly HistoryEntry[], from: number, to: number): Record<4 | 6, Segment[]> {
  const span = Math.max(to - from, 1);
  const rows: Record<4 | 6, Segment[]> = { 4: [], 6: [] };
  for (const r of runs) {
    if (r.lastSeen < from || r.firstSeen > to) continue;
    const start = Math.max(r.firstSeen, from);
    const end = Math.min(r.lastSeen, to);
    rows[r.family].push({
      id: r.id,
      family: r.family,
      ip: r.ip,
      key: colorKeyOf(r),
      firstSeen: r.firstSeen,
      lastSeen: r.lastSeen,
      left: (start - from) / span,
      width: (end - start) / span,
    });
  }
  for (const f of [4, 6] as const) rows[f].sort((a, b) => a.firstSeen - b.firstSeen || a.id - b.id);
  return rows;
}

export interface Held {
  key: string;
  family: 4 | 6;
  /** The address shown: the newest one seen under this key (an IPv6 run's /64 holds several). */
  ip: string;
  heldMs: number;
  runs: number;
}

/** Total time each address was held inside [from, to], longest first (then by address), at most `limit`. */
export function heldPerAddress(runs: readonly HistoryEntry[], from: number, to: number, limit = 10): Held[] {
  const byKey = new Map<string, Held & { newest: number }>();
  for (const r of runs) {
    const ms = Math.min(r.lastSeen, to) - Math.max(r.firstSeen, from);
    if (ms < 0) continue;
    const key = colorKeyOf(r);
    const h = byKey.get(key);
    if (!h) {
      byKey.set(key, { key, family: r.family, ip: r.ip, heldMs: ms, runs: 1, newest: r.lastSeen });
      continue;
    }
    h.heldMs += ms;
    h.runs += 1;
    if (r.lastSeen > h.newest) Object.assign(h, { ip: r.ip, newest: r.lastSeen });
  }
  return [...byKey.values()]
    .sort((a, b) => b.heldMs - a.heldMs || a.key.localeCompare(b.key))
    .slice(0, limit)
    .map(({ newest: _newest, ...h }) => h);
}
