/**
 * The map from the history's pages (shared/map/from-history.ts): the period from `days` or
 * `from`/`to`, every page read up to MAX_MAP_RUNS, the identity's country on each run, `total`
 * from the history. The query is a list filtered as the store filters (runs current in the period).
 */
import { describe, expect, it } from 'vitest';

import { MAX_MAP_RUNS, mapFromHistory, type MapRunsQuery } from '../../../shared/map/from-history';

const DAY = 86_400_000;
type Item = ReturnType<MapRunsQuery>['items'][number];

function historyOf(items: Item[]) {
  const asked: { from: number; to: number; limit: number; offset: number }[] = [];
  const query: MapRunsQuery = (q) => {
    asked.push(q);
    const all = items.filter((r) => r.lastSeen >= q.from && r.firstSeen <= q.to);
    return { items: all.slice(q.offset, q.offset + q.limit), total: all.length };
  };
  return { query, asked };
}

const item = (i: number, country: string | null): Item => ({
  family: 4,
  ip: `192.0.2.${i % 250}`,
  firstSeen: i * 1000,
  lastSeen: i * 1000 + 1000,
  identity: country ? { asn: 64500, org: 'Example', country, vpn: null } : null,
});

describe('mapFromHistory', () => {
  it('reads the period from days before now, with the country of each run', () => {
    const now = 40 * DAY;
    const { query, asked } = historyOf([
      { ...item(0, 'DE'), firstSeen: now - 5 * DAY, lastSeen: now - 2 * DAY },
      { ...item(1, null), firstSeen: now - 2 * DAY, lastSeen: now },
      { ...item(2, 'FR'), firstSeen: 0, lastSeen: DAY },
    ]);
    const map = mapFromHistory(query, { days: 7 }, now);
    expect(asked[0]).toMatchObject({ from: now - 7 * DAY, to: now, offset: 0 });
    expect(map.countries).toEqual([{ code: 'DE', heldMs: 3 * DAY }]);
    expect(map.unknownMs).toBe(4 * DAY);
    expect(map.runs.map((r) => [r.country, r.asn])).toEqual([
      ['DE', 64500],
      [null, null],
    ]);
    expect(map.total).toBe(2);
  });

  it('pages through the history and stops at the most runs one map draws', () => {
    const items = Array.from({ length: MAX_MAP_RUNS + 1500 }, (_, i) => item(i, i % 2 ? 'NL' : 'BE'));
    const { query, asked } = historyOf(items);
    const map = mapFromHistory(query, { from: 0, to: items.length * 1000 + 1000 }, 0);
    expect(map.runs).toHaveLength(MAX_MAP_RUNS);
    expect(map.total).toBe(items.length);
    expect(asked.map((q) => q.offset)).toEqual(Array.from({ length: MAX_MAP_RUNS / 1000 }, (_, i) => i * 1000));
    expect(map.moves.length).toBe(MAX_MAP_RUNS - 1);
  });

  it('stops at a short page', () => {
    const { query, asked } = historyOf(Array.from({ length: 1200 }, (_, i) => item(i, 'DE')));
    expect(mapFromHistory(query, { from: 0, to: 2_000_000 }, 0).runs).toHaveLength(1200);
    expect(asked).toHaveLength(2);
  });
});
