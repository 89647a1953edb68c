/**
 * What a request without a principal may make the server keep, bounded per source (issue 73):
 * a source is an IPv4 address, or an IPv6 address's /64 (one host picks any address of its /64
 * at will, so a /64 is one sender), keyed as @fastify/rate-limit keys the limit on failures
 * (auth-hook.ts), so both budgets count the same sender.
 *
 * A map of entries that expire, each held by a source, with two bounds:
 * - `perSource`: a source at its bound drops its own oldest entry, never another's;
 * - `total`: when the map is full, the oldest entry of the largest other holder goes if that
 *   holder still keeps at least as many as the source will; otherwise the source's own oldest goes;
 *   a source holding none is refused (add answers false, the caller says so in words). So one
 *   source can never fill the map (`perSource` < `total`), and a source's only entry is never
 *   dropped by others: to refuse anyone, `total` sources must each hold one.
 * Expiry is on the monotonic clock (clock.ts `monotonic()`).
 */
import { normalizeIP } from '@fastify/rate-limit';

/** The prefix of an IPv6 address that is one sender. */
export const IPV6_SOURCE_BITS = 64;

/** Pure: the source an address is budgeted under (an IPv4-mapped IPv6 address is its IPv4 address). */
export const sourceOf = (ip: string): string => normalizeIP(ip, IPV6_SOURCE_BITS);

interface Held<V> {
  source: string;
  value: V;
  /** Monotonic ms after which it is gone. */
  until: number;
}

export interface PerSourceMap<V> {
  /** Keeps `value` under `key` for `source`; false when the map is full of others' (nothing kept). */
  add(source: string, key: string, value: V): boolean;
  /** The live entry under `key`, removed (once); null when unknown, taken or expired. */
  take(key: string): V | null;
  /** Entries kept now (the expired ones dropped first). */
  size(): number;
  /** Entries `source` holds now. */
  heldBy(source: string): number;
  /** Ms until the first entry expires (when a refused add may succeed); 0 when empty. */
  nextExpiryMs(): number;
}

export interface PerSourceBounds {
  perSource: number;
  total: number;
  ttlMs: number;
  /** The monotonic clock, ms (Clock.monotonic). */
  monotonic: () => number;
}

export function createPerSourceMap<V>(o: PerSourceBounds): PerSourceMap<V> {
  if (!(o.perSource >= 1 && o.perSource < o.total))
    throw new RangeError('perSource must be at least 1 and under total');
  // Insertion order is expiry order (one ttl, a monotonic clock): the first entry expires first.
  const entries = new Map<string, Held<V>>();
  // Each source's keys, oldest first.
  const bySource = new Map<string, string[]>();

  const drop = (key: string) => {
    const held = entries.get(key);
    if (!held) return;
    entries.delete(key);
    const keys = bySource.get(held.source)!;
    keys.splice(keys.indexOf(key), 1);
    if (keys.length === 0) bySource.delete(held.source);
  };
  const expire = () => {
    const at = o.monotonic();
    for (const [key, held] of entries) {
      if (held.until > at) break;
      drop(key);
    }
  };
  const largestOther = (source: string): string[] | null => {
    let best: string[] | null = null;
    for (const [s, keys] of bySource) if (s !== source && (!best || keys.length > best.length)) best = keys;
    return best;
  };

  return {
    add(source, key, value) {
      expire();
      const mine = bySource.get(source) ?? [];
      if (mine.length >= o.perSource) drop(mine[0]!);
      if (entries.size >= o.total) {
        // The largest other holder gives up its oldest if it keeps at least what `source` will
        // hold; else `source` renews its own oldest; a source holding none is refused.
        const own = bySource.get(source) ?? [];
        const other = largestOther(source);
        if (other && other.length - 1 >= own.length + 1) drop(other[0]!);
        else if (own.length > 0) drop(own[0]!);
        else return false;
      }
      drop(key);
      entries.set(key, { source, value, until: o.monotonic() + o.ttlMs });
      bySource.set(source, [...(bySource.get(source) ?? []), key]);
      return true;
    },
    take(key) {
      expire();
      const held = entries.get(key);
      if (!held) return null;
      drop(key);
      return held.value;
    },
    size: () => (expire(), entries.size),
    heldBy: (source) => (expire(), bySource.get(source)?.length ?? 0),
    nextExpiryMs() {
      expire();
      const first = entries.values().next();
      return first.done ? 0 : Math.max(0, Math.ceil(first.value.until - o.monotonic()));
    },
  };
}
