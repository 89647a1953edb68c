/**
 * How an import joins the stored history: a grown file grows its runs, the same address over
 * touching or overlapping time is one run, and where the file and the stored record disagree
 * the stored record wins. The seed bot samples come from tests/fixtures/store/imports/generate.py
 * (froghouse/Discord-IP-Monitor-Bot ip_monitor/storage.py); the ddns-updater file below has the
 * shape of qdm12/ddns-updater internal/persistence/json/models.go.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { importHistoryFile } from '../../../../electron/engine/history-import';
import { changeFits, planRuns } from '../../../../electron/engine/history-import/plan';
import { SpanIndex, subtractSpans } from '../../../../electron/engine/history-import/spans';
import type { ChangeIn, RunIn, StoredRun } from '../../../../electron/engine/store';
import { change, HOUR, MIN, openTest, tempDir } from '../store/helpers';

const FIXTURES = join(__dirname, '../../../fixtures/store/imports');
const T0 = Date.UTC(2025, 4, 1, 12);

/** An updates.json of one record whose addresses were set `h` hours after T0, at RFC 3339 nanosecond precision. */
async function ddnsFile(ips: [string, number][]): Promise<string> {
  const time = (h: number) => new Date(T0 + h * HOUR).toISOString().replace('.000Z', '.000000001Z');
  const path = join(await tempDir(), 'updates.json');
  const record = { domain: 'example.com', owner: '@', ips: ips.map(([ip, h]) => ({ ip, time: time(h) })) };
  await writeFile(path, JSON.stringify({ records: [record] }));
  return path;
}

describe('a re-import of a grown file', () => {
  it('grows the run that grew, and stats name the right longest run', async () => {
    const { store } = await openTest({ dataDir: ':memory:' });
    const first = await importHistoryFile(store, join(FIXTURES, 'seed-grown-1.sqlite'));
    expect(first.runs).toMatchObject({ added: 2 });
    const second = await importHistoryFile(store, join(FIXTURES, 'seed-grown-2.sqlite'));
    expect(second.runs).toEqual({ added: 1, grown: 1, skipped: 1, setAside: 0, trimmed: 0 });
    expect(second.changes).toEqual({ added: 1, skipped: 1, setAside: 0 });
    const [held] = store.history({ ip: '198.51.100.11' }).items;
    expect(held).toMatchObject({ firstSeen: Date.UTC(2025, 2, 3, 9, 0, 0, 119), checks: 1 });
    expect((held?.lastSeen ?? 0) - (held?.firstSeen ?? 0)).toBe(46 * HOUR + 165); // .284 - .119 s
    expect(store.history().total).toBe(3);
    const stats = store.stats({ from: Date.UTC(2025, 2, 1), to: Date.UTC(2025, 2, 10) });
    expect(stats.families.v4.longestRun).toMatchObject({ ip: '198.51.100.11' });
    const again = await importHistoryFile(store, join(FIXTURES, 'seed-grown-2.sqlite'));
    expect(again.runs).toEqual({ added: 0, grown: 0, skipped: 3, setAside: 0, trimmed: 0 });
    expect(store.history().total).toBe(3);
    await store.close();
  });
});

describe("an import that overlaps IPWatch's own record", () => {
  it('joins the same address into one run and sets aside what contradicts the monitor', async () => {
    const { store } = await openTest({ dataDir: ':memory:' });
    const check = (ip: string, at: number) =>
      store.recordCheck({ family: 4, ip, at, trigger: 'interval', sources: ['ipify', 'icanhazip'] });
    // The monitor: .1 from T0 (first sighting), checked every 30 min; .1 -> .2 at T0+2h; checked until T0+5h.
    check('198.51.100.1', T0);
    for (let t = T0 + 30 * MIN; t < T0 + 2 * HOUR; t += 30 * MIN) check('198.51.100.1', t);
    store.recordChange(change(4, '198.51.100.1', '198.51.100.2', T0 + 2 * HOUR));
    for (let t = T0 + 2 * HOUR + 30 * MIN; t <= T0 + 5 * HOUR; t += 30 * MIN) check('198.51.100.2', t);

    // ddns-updater saw .1 from three hours earlier, and says .2 came an hour before the monitor saw it.
    const r = await importHistoryFile(
      store,
      await ddnsFile([
        ['198.51.100.1', -3],
        ['198.51.100.2', 1],
      ]),
    );
    // .2 at T0+1h is set aside: the monitor still saw .1 at T0+1.5h.
    expect(r.runs).toEqual({ added: 0, grown: 1, skipped: 0, setAside: 1, trimmed: 0 });
    expect(r.changes).toEqual({ added: 0, skipped: 0, setAside: 1 });

    const items = store.history({ family: 4 }).items.reverse();
    expect(items.map((x) => [x.ip, x.firstSeen - T0, x.lastSeen - T0, x.change?.trigger ?? null])).toEqual([
      ['198.51.100.1', -3 * HOUR, 90 * MIN, null],
      ['198.51.100.2', 2 * HOUR, 5 * HOUR, 'interval'],
    ]);
    // No two runs overlap, and monitoring goes on in the monitor's own run.
    expect(store.current(4)).toMatchObject({ ip: '198.51.100.2', since: T0 + 2 * HOUR });
    check('198.51.100.2', T0 + 6 * HOUR);
    expect(store.history({ family: 4, limit: 1 }).items[0]).toMatchObject({ lastSeen: T0 + 6 * HOUR });
    await store.close();
  });

  it('a file that claims another address while the monitor saw one is set aside, and says so', async () => {
    const { store } = await openTest({ dataDir: ':memory:' });
    store.recordCheck({ family: 4, ip: '198.51.100.1', at: T0, trigger: 'interval', sources: ['ipify'] });
    store.recordCheck({ family: 4, ip: '198.51.100.1', at: T0 + 4 * HOUR, trigger: 'interval', sources: ['ipify'] });
    const r = await importHistoryFile(
      store,
      await ddnsFile([
        ['198.51.100.1', -1],
        ['198.51.100.9', 1],
        ['198.51.100.1', 2],
      ]),
    );
    expect(r.runs).toMatchObject({ setAside: 1, grown: 1 });
    expect(r.changes).toEqual({ added: 0, skipped: 0, setAside: 2 });
    expect(store.history({ ip: '198.51.100.9' }).total).toBe(0);
    expect(store.history({ family: 4 }).items.map((x) => [x.ip, x.firstSeen - T0, x.lastSeen - T0])).toEqual([
      ['198.51.100.1', -HOUR, 4 * HOUR],
    ]);
    await store.close();
  });
});

describe('merge rules (pure)', () => {
  const H = HOUR;
  const stored = (id: number, ip: string, first: number, last: number, over: Partial<StoredRun> = {}): StoredRun => ({
    id,
    ip,
    firstSeen: first * H,
    lastSeen: last * H,
    checks: 5,
    sources: ['ipify'],
    locked: false,
    ...over,
  });
  const run = (ip: string, first: number, last: number, checks = 2): RunIn => ({
    family: 4,
    ip,
    firstSeen: first * H,
    lastSeen: last * H,
    checks,
    sources: ['import:x'],
  });
  const A = '198.51.100.1';
  const B = '198.51.100.2';

  it.each<[string, StoredRun[], RunIn[], Record<string, number>, [string, number, number][]]>([
    ['into an empty history', [], [run(A, 0, 2)], { added: 1 }, [[A, 0, 2]]],
    [
      'the same run again',
      [stored(1, A, 0, 2, { sources: ['import:x'] })],
      [run(A, 0, 2)],
      { skipped: 1 },
      [[A, 0, 2]],
    ],
    ['a run that grew', [stored(1, A, 0, 2)], [run(A, 0, 5)], { grown: 1 }, [[A, 0, 5]]],
    ['touching time of the same address', [stored(1, A, 0, 2)], [run(A, 2, 3)], { grown: 1 }, [[A, 0, 3]]],
    [
      'overlap: the stored other address wins',
      [stored(1, B, 2, 4)],
      [run(A, 0, 3)],
      { added: 1, trimmed: 1 },
      [
        [A, 0, 2],
        [B, 2, 4],
      ],
    ],
    ['wholly inside another address', [stored(1, B, 0, 4)], [run(A, 1, 3)], { setAside: 1 }, [[B, 0, 4]]],
    ['a single sighting inside another address', [stored(1, B, 0, 4)], [run(A, 2, 2)], { setAside: 1 }, [[B, 0, 4]]],
    [
      'a single sighting where another address ends',
      [stored(1, B, 0, 4)],
      [run(A, 4, 4)],
      { added: 1 },
      [
        [B, 0, 4],
        [A, 4, 4],
      ],
    ],
    [
      'around another address: two parts',
      [stored(1, B, 2, 3)],
      [run(A, 0, 5)],
      { added: 1, trimmed: 1 },
      [
        [A, 0, 2],
        [B, 2, 3],
        [A, 3, 5],
      ],
    ],
    [
      'a run opened by a stored change keeps its start',
      [stored(1, B, 0, 2), stored(2, A, 3, 5, { locked: true })],
      [run(A, 1, 4)],
      { skipped: 1, trimmed: 1 },
      [
        [B, 0, 2],
        [A, 3, 5],
      ],
    ],
    [
      'bridging two runs of the same address',
      [stored(1, A, 0, 1), stored(2, A, 3, 4)],
      [run(A, 1, 3)],
      { grown: 1 },
      [[A, 0, 4]],
    ],
    [
      'one part added, the other growing a stored run: counted as added',
      [stored(1, B, 2, 3), stored(2, A, 4, 5)],
      [run(A, 0, 6)],
      { added: 1, trimmed: 1 },
      [
        [A, 0, 2],
        [B, 2, 3],
        [A, 3, 6],
      ],
    ],
    [
      // The gap a stored change locks runs from the end of the run before it, not from the start of time.
      'a run before the gap a stored change locks',
      [stored(1, A, 0, 2), stored(2, B, 4, 5), stored(3, A, 7, 9, { locked: true })],
      [run(A, 1, 3)],
      { grown: 1 },
      [
        [A, 0, 3],
        [B, 4, 5],
        [A, 7, 9],
      ],
    ],
    [
      'a file listing its newest run first: the older run is merged first',
      [],
      [run(B, 2, 6), run(A, 0, 4)],
      { added: 2, trimmed: 1 },
      [
        [A, 0, 4],
        [B, 4, 6],
      ],
    ],
  ])('%s', (_name, before, incoming, counts, after) => {
    const plan = planRuns(4, before, incoming);
    expect({ added: 0, grown: 0, skipped: 0, setAside: 0, trimmed: 0, ...counts }).toEqual({
      added: plan.added,
      grown: plan.grown,
      skipped: plan.skipped,
      setAside: plan.setAside,
      trimmed: plan.trimmed,
    });
    const kept = new Map(before.filter((s) => !plan.deletes.includes(s.id)).map((s) => [s.id, s]));
    for (const u of plan.updates) kept.set(u.id, u);
    const result = [...kept.values(), ...plan.inserts]
      .map((x): [string, number, number] => [x.ip, x.firstSeen / H, x.lastSeen / H])
      .sort((a, b) => a[1] - b[1] || a[2] - b[2]);
    expect(result).toEqual(after);
  });

  it('writes only the runs it changed, deletes the runs it joined, and gives the timeline by start', () => {
    const beside = planRuns(4, [stored(1, B, 0, 2)], [run(A, 3, 4)]);
    expect(beside).toMatchObject({ updates: [], deletes: [] });
    expect(beside.timeline).toEqual([
      { key: B, firstSeen: 0 },
      { key: A, firstSeen: 3 * H },
    ]);
    const bridged = planRuns(4, [stored(1, A, 0, 1), stored(2, A, 3, 4)], [run(A, 1, 3)]);
    expect(bridged.deletes).toEqual([2]);
    // 5 stored, 2 brought by the import (seen apart), 5 of the run joined.
    expect(bridged.updates).toMatchObject([{ id: 1, checks: 12 }]);
  });

  it(`keeps at most 16 sources of a run`, () => {
    const many = (tag: string) => Array.from({ length: 10 }, (_, i) => `${tag}${i}`);
    const added = planRuns(4, [], [{ ...run(A, 0, 1), sources: [...many('a'), ...many('b')] }]);
    expect(added.inserts[0]!.sources).toEqual([...many('a'), ...many('b')].slice(0, 16));
    const grown = planRuns(4, [stored(1, A, 0, 1, { sources: many('a') })], [{ ...run(A, 0, 2), sources: many('b') }]);
    expect(grown.updates[0]!.sources).toEqual([...many('a'), ...many('b')].slice(0, 16));
  });

  it('checks: the same run grown does not count its sightings twice; runs seen apart add up', () => {
    const reimport = planRuns(4, [stored(1, A, 0, 1, { checks: 3, sources: ['import:x'] })], [run(A, 0, 2, 4)]);
    expect(reimport.updates[0]).toMatchObject({ checks: 4 });
    const own = planRuns(4, [stored(1, A, 1, 2, { checks: 3 })], [run(A, 0, 1, 4)]);
    expect(own.updates[0]).toMatchObject({ checks: 7, firstSeen: 0, sources: ['ipify', 'import:x'] });
  });

  it.each<[string, [number, number], [number, number][], [number, number][]]>([
    ['no blockers', [0, 10], [], [[0, 10]]],
    [
      'touching blockers take nothing',
      [0, 10],
      [
        [10, 12],
        [-2, 0],
      ],
      [[0, 10]],
    ],
    [
      'a blocker inside splits',
      [0, 10],
      [[2, 3]],
      [
        [0, 2],
        [3, 10],
      ],
    ],
    ['a zero-length blocker takes nothing', [0, 10], [[5, 5]], [[0, 10]]],
    ['an instant strictly inside is lost', [5, 5], [[0, 10]], []],
    ['an instant at an edge stays', [10, 10], [[0, 10]], [[10, 10]]],
    ['an instant at the start edge stays', [0, 0], [[0, 10]], [[0, 0]]],
    ['a blocker before takes nothing', [0, 10], [[-5, -2]], [[0, 10]]],
    ['a blocker after takes nothing', [0, 10], [[12, 15]], [[0, 10]]],
    ['a blocker over the start', [0, 10], [[-5, 3]], [[3, 10]]],
    ['a blocker to the very end', [0, 10], [[2, 10]], [[0, 2]]],
    ['a blocker over all of it', [0, 10], [[-1, 11]], []],
  ])('subtractSpans: %s', (_name, span, blockers, expected) => {
    expect(subtractSpans(span, blockers)).toEqual(expected);
  });

  it.each<[string, ChangeIn['from'], number, boolean]>([
    ['the run before is of `from`', A, 2, true],
    ['the run before is another address', '198.51.100.7', 2, false],
    ['no run of `to` starts then', A, 3, false],
    ['a first address with a run before it', null, 2, false],
    ['a first address with nothing before', null, 0, true],
    ['an address before the first run', A, 0, false],
  ])('changeFits: %s', (_name, from, at, fits) => {
    const timeline = [
      { key: A, firstSeen: 0 },
      { key: B, firstSeen: 2 * H },
    ];
    const to = at === 0 ? A : B;
    const c: ChangeIn = { family: 4, from, to, at: at * H, sources: [], trigger: 'import' };
    expect(changeFits(c, timeline)).toBe(fits);
  });
});

it('changeFits: a run starts then, but of another address than the change names', () => {
  const timeline = [
    { key: '198.51.100.1', firstSeen: 0 },
    { key: '198.51.100.2', firstSeen: 2 * HOUR },
  ];
  const c: ChangeIn = {
    family: 4,
    from: '198.51.100.1',
    to: '198.51.100.9',
    at: 2 * HOUR,
    sources: [],
    trigger: 'import',
  };
  expect(changeFits(c, timeline)).toBe(false);
});

describe('SpanIndex', () => {
  it('removes the run asked for, not another starting at the same time', () => {
    const index = new SpanIndex<{ firstSeen: number; lastSeen: number; name: string }>();
    const first = { firstSeen: 5, lastSeen: 6, name: 'first' };
    const second = { firstSeen: 5, lastSeen: 9, name: 'second' };
    index.add(first);
    index.add(second);
    index.remove(second);
    expect(index.items.map((x) => x.name)).toEqual(['first']);
  });

  it('finds what overlaps or touches a span, a long run included, and keeps start order through updates', () => {
    const index = new SpanIndex<{ firstSeen: number; lastSeen: number; name: string }>();
    const long = { firstSeen: 0, lastSeen: 100, name: 'long' };
    const runs = [long, ...[10, 20, 30, 40].map((t) => ({ firstSeen: t, lastSeen: t + 5, name: `r${t}` }))];
    for (const r of [...runs].reverse()) index.add(r);
    expect(index.overlapping(25, 30).map((x) => x.name)).toEqual(['long', 'r20', 'r30']);
    expect(index.overlapping(101, 200)).toEqual([]);
    index.update(runs[4]!, 5, 45);
    expect(index.items.map((x) => x.name)).toEqual(['long', 'r40', 'r10', 'r20', 'r30']);
    index.remove(long);
    expect(index.overlapping(0, 4)).toEqual([]);
  });
});
