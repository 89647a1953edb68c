import { spawn } from 'node:child_process';
import { readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { COUNTER_SAVE_MS, type HistoryStore } from '../../../../electron/engine/store';
import { change, DAY, MIN, openTest } from './helpers';

const savedOnce = (store: HistoryStore) =>
  new Promise<number>((resolve) => store.onSaved((info) => resolve(info.revision)));

describe('persistence', () => {
  it('writes atomically: the file appears, no temp file is left, onSaved reports the revision', async () => {
    const { store, clock, dataDir } = await openTest();
    store.recordChange(change(4, null, '203.0.113.7', clock.now()));
    const saved = savedOnce(store);
    await store.flush();
    expect(await saved).toBe(store.revision());
    const names = await readdir(dataDir);
    expect(names).toContain('history.sqlite');
    expect(names.filter((n) => n.includes('.tmp-'))).toEqual([]);
    expect(store.status()).toMatchObject({ path: join(dataDir, 'history.sqlite'), encrypted: false, lastError: null });
    expect(store.status().bytes).toBe((await stat(join(dataDir, 'history.sqlite'))).size);
    await store.close();
  });

  it('saves an event within 1 s and a counter within COUNTER_SAVE_MS, never pushing the deadline back', async () => {
    const { store, clock } = await openTest();
    // Every save, from the first: an early one would show up here as an extra revision.
    const saves: number[] = [];
    store.onSaved((info) => saves.push(info.revision));
    const t0 = clock.now();
    const base = store.revision(); // a new file counts as one unsaved write (its schema)
    store.recordChange(change(4, null, '203.0.113.7', t0));
    await clock.advance(500);
    store.recordOutage({ start: clock.now(), end: null, cause: 'x' });
    await clock.advance(499);
    // Saves start only from the saver's timer: while it waits, due at 1 s, none has begun.
    expect(clock.dueTimes).toContain(t0 + 1000);
    expect(store.status().savedRevision).toBe(0);
    let saved = savedOnce(store);
    await clock.advance(1);
    expect(await saved).toBe(base + 2);
    expect(saves).toEqual([base + 2]);

    store.recordCheck({ family: 4, ip: '203.0.113.7', at: t0 + MIN, trigger: 'interval', sources: [] });
    store.recordSourceAttempt({ sourceId: 'ipify', at: t0 + MIN, ok: true, latencyMs: 40 });
    await clock.advance(COUNTER_SAVE_MS - 1_000);
    expect(clock.dueTimes).toContain(t0 + 1000 + COUNTER_SAVE_MS);
    expect(store.status().savedRevision).toBe(base + 2);
    saved = savedOnce(store);
    await clock.advance(1_000);
    // Three writes: the check extends its run and joins the recent checks, the attempt counts.
    expect(await saved).toBe(base + 5);
    expect(saves).toEqual([base + 2, base + 5]);
    await store.close();
  });

  it('flushes on close and reopens with everything', async () => {
    const first = await openTest();
    first.store.recordChange(change(4, null, '203.0.113.7', first.clock.now()));
    first.store.audit({ actor: 'cli', action: 'test', result: 'ok' });
    await first.store.close();
    const again = await openTest({ dataDir: first.dataDir, clock: first.clock });
    expect(again.store.history().total).toBe(1);
    expect(again.store.auditLog()).toHaveLength(1);
    await again.store.close();
  });

  it('rotates daily backups, keeping 7', async () => {
    const { store, clock, dataDir } = await openTest();
    for (let day = 0; day < 10; day++) {
      store.recordChange(change(4, null, `203.0.113.${day + 1}`, clock.now()));
      await store.flush();
      store.recordCheck({
        family: 4,
        ip: `203.0.113.${day + 1}`,
        at: clock.now() + MIN,
        trigger: 'interval',
        sources: [],
      });
      await store.flush(); // a second save the same day adds no backup
      await clock.advance(DAY);
    }
    const backups = (await readdir(join(dataDir, 'backups'))).sort();
    expect(backups).toEqual(
      Array.from({ length: 7 }, (_, i) => `history-2025-01-${String(i + 4).padStart(2, '0')}.sqlite`),
    );
    await store.close();
  });

  it('removes stale temp files of a killed writer, keeps fresh ones of a live writer', async () => {
    const { store: s0, dataDir, clock } = await openTest();
    await s0.close();
    // A writer that ran and exited: its pid no longer runs (stale-temps.test.ts: a live one's file stays).
    const ended = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    await new Promise((r) => ended.once('exit', r));
    const stale = join(dataDir, `history.sqlite.tmp-${ended.pid}-1`);
    const fresh = join(dataDir, `history.sqlite.tmp-${ended.pid}-2`);
    await writeFile(stale, 'half');
    await writeFile(fresh, 'half');
    const old = new Date(clock.now() - 10 * MIN);
    await utimes(stale, old, old);
    await utimes(fresh, new Date(clock.now()), new Date(clock.now()));
    const { store } = await openTest({ dataDir, clock });
    const names = await readdir(dataDir);
    expect(names).not.toContain(`history.sqlite.tmp-${ended.pid}-1`);
    expect(names).toContain(`history.sqlite.tmp-${ended.pid}-2`);
    await store.close();
  });

  it('backs up to and restores from a file the user picks, keeping the replaced history', async () => {
    const { store, clock, dataDir } = await openTest();
    store.recordChange(change(4, null, '203.0.113.7', clock.now()));
    const file = join(dataDir, 'picked.sqlite');
    expect((await store.backupTo(file)).bytes).toBeGreaterThan(0);
    store.recordChange(change(4, '203.0.113.7', '198.51.100.1', clock.now() + DAY));
    expect(store.history().total).toBe(2);
    const { keptAs } = await store.restoreFrom(file);
    expect(store.history().total).toBe(1);
    expect(store.current(4)?.ip).toBe('203.0.113.7');
    expect(keptAs).toMatch(/history-before-restore-/);
    expect((await readFile(keptAs ?? '')).length).toBeGreaterThan(0);
    await expect(store.restoreFrom(join(dataDir, 'missing.sqlite'))).rejects.toThrow(/ENOENT/);
    await writeFile(join(dataDir, 'junk.sqlite'), 'not a database at all, definitely');
    await expect(store.restoreFrom(join(dataDir, 'junk.sqlite'))).rejects.toThrow();
    expect(store.history().total).toBe(1);
    await store.close();
  });

  it("works without a file for ':memory:'", async () => {
    const { store, clock } = await openTest({ dataDir: ':memory:' });
    store.recordChange(change(4, null, '203.0.113.7', clock.now()));
    await store.flush();
    expect(store.status()).toMatchObject({ path: null, bytes: 0 });
    expect(store.history().total).toBe(1);
    await store.close();
  });
});
