/**
 * Address runs into the timeline's rows (IPv4 in one, IPv6 one per /64 with the interface ids
 * inside), which span labels fit, and the time each address was held, all clipped to the
 * chosen period. Pure.
 */
import ipaddr from 'ipaddr.js';

import { colorKeyOf } from '../../../shared/chart-palette';
import type { HistoryEntry } from '../api/types';

export interface Segment {
  id: number;
  family: 4 | 6;
  ip: string;
  /** What colours it (shared/chart-palette.ts colorKeyOf). */
  key: string;
  /** What its span says: the IPv4 address, or the IPv6 interface id ("::5") under its row's /64. */
  label: string;
  /** The run as recorded. */
  firstSeen: number;
  lastSeen: number;
  /** Where it sits in the period, 0..1 of its width. */
  left: number;
  width: number;
}

export interface TimelineRow {
  family: 4 | 6;
  /** The /64 of an IPv6 row; null for the IPv4 row. */
  prefix: string | null;
  segments: Segment[];
}

/** The interface id of an IPv6 address (its last 64 bits) as `::x`, or the address when it is not one. */
export function interfaceId(ip: string): string {
  if (!ipaddr.IPv6.isValid(ip)) return ip;
  const parts = ipaddr.IPv6.parse(ip).parts.slice(4);
  const text = new ipaddr.IPv6([0, 0, 0, 0, ...parts]).toString();
  return text === '::' ? '::0' : text;
}

/**
 * Each family's runs overlapping [from, to], placed on the period, oldest first: IPv4 in one
 * row, IPv6 in a row per /64 (rows in the order their prefix first shows). A family without
 * runs has no row.
 */
export function timelineRows(runs: readonly HistoryEntry[], from: number, to: number): TimelineRow[] {
  const span = Math.max(to - from, 1);
  const v4: Segment[] = [];
  const v6 = new Map<string, Segment[]>();
  const sorted = [...runs].sort((a, b) => a.firstSeen - b.firstSeen || a.id - b.id);
  for (const r of sorted) {
    if (r.lastSeen < from || r.firstSeen > to) continue;
    const start = Math.max(r.firstSeen, from);
    const end = Math.min(r.lastSeen, to);
    const key = colorKeyOf(r);
    const segment: Segment = {
      id: r.id,
      family: r.family,
      ip: r.ip,
      key,
      label: r.family === 6 ? interfaceId(r.ip) : r.ip,
      firstSeen: r.firstSeen,
      lastSeen: r.lastSeen,
      left: (start - from) / span,
      width: (end - start) / span,
    };
    if (r.family === 4) v4.push(segment);
    else v6.set(key, [...(v6.get(key) ?? []), segment]);
  }
  const rows: TimelineRow[] = v4.length ? [{ family: 4, prefix: null, segments: v4 }] : [];
  for (const [prefix, segments] of v6) rows.push({ family: 6, prefix, segments });
  return rows;
}

/** About how wide a character of the timeline's 12 px monospace is, and a span's padding. */
export const CHAR_PX = 7.4;
export const SPAN_PAD_PX = 8;

/** A span's label when the whole of it fits in `spanPx`; null when only a part would (no "198.5"). */
export function spanLabel(label: string, spanPx: number, charPx = CHAR_PX, padPx = SPAN_PAD_PX): string | null {
  return label.length * charPx + padPx <= spanPx ? label : null;
}

export interface Held {
  key: string;
  family: 4 | 6;
  /** The address shown: the newest one seen under this key (an IPv6 run's /64 holds several). */
  ip: string;
  heldMs: number;
  runs: number;
  /** When it first showed inside the period: the colours follow this order. */
  firstSeen: number;
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
      byKey.set(key, {
        key,
        family: r.family,
        ip: r.ip,
        heldMs: ms,
        runs: 1,
        newest: r.lastSeen,
        firstSeen: r.firstSeen,
      });
      continue;
    }
    h.heldMs += ms;
    h.runs += 1;
    h.firstSeen = Math.min(h.firstSeen, r.firstSeen);
    if (r.lastSeen > h.newest) Object.assign(h, { ip: r.ip, newest: r.lastSeen });
  }
  return [...byKey.values()]
    .sort((a, b) => b.heldMs - a.heldMs || a.key.localeCompare(b.key))
    .slice(0, limit)
    .map(({ newest: _newest, ...h }) => h);
}

/** The addresses of the period in the order they first showed: the order the page's colours are given in. */
export const keysByFirstSeen = (held: readonly Held[]): string[] =>
  [...held].sort((a, b) => a.firstSeen - b.firstSeen || a.key.localeCompare(b.key)).map((h) => h.key);
