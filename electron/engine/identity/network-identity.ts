/**
 * The identity of an address as everything that shows it asks for it (the status, change
 * events, the runs in the history): the offline lookup (lookup.ts), the online service's answer
 * when the enrichment is on (online-cache.ts), and the WARP word the Cloudflare trace read beside
 * the address (passed on by the sources), merged by merge.ts. Synchronous and cheap: it only
 * reads what is known; asking the service is the enricher's, off the check's path (enrich.ts).
 */
import type { NetworkIdentity } from '../../../shared/identity';
import { type WarpState, warpFromTrace } from './classify';
import type { IdentityLookup } from './lookup';
import { mergeIdentity, type Prefer } from './merge';
import { addressId, type OnlineCache } from './online-cache';

/**
 * Addresses whose WARP word is remembered: the trace is asked often, about the same few (this
 * line's two families). 64 is a few KB; the oldest goes first past it.
 */
export const WARP_MEMORY = 64;

export interface IdentityService {
  /** Everything known of `ip`, merged; null when nothing is. */
  identify(ip: string): NetworkIdentity | null;
  /** The offline databases' answer only. */
  offline(ip: string): NetworkIdentity | null;
  /** Words a source read beside an answer (SourceWords): `warp` is kept for that address. */
  noteWords(note: { answer: string; words: Readonly<Record<string, string>> }): void;
  /** Whether the online answers are used (the enrichment is on), and which side wins. */
  useOnline(on: boolean, prefer: Prefer): void;
  readonly cache: OnlineCache;
  /** The offline databases that cannot be read, in words (opens them if not yet). */
  problems(): string[];
  /** Closes the offline databases' files. */
  close(): void;
}

export function createIdentityService(lookup: IdentityLookup, cache: OnlineCache): IdentityService {
  const warp = new Map<string, WarpState>();
  let online = false;
  let prefer: Prefer = 'offline';
  return {
    cache,
    offline: (ip) => lookup.lookup(ip),
    identify(ip) {
      const id = addressId(ip);
      return mergeIdentity(
        lookup.lookup(ip),
        online ? cache.get(ip) : null,
        (id ? warp.get(id) : undefined) ?? null,
        prefer,
      );
    },
    noteWords({ answer, words }) {
      const id = addressId(answer);
      const state = warpFromTrace(words.warp);
      if (!id || state === null) return;
      warp.delete(id);
      warp.set(id, state);
      if (warp.size > WARP_MEMORY) warp.delete(warp.keys().next().value ?? '');
    },
    useOnline(on, p) {
      online = on;
      prefer = p;
    },
    problems: () => lookup.problems(),
    close: () => lookup.close(),
  };
}
