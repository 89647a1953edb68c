/**
 * The map from the history's pages (shared/map/from-history.ts): the period from `days` or
 * `from`/`to`, every page read up to MAX_MAP_RUNS, the identity's country on each run, `total`
 * from the history, the run held now lasting until now, the unknown time in the monitored time only.
 * The query is a list filtered as the store filters (runs current in the period).
 */
import { describe, expect, it } from 'vitest';

import type { HeldRun } from '../../../shared/held-runs';
import { MAX_MAP_RUNS, mapFromHistory, type MapRunsQuery } from '../../../shared/map/from-history';
import type { Span } from '../../../shared/spans';

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

/** The reads over `query`: monitored the whole period unless told, nothing held unless told. */
const reads = (query: MapRunsQuery, o: { monitored?: Span[]; held?: HeldRun[] } = {}) => ({
  history: query,
  monitored: (from: number, to: number): Span[] => o.monitored ?? [[from, to]],
  held: o.held ?? [],
});

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
    const map = mapFromHistory(reads(query), { days: 7 }, now);
    expect(asked[0]).toMatchObject({ from: now - 7 * DAY, to: now, offset: 0 });
    expect(map.countries).toEqual([{ code: 'DE', heldMs: 3 * DAY }]);
    expect(map.unknownMs).toBe(4 * DAY);
    expect(map.runs.map((r) => [r.country, r.asn])).toEqual([
      ['DE', 64500],
      [null, null],
    ]);
    expect(map.total).toBe(2);
  });

  it('on a runner seconds old: its address held until now, nothing unknown before it ran', () => {
    const now = 40 * DAY;
    const started = now - 90_000;
    // The first check saw the address a minute ago; the monitor holds it still.
    const { query } = historyOf([{ ...item(0, 'DE'), firstSeen: started, lastSeen: started }]);
    const map = mapFromHistory(
      reads(query, { monitored: [[started, now]], held: [{ family: 4, since: started }] }),
      { days: 30 },
      now,
    );
    expect(map.countries).toEqual([{ code: 'DE', heldMs: 90_000 }]);
    expect(map.unknownMs).toBe(0);
    expect(map.runs[0]).toMatchObject({ from: started, to: now });
  });

  it.each<[string, { monitored?: Span[]; held?: HeldRun[] }, number, number]>([
    ['not held: the time since the last check is monitored and unknown', { monitored: [[1000, 10_000]] }, 1000, 8000],
    ['held: counted to now', { monitored: [[1000, 10_000]], held: [{ family: 4, since: 1000 }] }, 9000, 0],
    [
      'held, but an older run: it keeps its stamps',
      { monitored: [[1000, 10_000]], held: [{ family: 4, since: 5000 }] },
      1000,
      8000,
    ],
    [
      'held across time not monitored: the gap is not unknown',
      {
        monitored: [
          [1000, 2000],
          [6000, 10_000],
        ],
        held: [{ family: 4, since: 1000 }],
      },
      9000,
      0,
    ],
  ])('%s', (_, o, heldMs, unknownMs) => {
    const { query } = historyOf([{ ...item(1, 'DE'), lastSeen: 2000 }]);
    const map = mapFromHistory(reads(query, o), { from: 0, to: 10_000 }, 10_000);
    expect(map.countries).toEqual([{ code: 'DE', heldMs }]);
    expect(map.unknownMs).toBe(unknownMs);
  });

  it('pages through the history and stops at the most runs one map draws', () => {
    const items = Array.from({ length: MAX_MAP_RUNS + 1500 }, (_, i) => item(i, i % 2 ? 'NL' : 'BE'));
    const { query, asked } = historyOf(items);
    const map = mapFromHistory(reads(query), { from: 0, to: items.length * 1000 + 1000 }, 0);
    expect(map.runs).toHaveLength(MAX_MAP_RUNS);
    expect(map.total).toBe(items.length);
    expect(asked.map((q) => q.offset)).toEqual(Array.from({ length: MAX_MAP_RUNS / 1000 }, (_, i) => i * 1000));
    expect(map.moves.length).toBe(MAX_MAP_RUNS - 1);
  });

  it('stops at a short page', () => {
    const { query, asked } = historyOf(Array.from({ length: 1200 }, (_, i) => item(i, 'DE')));
    expect(mapFromHistory(reads(query), { from: 0, to: 2_000_000 }, 0).runs).toHaveLength(1200);
    expect(asked).toHaveLength(2);
  });
});
