import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { COUNTER_SAVE_MS, type HistoryStore, type SaveInfo } from '../../../../electron/engine/store';
import { parseJournal } from '../../../../electron/engine/store/counter-journal';
import { change, MIN, openTest, tempDir } from './helpers';

const JOURNAL = 'history.sqlite.counters';
const KEY = Buffer.alloc(32, 7);

/** The history and its journal as they are now, in a new folder: what a crash would leave. */
async function crashCopy(dataDir: string): Promise<string> {
  const to = await tempDir();
  for (const f of ['history.sqlite', JOURNAL]) await copyFile(join(dataDir, f), join(to, f));
  return to;
}

const nextSave = (store: HistoryStore) => new Promise<SaveInfo>((resolve) => store.onSaved(resolve));

/** A store with one run saved in full, then `checks` checks extending it, saved to the journal. */
async function journaled(checks: number, o: { key?: Buffer } = {}) {
  const t = await openTest(o.key ? { key: () => o.key! } : {});
  const { store, clock } = t;
  const t0 = clock.now();
  store.recordChange(change(4, null, '203.0.113.7', t0));
  await store.flush();
  for (let i = 1; i <= checks; i++) {
    store.recordCheck({ family: 4, ip: '203.0.113.7', at: t0 + i * 10_000, trigger: 'interval', sources: ['ipify'] });
    store.recordSourceAttempt({ sourceId: 'ipify', at: t0 + i * 10_000, ok: true, latencyMs: 30 });
  }
  const saved = nextSave(store);
  await clock.advance(COUNTER_SAVE_MS);
  return { ...t, t0, info: await saved };
}

/** journaled(), then what a crash would leave, in a folder of its own; the writer is closed. */
async function crashed(checks: number, o: { key?: Buffer } = {}) {
  const first = await journaled(checks, o);
  const dataDir = await crashCopy(first.dataDir);
  await first.store.close();
  return { ...first, dataDir };
}

describe('parseJournal', () => {
  it.each([
    ['not JSON', '{', 'not JSON'],
    [
      'another version',
      JSON.stringify({ v: 2, base: 'x', schema: 7, at: 0, rows: [] }),
      'not a counters journal of this version',
    ],
    ['no rows', JSON.stringify({ v: 1, base: 'x', schema: 7, at: 0 }), 'not a counters journal of this version'],
    [
      'a row without an id',
      JSON.stringify({ v: 1, base: 'x', schema: 7, at: 0, rows: [{ t: 'runs' }] }),
      'a row without table or id',
    ],
    [
      'a row that is a string',
      JSON.stringify({ v: 1, base: 'x', schema: 7, at: 0, rows: [{ t: 'runs', id: 1, row: 's' }] }),
      'a row that is not an object',
    ],
  ])('%s: %s', (_name, text, reason) => expect(parseJournal(text)).toBe(reason));

  it('takes a journal with rows and deletions', () => {
    const j = {
      v: 1,
      base: 'x',
      schema: 7,
      at: 5,
      rows: [
        { t: 'runs', id: 1, row: { checks: 3 } },
        { t: 'runs', id: 2 },
      ],
    };
    expect(parseJournal(JSON.stringify(j))).toEqual(j);
  });
});

describe('the counters journal', () => {
  it('takes a steady minute instead of a full save, and brings its counters back after a crash', async () => {
    const { store, dataDir, clock, t0, info } = await journaled(6);
    expect(info.kind).toBe('counters');
    const file = await readFile(join(dataDir, 'history.sqlite'));
    const journal = JSON.parse(await readFile(join(dataDir, JOURNAL), 'utf8')) as { rows: { t: string }[] };
    expect(new Set(journal.rows.map((r) => r.t))).toEqual(
      new Set(['runs', 'sources', 'source_hours', 'source_days', 'source_months', 'recent_checks']),
    );
    expect(info.bytes).toBeLessThan(file.length / 20);
    // A crash now: what is on disk (the file and the journal) opens elsewhere; the journal is replayed.
    const crashed = await crashCopy(dataDir);
    await store.close();
    const again = await openTest({ dataDir: crashed, clock });
    const [run] = again.store.history({ family: 4 }).items;
    expect(run).toMatchObject({ ip: '203.0.113.7', lastSeen: t0 + 60_000, checks: 7 });
    expect(again.store.stats({ days: 1 }).sources).toContainEqual(expect.objectContaining({ source: 'ipify', ok: 6 }));
    // The dashboard's strip of recent checks too.
    expect(again.store.insight().checks.v4.map((c) => c.at)).toEqual([1, 2, 3, 4, 5, 6].map((i) => t0 + i * 10_000));
    expect(again.records.map((r) => r.message)).toContain('replayed the counters journal');
    // ...and saves it whole soon after, which makes the journal obsolete.
    await again.clock.advance(1_000);
    await again.store.flush();
    expect(await readdir(crashed)).not.toContain(JOURNAL);
    await again.store.close();
  });

  it('is left out once a full save holds it: a stale journal never goes back onto a newer file', async () => {
    const { store, dataDir, clock } = await journaled(3);
    await copyFile(join(dataDir, JOURNAL), join(dataDir, 'stale'));
    store.recordChange(change(4, '203.0.113.7', '198.51.100.1', clock.now()));
    await store.close();
    expect(await readdir(dataDir)).not.toContain(JOURNAL);
    await copyFile(join(dataDir, 'stale'), join(dataDir, JOURNAL));
    const again = await openTest({ dataDir, clock });
    const runs = again.store.history({ family: 4 }).items;
    expect(runs.map((r) => [r.ip, r.checks])).toEqual([
      ['198.51.100.1', 1],
      ['203.0.113.7', 4],
    ]);
    expect(again.records.map((r) => r.message)).not.toContain('replayed the counters journal');
    await again.store.close();
  });

  it('rewrites the whole file at least hourly, whatever the counters', async () => {
    const { store, clock, t0 } = await openTest().then(async (t) => ({ ...t, t0: t.clock.now() }));
    store.recordChange(change(4, null, '203.0.113.7', t0));
    await store.flush();
    const kinds: string[] = [];
    const every = COUNTER_SAVE_MS / MIN;
    for (let m = every; m <= 65; m += every) {
      store.recordCheck({ family: 4, ip: '203.0.113.7', at: t0 + m * MIN, trigger: 'interval', sources: [] });
      const saved = nextSave(store);
      await clock.advance(COUNTER_SAVE_MS);
      kinds.push((await saved).kind);
    }
    // Journals until the hour is up, then a full save.
    const beforeHour = Math.floor(59 / every);
    expect(kinds.slice(0, beforeHour).every((k) => k === 'counters')).toBe(true);
    expect(kinds.slice(beforeHour)).toContain('full');
    await store.close();
  });

  it('is encrypted with the history; a plain journal beside an encrypted history is ignored', async () => {
    const { dataDir, clock } = await crashed(2, { key: KEY });
    const raw = await readFile(join(dataDir, JOURNAL));
    expect(raw.includes(Buffer.from('203.0.113.7'))).toBe(false);
    expect(raw.includes(Buffer.from('runs'))).toBe(false);
    const forged = { v: 1, base: 'x', schema: 7, at: 0, rows: [{ t: 'runs', id: 1, row: { checks: 999 } }] };
    await writeFile(join(dataDir, JOURNAL), JSON.stringify(forged));
    const again = await openTest({ dataDir, clock, key: () => KEY });
    expect(again.store.history({ family: 4 }).items[0]?.checks).toBe(1);
    expect(again.records).toContainEqual(
      expect.objectContaining({
        message: 'ignored the counters journal',
        data: expect.objectContaining({ reason: 'encrypted differently from the history' }),
      }),
    );
    await again.store.close();
  });

  it('applies all of a journal or nothing: one row naming an unknown table leaves the file as it was', async () => {
    const { dataDir, clock } = await crashed(2);
    const j = JSON.parse(await readFile(join(dataDir, JOURNAL), 'utf8')) as { rows: unknown[] };
    j.rows.push({ t: 'nope', id: 1, row: { x: 1 } });
    await writeFile(join(dataDir, JOURNAL), JSON.stringify(j));
    const again = await openTest({ dataDir, clock });
    expect(again.store.history({ family: 4 }).items[0]?.checks).toBe(1);
    expect(again.records).toContainEqual(
      expect.objectContaining({
        message: 'ignored the counters journal',
        data: expect.objectContaining({ reason: 'no table nope' }),
      }),
    );
    await again.store.close();
  });

  it('is read by a read-only store too, which leaves it in place', async () => {
    const { dataDir, clock, t0 } = await crashed(4);
    const reader = await openTest({ dataDir, clock, readOnly: true });
    expect(reader.store.history({ family: 4 }).items[0]).toMatchObject({ lastSeen: t0 + 40_000, checks: 5 });
    await reader.store.close();
    expect(await readdir(dataDir)).toContain(JOURNAL);
  });
});
