/** The speed tests kept in the history (store/speed-tests.ts, migration 13): written, read back, kept across a reopen. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { createLogger } from '../../../../electron/engine/logger';
import { openHistoryStore } from '../../../../electron/engine/store';
import type { NewSpeedTest } from '../../../../electron/engine/store/speed-tests';
import { FakeClock } from '../../../helpers/fake-clock';

const logger = createLogger('test', { level: 'error', sink: () => undefined });
const test = (at: number, over: Partial<NewSpeedTest> = {}): NewSpeedTest => ({
  at,
  trigger: 'schedule',
  server: 'speed.cloudflare.com',
  family: 4,
  downloadMbps: 93.25,
  uploadMbps: 38.5,
  latencyMs: 12.5,
  jitterMs: 1.25,
  bytes: 48_000_000,
  durationMs: 14_200,
  cut: null,
  error: null,
  ...over,
});

let dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  dirs = [];
});

describe('speed tests in the history', () => {
  it('keeps each test, failed ones with their reason, and reads them newest first within a period', async () => {
    const clock = new FakeClock();
    const store = await openHistoryStore({ dataDir: ':memory:', clock, logger });
    const t0 = clock.now();
    const a = store.recordSpeedTest(test(t0));
    const b = store.recordSpeedTest(
      test(t0 + 3_600_000, {
        downloadMbps: null,
        uploadMbps: null,
        latencyMs: null,
        jitterMs: null,
        bytes: 0,
        error: 'HTTP 429',
      }),
    );
    const c = store.recordSpeedTest(test(t0 + 7_200_000, { trigger: 'manual', family: 6, cut: 'time' }));
    expect(new Set([a.id, b.id, c.id]).size).toBe(3);
    expect(store.speedTests()).toEqual([c, b, a]);
    expect(store.speedTests({ limit: 1 })).toEqual([c]);
    expect(store.speedTests({ from: t0 + 1, to: t0 + 3_600_000 })).toEqual([b]);
    expect(b.error).toBe('HTTP 429');
    await store.close();
  });

  it('keeps them across a reopen of the file', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'ipwatch-speed-'));
    dirs.push(dataDir);
    const clock = new FakeClock();
    const first = await openHistoryStore({ dataDir, clock, logger });
    const kept = first.recordSpeedTest(test(clock.now()));
    await first.close();
    const again = await openHistoryStore({ dataDir, clock, logger });
    expect(again.speedTests()).toEqual([kept]);
    await again.close();
  });

  it('refuses a write on a read-only store', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'ipwatch-speed-'));
    dirs.push(dataDir);
    const clock = new FakeClock();
    const writer = await openHistoryStore({ dataDir, clock, logger });
    writer.recordSpeedTest(test(clock.now()));
    await writer.close();
    const reader = await openHistoryStore({ dataDir, clock, logger, readOnly: true });
    expect(reader.speedTests()).toHaveLength(1);
    expect(() => reader.recordSpeedTest(test(clock.now()))).toThrow(/read-only/);
    await reader.close();
  });
});
