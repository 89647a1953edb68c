/**
 * A monitor change's why and a speed test's error kept with their codes (migration 17, issue 62):
 * saved with one, they come back after the store is opened again and are said in German and
 * Indonesian; kept by a version before codes (schema 16, the English alone), the store opens,
 * the rows load whole and say their English in every language.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { inEnglish, reason } from '../../../../electron/engine/reason';
import { migrate } from '../../../../electron/engine/store/migrations';
import { newDatabase } from '../../../../electron/engine/store/sqlite';
import type { MonitorChange } from '../../../../shared/contract/monitors';
import type { SpeedTestResult } from '../../../../shared/contract/speed';
import { translator } from '../../../../shared/i18n/translators';
import { sayReason } from '../../../../shared/words/reason';
import { speedError } from '../../../../shared/words/speed';
import { openTest, tempDir } from './helpers';

const refused = reason('reason.monitor.statusNotExpected', { status: 502, expected: 'any' });
const change: MonitorChange = {
  monitor: 'web',
  at: 5_000,
  state: 'down',
  why: inEnglish(refused),
  reason: refused,
  latencyMs: null,
  afterChange: false,
};
const cut = reason('reason.speed.unreachable', { said: 'getaddrinfo ENOTFOUND speed.example' });
const test: Omit<SpeedTestResult, 'id'> = {
  at: 6_000,
  trigger: 'manual',
  server: 'https://speed.example',
  family: 4,
  downloadMbps: null,
  uploadMbps: null,
  latencyMs: null,
  jitterMs: null,
  bytes: 0,
  durationMs: 0,
  cut: null,
  error: inEnglish(cut),
  reason: cut,
};

describe('a change and a test kept with their codes', () => {
  it('come back after the store is opened again, said in German and Indonesian', async () => {
    const { store, dataDir } = await openTest();
    store.recordMonitorState(change);
    store.recordSpeedTest(test);
    store.recordMonitorState({ ...change, at: 7_000, state: 'up', why: null, reason: undefined });
    await store.close();

    const again = await openTest({ dataDir });
    const [up, down] = again.store.monitorStates({ monitor: 'web' });
    expect(down).toEqual(change);
    expect(up).not.toHaveProperty('reason');
    expect(again.store.lastMonitorStates()).toEqual([up]);
    const [kept] = again.store.speedTests();
    expect(kept).toMatchObject({ ...test, reason: cut });
    expect(down!.why).toBe('answered status 502, expected a 2xx or 3xx answer');
    expect(sayReason(down!.reason, down!.why!, translator('de'))).toBe(
      'antwortete mit Status 502, erwartet: eine 2xx- oder 3xx-Antwort',
    );
    // Node's text said in words (shared/words/speed.ts), never its raw code.
    expect(speedError(kept!, translator('de'))).toBe(
      'Speedtest-Server nicht erreichbar: Der Name speed.example wurde nicht gefunden (DNS): prüfen Sie ihn auf Tippfehler.',
    );
    expect(speedError(kept!, translator('id'))).toBe(
      'server tes kecepatan tidak dapat dijangkau: Nama speed.example tidak ditemukan (DNS): periksa apakah ada salah ketik.',
    );
    await again.store.close();
  });

  it('kept before codes (schema 16): the store opens, the rows load whole with their English', async () => {
    const dataDir = await tempDir();
    const db = await newDatabase();
    migrate(db, 16);
    db.run(
      `INSERT INTO monitor_states (monitor, at, state, why, latency_ms, after_change) VALUES ('web', 5000, 'down', ?, NULL, 0)`,
      [change.why],
    );
    db.run(
      `INSERT INTO speed_tests (at, trigger, server, family, bytes, duration_ms, error)
       VALUES (6000, 'manual', 'https://speed.example', 4, 0, 0, ?)`,
      [test.error],
    );
    await writeFile(join(dataDir, 'history.sqlite'), db.export());
    db.close();

    const { store } = await openTest({ dataDir });
    const { reason: _dropped, ...old } = change;
    expect(store.monitorStates()).toEqual([old]);
    const { reason: _none, ...oldTest } = test;
    const [kept] = store.speedTests();
    expect(kept).toEqual({ id: 1, ...oldTest });
    for (const language of ['en', 'de', 'id'] as const) {
      expect(sayReason(store.monitorStates()[0]!.reason, change.why!, translator(language))).toBe(change.why);
      expect(speedError(kept!, translator(language))).toBe(test.error);
    }
    await store.close();
  });
});

describe("a monitor's changes across a wall clock set back", () => {
  it('keep the newest written as the current state, first in the list, after a reopen', async () => {
    const { store, dataDir } = await openTest();
    store.recordMonitorState({ ...change, at: 90_000_000, state: 'up', why: null, reason: undefined });
    // The clock was set back a day: the service's fall is stamped before its last rise.
    store.recordMonitorState({ ...change, at: 90_000_000 - 86_400_000 + 60_000 });
    await store.close();
    const again = await openTest({ dataDir });
    expect(again.store.lastMonitorStates().map((c) => c.state)).toEqual(['down']);
    expect(again.store.monitorStates({ monitor: 'web' }).map((c) => c.state)).toEqual(['down', 'up']);
    expect(again.store.monitorStates().map((c) => c.state)).toEqual(['down', 'up']);
    await again.store.close();
  });
});
