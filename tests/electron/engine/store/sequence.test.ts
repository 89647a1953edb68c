/**
 * The history's order is the order things happened, not the wall clock's (store/sequence.ts): a
 * clock set back a day between two changes stamps the newer change a day before the older one,
 * and the current address, the history, Activity and the export still put the newer first, on
 * the real store, on disk, and after a restart. Only the wall clock moves (FakeClock set/jump).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';

import { describe, expect, it } from 'vitest';

import { importHistoryFile } from '../../../../electron/engine/history-import';
import { openHistoryStore } from '../../../../electron/engine/store';
import { change, DAY, HOUR, MIN, openTest, tempDir, testLogger } from './helpers';

const OLD = '203.0.113.7';
const NEW = '198.51.100.1';

describe('the history across a wall clock set back', () => {
  it('keeps the newest change current and first in the history and on Activity, across a restart', async () => {
    const { store, clock, dataDir } = await openTest();
    store.recordChange(change(4, null, OLD, clock.now()));
    clock.jump(HOUR);
    store.recordCheck({ family: 4, ip: OLD, at: clock.now(), trigger: 'interval', sources: ['a'] });
    clock.jump(-DAY); // an admin sets the date back a day
    store.recordChange(change(4, OLD, NEW, clock.now()));

    const seen = (s: typeof store) => ({
      current: s.current(4)?.ip,
      history: s.history({}).items.map((r) => r.ip),
      activity: s
        .recentEvents(10)
        .filter((e) => e.type === 'change')
        .map((e) => (e.type === 'change' ? e.to : null)),
      state: s.currentState().v4?.ip,
    });
    const want = { current: NEW, history: [NEW, OLD], activity: [NEW, OLD], state: NEW };
    expect(seen(store)).toEqual(want);
    // Stamps stay wall times, as shown.
    expect(store.history({}).items[0]?.firstSeen).toBe(clock.now());
    await store.close();

    // The monitor resumes from the store's current address after a restart.
    const again = await openHistoryStore({ dataDir, clock, logger: testLogger().logger });
    expect(seen(again)).toEqual(want);
    await again.close();
  });

  it("puts an outage's end above its start on Activity when the clock went back between them", async () => {
    const { store, clock } = await openTest({ dataDir: ':memory:' });
    const start = clock.now();
    store.recordOutage({ start, end: null, cause: 'no route to host' });
    clock.jump(-DAY);
    store.recordOutage({ start, end: clock.now(), cause: 'no route to host' });
    expect(store.recentEvents(10).map((e) => e.type)).toEqual(['online', 'offline']);
    expect(store.currentState().outage).toBeNull();
    await store.close();
  });

  it('exports in the order things happened, and an import of older rows leaves the newest current', async () => {
    const { store, clock } = await openTest({ dataDir: ':memory:' });
    store.recordChange(change(4, null, OLD, clock.now()));
    clock.jump(-DAY);
    store.recordChange(change(4, OLD, NEW, clock.now()));
    const chunks: string[] = [];
    const out = new Writable({
      write(chunk: Buffer, _enc, done) {
        chunks.push(chunk.toString());
        done();
      },
    });
    await store.exportTo(out, 'csv');
    expect(
      chunks
        .join('')
        .trimEnd()
        .split('\n')
        .slice(1)
        .map((l) => l.split(',')[1]),
    ).toEqual([OLD, NEW]);

    // An older history comes in: its rows take their place by time, below the newest.
    const t = clock.now() - 30 * DAY;
    const file = join(await tempDir(), 'older.json');
    await writeFile(
      file,
      JSON.stringify({
        format: 'ipwatch-history',
        version: 1,
        exportedAt: t,
        runs: [{ family: 4, ip: '192.0.2.9', firstSeen: t, lastSeen: t + MIN, checks: 2, sources: ['a'] }],
        changes: [],
        outages: [],
      }),
    );
    const result = await importHistoryFile(store, file, 'ipwatch');
    expect(result.runs.added).toBe(1);
    expect(store.current(4)?.ip).toBe(NEW);
    expect(store.history({}).items.map((r) => r.ip)).toEqual([NEW, OLD, '192.0.2.9']);
    await store.close();
  });
});
