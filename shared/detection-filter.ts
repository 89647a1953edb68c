/**
 * Which detected addresses may be taken as the public address (issue 76): per family, a list of
 * ranges to keep (`include`; empty: every address) and of ranges never to take (`exclude`). This
 * is favonia/cloudflare-ddns's IP4_DETECTION_FILTER / IP6_DETECTION_FILTER (1.17, "Design Note:
 * Detection Filter") in list form: the filter `(addr-in(i1) || addr-in(i2) ...) && !addr-in(e1)
 * && !addr-in(e2) ...`, `keep-all` when both lists are empty. As there:
 *
 * - a range is written in explicit CIDR notation (`/32` or `/128` for one address), of the
 *   filter's family; only the detected address is compared, never a prefix length;
 * - the filter is pointwise: each answer is judged alone, after it was read and validated;
 * - an answer the filter drops is not an address of the check: when every answer is dropped, no
 *   address is confirmed and the records keep what they hold; the check's cause names the filter
 *   (shared/check-cause.ts `filtered`), never the network.
 *
 * | include    | exclude        | address                 | verdict                      |
 * |------------|----------------|-------------------------|------------------------------|
 * | []         | []             | any                     | kept                         |
 * | [A, B]     | []             | in A or in B            | kept                         |
 * | [A, B]     | []             | in neither              | dropped: outside             |
 * | any        | [E, ...]       | in E                    | dropped: excluded (names E)  |
 *
 * An exclusion wins over an inclusion. Pure.
 */
import ipaddr from 'ipaddr.js';

import type { Family } from './types';

/** One family's ranges, as the settings hold them (shared/settings/egress-choice.ts). */
export interface DetectionFilter {
  include: readonly string[];
  exclude: readonly string[];
}

export type FilterVerdict =
  | { kept: true }
  | { kept: false; why: 'outside'; address: string }
  | { kept: false; why: 'excluded'; address: string; range: string };

type Parsed = [ipaddr.IPv4 | ipaddr.IPv6, number];

/**
 * A range in explicit CIDR notation of `family`, or why it is not one (in English: the settings'
 * own check says it beside the field).
 */
export function readRange(text: string, family: Family): { ok: true; range: Parsed } | { ok: false; problem: string } {
  const t = text.trim();
  if (!t.includes('/'))
    return { ok: false, problem: `"${t}" has no prefix length: write ${t}/${family === 4 ? 32 : 128} for one address` };
  let range: Parsed;
  try {
    range = ipaddr.parseCIDR(t);
  } catch {
    return { ok: false, problem: `"${t}" is not a range in CIDR notation` };
  }
  const kind = range[0].kind() === 'ipv4' ? 4 : 6;
  if (kind !== family) return { ok: false, problem: `"${t}" is an IPv${kind} range, not IPv${family}` };
  return { ok: true, range };
}

const parsedRanges = new Map<string, Parsed | null>();
function rangeOf(text: string, family: Family): Parsed | null {
  const key = `${family}|${text}`;
  if (!parsedRanges.has(key)) {
    if (parsedRanges.size > 256) parsedRanges.clear();
    const read = readRange(text, family);
    parsedRanges.set(key, read.ok ? read.range : null);
  }
  return parsedRanges.get(key) ?? null;
}

const inRange = (addr: ipaddr.IPv4 | ipaddr.IPv6, range: Parsed | null): boolean =>
  range !== null && addr.kind() === range[0].kind() && addr.match(range);

/**
 * Whether `ip` (an address of `family`, as validateAnswer gave it) may be taken. A range the
 * settings could not have held (not CIDR, the other family) matches nothing.
 */
export function filterAddress(ip: string, family: Family, filter: DetectionFilter | undefined): FilterVerdict {
  if (!filter || (!filter.include.length && !filter.exclude.length)) return { kept: true };
  const parsed = ipaddr.process(ip);
  for (const text of filter.exclude)
    if (inRange(parsed, rangeOf(text, family))) return { kept: false, why: 'excluded', address: ip, range: text };
  if (filter.include.length && !filter.include.some((text) => inRange(parsed, rangeOf(text, family))))
    return { kept: false, why: 'outside', address: ip };
  return { kept: true };
}

/** A family's filter from the settings' `sources` part (includeV4 ... excludeV6). */
export const detectionFilterOf = (
  sources: {
    includeV4: readonly string[];
    excludeV4: readonly string[];
    includeV6: readonly string[];
    excludeV6: readonly string[];
  },
  family: Family,
): DetectionFilter =>
  family === 4
    ? { include: sources.includeV4, exclude: sources.excludeV4 }
    : { include: sources.includeV6, exclude: sources.excludeV6 };
