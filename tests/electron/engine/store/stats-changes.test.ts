/**
 * What the stats count as a change: a new address that replaced a known one. The first address
 * of a family is none; one the monitor saw first but that imported history turns out to have
 * replaced is one. Through the real store and importer.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { importHistoryFile } from '../../../../electron/engine/history-import';
import { change, DAY, HOUR, openTest, tempDir } from './helpers';

const T0 = Date.UTC(2026, 0, 5);
const sources = ['ipify'];
const run = (ip: string, firstSeen: number, lastSeen: number) => ({
  family: 4,
  ip,
  firstSeen,
  lastSeen,
  checks: 2,
  sources,
});

describe('changes in the stats', () => {
  it.each([
    ['a fresh install: the first address of each family', [], 0],
    ['a second address replacing the first', ['198.51.100.2'], 1],
    ['three replacements', ['198.51.100.2', '198.51.100.3', '198.51.100.1'], 3],
  ])('%s: %d', async (_name, next, total) => {
    const { store, clock } = await openTest({ dataDir: ':memory:' });
    store.recordChange(change(4, null, '198.51.100.1', T0));
    store.recordChange(change(6, null, '2001:db8:1:2::1', T0));
    let prev = '198.51.100.1';
    next.forEach((ip, i) => {
      store.recordChange(change(4, prev, ip, T0 + (i + 1) * DAY));
      prev = ip;
    });
    clock.set(T0 + 10 * DAY);
    const s = store.stats({ from: T0 - DAY, to: T0 + 10 * DAY });
    expect(s.changes.total).toBe(total);
    expect(s.families.v4.changes).toBe(total);
    expect(s.families.v6.changes).toBe(0);
    expect(s.changes.perDay.reduce((n, d) => n + d.v4, 0)).toBe(total);
    await store.close();
  });

  it("counts the monitor's first address once imported history shows one before it", async () => {
    const { store, clock } = await openTest({ dataDir: ':memory:' });
    // The monitor's first check, then a history imported from before it.
    store.recordChange(change(4, null, '81.2.69.142', T0 + 20 * DAY));
    const path = join(await tempDir(), 'before.json');
    const history = {
      format: 'ipwatch-history',
      version: 1,
      runs: [run('198.51.100.1', T0, T0 + 5 * DAY), run('198.51.100.2', T0 + 5 * DAY, T0 + 20 * DAY - HOUR)],
      changes: [
        { family: 4, from: null, to: '198.51.100.1', at: T0, sources, trigger: 'import' },
        { family: 4, from: '198.51.100.1', to: '198.51.100.2', at: T0 + 5 * DAY, sources, trigger: 'import' },
      ],
      outages: [],
    };
    await writeFile(path, JSON.stringify(history));
    await importHistoryFile(store, path);
    clock.set(T0 + 21 * DAY);
    const s = store.stats({ from: T0 - DAY, to: T0 + 21 * DAY });
    // .1 (the first: none), .1 -> .2, .2 -> 81.2.69.142 (the monitor did not know .2 then; it was replaced all the same).
    expect(s.changes.total).toBe(2);
    expect(s.changes.perDay.filter((d) => d.count).map((d) => d.start)).toEqual([T0 + 5 * DAY, T0 + 20 * DAY]);
    await store.close();
  });
});
