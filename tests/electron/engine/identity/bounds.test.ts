/**
 * The identity part's memory is bounded (issue 49): the offline lookup's remembered answers,
 * the WARP words heard per address, and the online answers kept (and saved).
 */
import { afterAll, describe, expect, it } from 'vitest';

import { createIdentityLookup, MEMO } from '../../../../electron/engine/identity/lookup';
import { createIdentityService, WARP_MEMORY } from '../../../../electron/engine/identity/network-identity';
import { CACHE_LIMIT, type CacheEntry, OnlineCache } from '../../../../electron/engine/identity/online-cache';

const lookup = createIdentityLookup();
afterAll(() => lookup.close());

/** The i-th address of 79.192.0.0/10 (Deutsche Telekom in the shipped data). */
const v4 = (i: number) => `79.${192 + ((i >> 16) & 63)}.${(i >> 8) & 255}.${i & 255}`;

describe('the offline lookup', () => {
  it(`remembers at most ${MEMO} answers`, () => {
    for (let i = 0; i < 4 * MEMO; i++) expect(lookup.lookup(v4(i))?.asn).toBe(3320);
    expect(lookup.remembered).toBe(MEMO);
  });
});

describe('the WARP words', () => {
  it(`are kept for the last ${WARP_MEMORY} addresses heard`, () => {
    const service = createIdentityService(lookup, new OnlineCache(null));
    const n = 3 * WARP_MEMORY;
    for (let i = 0; i < n; i++) service.noteWords({ answer: v4(i), words: { warp: 'on' } });
    // An address heard with warp=on reads as a VPN; the offline data alone says none for these.
    const warped = Array.from({ length: n }, (_, i) => v4(i)).filter((ip) => service.identify(ip)?.vpn);
    expect(warped).toHaveLength(WARP_MEMORY);
    expect(warped[0]).toBe(v4(n - WARP_MEMORY));
    service.close();
  });
});

describe('the online answers', () => {
  it(`keep at most ${CACHE_LIMIT}, the oldest leaving first, and so does the saved file`, async () => {
    let saved = '';
    const cache = new OnlineCache({ load: () => null, save: async (text) => void (saved = text) });
    const entry: CacheEntry = { asn: 3320, org: 'Deutsche Telekom AG', country: 'DE', provider: 'ipinfo', at: 1 };
    const n = CACHE_LIMIT + 500;
    for (let i = 0; i < n; i++) void cache.set(v4(i), entry);
    await cache.flush();
    expect(cache.size).toBe(CACHE_LIMIT);
    expect(cache.has(v4(0))).toBe(false);
    expect(cache.has(v4(n - 1))).toBe(true);
    expect(Object.keys((JSON.parse(saved) as { answers: object }).answers)).toHaveLength(CACHE_LIMIT);
    // About 100 bytes an answer: the file, and what memory holds, stay near 1 MB.
    expect(saved.length).toBeLessThan(CACHE_LIMIT * 120);
  }, 120_000);
});
