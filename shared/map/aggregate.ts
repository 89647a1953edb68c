/**
 * Where the public addresses were over a period (issue 77): the time held in each country, each
 * address run with the point its marker stands on, and the moves between runs in order. One
 * function for the API, the page and the bot, so the figures read the same everywhere. Pure.
 *
 * The time held in a country is the time any address of either family was registered there
 * (overlapping IPv4 and IPv6 runs in one country count once). The unknown time is the monitored
 * time (the sessions, store/uptime.ts) no address in a known country covers: never time before the
 * first check or while the monitor did not run, which is neither known nor unknown. A run's point is its country's
 * (country-table.ts): the shipped databases say a country and nothing finer. A move is two
 * consecutive runs of one family whose points differ.
 */
import { intersectSpans, measure, mergeSpans, type Span } from '../spans';
import type { Family } from '../types';
import { COUNTRY_TABLE } from './country-table';

/** One address run as the history keeps it, with the country its identity gave (null: unknown). */
export interface MapRun {
  family: Family;
  ip: string;
  from: number;
  to: number;
  country: string | null;
  asn: number | null;
  org: string | null;
}

/** [longitude, latitude] in degrees. */
export type LonLat = readonly [number, number];

export interface MapRunView extends MapRun {
  /** The run clipped to the period. */
  from: number;
  to: number;
  heldMs: number;
  /** Null when the country is unknown or a code the table does not hold. */
  point: LonLat | null;
}

export interface MapMove {
  family: Family;
  at: number;
  from: LonLat;
  to: LonLat;
  fromCountry: string;
  toCountry: string;
}

export interface MapSummary {
  from: number;
  to: number;
  /** Countries by time held, most first; a code of the table only. */
  countries: { code: string; heldMs: number }[];
  /** Monitored time no address had a known country (the country unknown, or no address), in ms. */
  unknownMs: number;
  /** Runs of the period, oldest first, clipped to it. */
  runs: MapRunView[];
  moves: MapMove[];
}

/** A known code (upper case, in the table) or null. */
export function knownCountry(code: string | null): string | null {
  const upper = code?.toUpperCase() ?? null;
  return upper !== null && Object.hasOwn(COUNTRY_TABLE, upper) ? upper : null;
}

const POINTS = new Map<string, LonLat>(
  Object.entries(COUNTRY_TABLE).map(([code, [, lon, lat]]) => [code, Object.freeze([lon, lat] as const)]),
);

/** A country's marker point, one object per country (a caller may key by it). */
export function countryPoint(code: string | null): LonLat | null {
  const known = knownCountry(code);
  return known === null ? null : POINTS.get(known)!;
}

/** Total length of the union of spans. */
const unionMs = (spans: readonly Span[]): number => measure(mergeSpans(spans), -Infinity, Infinity);

/**
 * The map of `runs` over [from, to): see the top. Runs outside the period are left out;
 * `monitored`: the spans the monitor watched (the unknown time is measured in them).
 */
export function summariseMap(
  runs: readonly MapRun[],
  from: number,
  to: number,
  monitored: readonly Span[],
): MapSummary {
  const views: MapRunView[] = [];
  for (const r of runs) {
    const a = Math.max(r.from, from);
    const b = Math.min(r.to, to);
    if (b < a || r.to < from || r.from >= to) continue;
    const country = knownCountry(r.country);
    views.push({ ...r, country: country ?? r.country, from: a, to: b, heldMs: b - a, point: countryPoint(country) });
  }
  views.sort((x, y) => x.from - y.from || x.family - y.family || x.to - y.to);

  const spans = new Map<string, Span[]>();
  for (const v of views) {
    const code = v.point ? knownCountry(v.country)! : null;
    if (code === null || v.heldMs === 0) continue;
    const list = spans.get(code) ?? [];
    list.push([v.from, v.to]);
    spans.set(code, list);
  }
  const countries = [...spans].map(([code, s]) => ({ code, heldMs: unionMs(s) }));
  countries.sort((x, y) => y.heldMs - x.heldMs || x.code.localeCompare(y.code));
  const watched = intersectSpans(monitored, [[from, to]]);
  const known = measure(intersectSpans([...spans.values()].flat(), watched), from, to);
  const unknownMs = Math.max(0, measure(watched, from, to) - known);
  return { from, to, countries, unknownMs, runs: views, moves: movesOf(views) };
}

function movesOf(views: readonly MapRunView[]): MapMove[] {
  const moves: MapMove[] = [];
  const last = new Map<Family, MapRunView>();
  for (const v of views) {
    if (!v.point) continue;
    const before = last.get(v.family);
    if (before?.point && (before.point[0] !== v.point[0] || before.point[1] !== v.point[1])) {
      moves.push({
        family: v.family,
        at: v.from,
        from: before.point,
        to: v.point,
        fromCountry: before.country!,
        toCountry: v.country!,
      });
    }
    last.set(v.family, v);
  }
  return moves;
}
