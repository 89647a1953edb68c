/**
 * Monitor sessions: uptime counts only the time the monitor ran, a crash ends the session
 * (and an open outage) at the last sign of life, and a clean stop ends an open outage.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';

import { describe, expect, it } from 'vitest';

import { importHistoryFile } from '../../../../electron/engine/history-import';
import { HISTORY_FILE, type HistoryStore, openHistoryStore } from '../../../../electron/engine/store';
import { intersectSpans, measure, mergeSpans, type Span } from '../../../../shared/spans';
import { DAY, HOUR, MIN, openTest, tempDir, testLogger } from './helpers';

const T0 = Date.UTC(2025, 0, 6);

/** The check a monitor runs as its session starts: monitored time begins at the first one. */
const firstCheck = (store: { recordCheck: HistoryStore['recordCheck'] }, at: number) =>
  store.recordCheck({ family: 4, ip: '203.0.113.7', at, trigger: 'start', sources: ['a'] });

describe('spans', () => {
  it.each<[string, Span[], Span[]]>([
    ['empty', [], []],
    ['drops empty spans', [[5, 5]], []],
    [
      'sorts and merges overlapping and touching ones',
      [
        [10, 20],
        [0, 5],
        [5, 8],
        [15, 30],
      ],
      [
        [0, 8],
        [10, 30],
      ],
    ],
  ])('merge: %s', (_name, input, expected) => {
    expect(mergeSpans(input)).toEqual(expected);
  });

  it.each<[string, Span[], Span[], Span[]]>([
    ['disjoint', [[0, 10]], [[20, 30]], []],
    ['inside', [[0, 100]], [[20, 30]], [[20, 30]]],
    [
      'across several',
      [
        [0, 15],
        [20, 40],
      ],
      [
        [10, 25],
        [30, 50],
      ],
      [
        [10, 15],
        [20, 25],
        [30, 40],
      ],
    ],
  ])('intersect: %s', (_name, a, b, expected) => {
    expect(intersectSpans(a, b)).toEqual(expected);
    expect(intersectSpans(b, a)).toEqual(expected);
  });

  it('measures the part inside a window', () => {
    const spans: Span[] = [
      [0, 10],
      [20, 30],
    ];
    expect(measure(spans, 5, 25)).toBe(10);
    expect(measure(spans, 40, 50)).toBe(0);
  });
});

describe('uptime over monitored time', () => {
  it('counts neither online nor offline while the monitor was not running', async () => {
    const { store, clock } = await openTest({ dataDir: ':memory:' });
    // Day 0: monitored 00:00-06:00 with one hour offline, then not running until 18:00,
    // then monitored until the end of the day (now).
    store.startSession(T0);
    firstCheck(store, T0);
    store.recordOutage({ start: T0 + 2 * HOUR, end: T0 + 3 * HOUR, cause: 'wifi' });
    store.endSession(T0 + 6 * HOUR);
    store.startSession(T0 + 18 * HOUR);
    clock.set(T0 + DAY);
    const s = store.stats({ from: T0, to: T0 + DAY });
    expect(s.uptime.monitoredMs).toBe(12 * HOUR);
    expect(s.uptime.offlineMs).toBe(HOUR);
    // 91.666... rounded down to the hundredth, as every reader shows it (shared/uptime.ts).
    expect(s.uptime.percent).toBe(91.66);
    // The session still runs: counted up to now.
    expect(s.uptime.until).toBe(T0 + DAY);
    expect(s.uptime.perDay[0]).toMatchObject({ monitoredMs: 12 * HOUR, offlineMs: HOUR });
    expect(s.uptime.perDay[1]).toMatchObject({ monitoredMs: 0, offlineMs: 0, percent: null });
    await store.close();
  });

  it('has no uptime figure for a period nobody watched', async () => {
    const { store, clock } = await openTest({ dataDir: ':memory:' });
    store.recordOutage({ start: T0 + HOUR, end: T0 + 2 * HOUR, cause: 'imported' });
    clock.set(T0 + DAY);
    const s = store.stats({ from: T0, to: T0 + DAY });
    expect(s.uptime).toMatchObject({ percent: null, monitoredMs: 0, offlineMs: 0, until: null });
    await store.close();
  });

  it('ends an outage still open at a clean stop, at the stop', async () => {
    const { store, clock } = await openTest({ dataDir: ':memory:' });
    store.startSession(T0);
    firstCheck(store, T0);
    store.recordOutage({ start: T0 + HOUR, end: null, cause: 'cable' });
    store.endSession(T0 + 2 * HOUR);
    expect(store.currentState().outage).toBeNull();
    clock.set(T0 + DAY);
    expect(store.stats({ from: T0, to: T0 + DAY }).uptime).toMatchObject({
      offlineMs: HOUR,
      monitoredMs: 2 * HOUR,
      percent: 50,
      // Stopped: counted up to the stop, not to the end of the period.
      until: T0 + 2 * HOUR,
    });
    await store.close();
  });
});

describe('after a crash', () => {
  it('ends the session and the open outage at the last sign of life that was saved', async () => {
    const { store, clock, dataDir } = await openTest();
    clock.set(T0);
    store.startSession(T0);
    firstCheck(store, T0);
    store.recordOutage({ start: T0 + 10 * MIN, end: null, cause: 'cable' });
    store.alive(T0 + 20 * MIN);
    await store.flush();
    store.alive(T0 + 25 * MIN); // never saved: the process dies here
    // The crash: the file as it is on disk now, reopened later by a new process.
    const after = join(await tempDir(), 'after');
    await mkdir(after);
    await copyFile(join(dataDir, HISTORY_FILE), join(after, HISTORY_FILE));
    const { logger, records } = testLogger();
    const reopened = await openHistoryStore({ dataDir: after, clock, logger });
    // Read-only use (history, stats) repairs nothing; the monitor's next start does.
    expect(reopened.currentState().outage).toMatchObject({ start: T0 + 10 * MIN, end: null });
    clock.set(T0 + 5 * HOUR);
    expect(reopened.stats({ from: T0, to: T0 + 5 * HOUR }).uptime).toMatchObject({
      monitoredMs: 20 * MIN,
      offlineMs: 10 * MIN,
    });
    reopened.startSession(T0 + 5 * HOUR);
    expect(reopened.currentState().outage).toBeNull();
    expect(records.some((r) => r.level === 'warn' && /did not stop cleanly/.test(r.message))).toBe(true);
    clock.set(T0 + 6 * HOUR);
    // The five hours the monitor was down are neither offline nor monitored.
    expect(reopened.stats({ from: T0, to: T0 + 6 * HOUR }).uptime).toMatchObject({
      monitoredMs: 20 * MIN + HOUR,
      offlineMs: 10 * MIN,
    });
    await reopened.close();
    await store.close();
  });
});

describe('export and import', () => {
  it('carry the sessions; a session running at export comes in ended at its last sign of life', async () => {
    const { store, clock } = await openTest({ dataDir: ':memory:' });
    store.startSession(T0);
    firstCheck(store, T0);
    store.endSession(T0 + HOUR);
    store.startSession(T0 + 2 * HOUR);
    store.alive(T0 + 3 * HOUR);
    clock.set(T0 + 3 * HOUR);
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await store.exportTo(out, 'json');
    const text = Buffer.concat(chunks).toString();
    expect((JSON.parse(text) as { sessions: unknown[] }).sessions).toEqual([
      { start: T0, end: T0 + HOUR, lastAlive: T0 + HOUR, clean: true },
      { start: T0 + 2 * HOUR, end: null, lastAlive: T0 + 3 * HOUR, clean: false },
    ]);
    const file = join(await tempDir(), 'export.json');
    await writeFile(file, text);
    const fresh = await openTest({ dataDir: ':memory:', clock });
    expect((await importHistoryFile(fresh.store, file)).sessions).toEqual({ added: 2, skipped: 0 });
    expect((await importHistoryFile(fresh.store, file)).sessions).toEqual({ added: 0, skipped: 2 });
    clock.set(T0 + DAY);
    expect(fresh.store.stats({ from: T0, to: T0 + DAY }).uptime.monitoredMs).toBe(2 * HOUR);
    // Older exports have no sessions and still import.
    const old = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    delete old.sessions;
    await writeFile(file, JSON.stringify(old));
    expect((await importHistoryFile(fresh.store, file)).sessions).toEqual({ added: 0, skipped: 0 });
    await fresh.store.close();
    await store.close();
  });
});
