/**
 * Uptime over monitored time, through the real store: what a history of sessions, checks and
 * outages gives for the dashboard's windows. Monitored time starts at the first check; time
 * stopped or paused is neither online nor offline, nor are imported days nobody watched.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { importHistoryFile } from '../../../../electron/engine/history-import';
import type { HistoryStore } from '../../../../electron/engine/store';
import { DAY, MIN, openTest, tempDir } from './helpers';

const SEC = 1000;
const IP = '203.0.113.7';

/** One step of a history, at a time relative to the store's start (T0). */
type Step =
  | { start: number }
  | { stop: number }
  | { check: number; ip?: string | null }
  | { outage: [number, number | null] }
  | { imported: [number, number] };

interface Row {
  name: string;
  steps: Step[];
  /** When the insight is asked, after T0. */
  at: number;
  /** [monitoredMs, offlineMs, percent] for 24 h, 30 d and 1 y. */
  expected: [number, number, number | null][];
}

const same = (r: [number, number, number | null]) => [r, r, r];

const ROWS: Row[] = [
  { name: 'fresh: nothing ran', steps: [], at: 0, expected: same([0, 0, null]) },
  {
    name: 'fresh: started, the first check not back yet',
    steps: [{ start: 0 }],
    at: 30 * SEC,
    expected: same([0, 0, null]),
  },
  {
    // The 30 s before the first check are not monitored: 9 min 30 s, all online.
    name: '10 minutes, the first check 30 s after the start',
    steps: [{ start: 0 }, { check: 30 * SEC }, { check: 5 * MIN }],
    at: 10 * MIN,
    expected: same([9.5 * MIN, 0, 100]),
  },
  {
    // The first check found no internet for 39 s: offline from that check, not from the start.
    name: '10 minutes, offline for the first 39 s of checks',
    steps: [{ start: 0 }, { outage: [20 * SEC, 59 * SEC] }, { check: 59 * SEC }],
    at: 10 * MIN + 20 * SEC,
    expected: same([10 * MIN, 39 * SEC, 93.5]),
  },
  {
    // Stopped from 5 to 20 minutes: neither online nor offline, and an open outage ends at the stop.
    name: 'a stop in the middle',
    steps: [{ start: 0 }, { check: 0 }, { outage: [3 * MIN, null] }, { stop: 5 * MIN }, { start: 20 * MIN }],
    at: 30 * MIN,
    expected: same([15 * MIN, 2 * MIN, 86.66]),
  },
  {
    // 60 days imported from another tool (runs, no sessions): nobody watched those days.
    name: 'imported days without checks, then 12 minutes monitored',
    steps: [{ imported: [-60 * DAY, -1 * DAY] }, { start: 0 }, { check: 0 }],
    at: 12 * MIN,
    expected: same([12 * MIN, 0, 100]),
  },
  {
    name: 'a monitored day 40 days ago and today: the day counts for the year only',
    steps: [{ start: -40 * DAY }, { check: -40 * DAY }, { stop: -39 * DAY }, { start: 0 }, { check: 0 }],
    at: 2 * DAY,
    expected: [
      [DAY, 0, 100],
      [2 * DAY, 0, 100],
      [3 * DAY, 0, 100],
    ],
  },
];

async function importRuns(store: HistoryStore, from: number, to: number): Promise<void> {
  const file = join(await tempDir(), 'other-tool.json');
  const runs = [{ family: 4, ip: '198.51.100.9', firstSeen: from, lastSeen: to, checks: 0, sources: [] }];
  await writeFile(file, JSON.stringify({ format: 'ipwatch-history', version: 1, runs, changes: [], outages: [] }));
  const r = await importHistoryFile(store, file);
  expect(r.runs.added).toBe(1);
}

describe('uptime over monitored time', () => {
  it.each(ROWS)('$name', async ({ steps, at, expected }) => {
    const { store, clock } = await openTest();
    const t0 = clock.now();
    for (const step of steps) {
      if ('start' in step) store.startSession(t0 + step.start);
      else if ('stop' in step) store.endSession(t0 + step.stop);
      else if ('outage' in step) {
        const [s, e] = step.outage;
        store.recordOutage({ start: t0 + s, end: e === null ? null : t0 + e, cause: 'no source answered' });
      } else if ('imported' in step) await importRuns(store, t0 + step.imported[0], t0 + step.imported[1]);
      else
        store.recordCheck({ family: 4, ip: step.ip ?? IP, at: t0 + step.check, trigger: 'interval', sources: ['a'] });
    }
    await clock.advance(at);
    const got = store.insight().uptime.map((u) => [u.monitoredMs, u.offlineMs, u.percent]);
    expect(got).toEqual(expected);
    // The stats of the same window measure the same time (they share the computation).
    const day = store.stats({ from: t0 + at - DAY, to: t0 + at }).uptime;
    expect([day.monitoredMs, day.offlineMs]).toEqual(expected[0]!.slice(0, 2));
    await store.close();
  });
});
