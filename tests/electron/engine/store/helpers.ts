/** Test helpers for the history store: a collecting logger, temp folders and a store on the fake clock. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach } from 'vitest';

import { createLogger, type LogRecord } from '../../../../electron/engine/logger';
import { openHistoryStore, type OpenHistoryStoreOptions } from '../../../../electron/engine/store';
import type { ChangeEvent } from '../../../../shared/types';
import { FakeClock } from '../../../helpers/fake-clock';

export function testLogger() {
  const records: LogRecord[] = [];
  return { logger: createLogger('test.store', { level: 'debug', sink: (r) => records.push(r) }), records };
}

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

export async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'ipwatch-store-'));
  dirs.push(d);
  return d;
}

export async function openTest(overrides: Partial<OpenHistoryStoreOptions> & { clock?: FakeClock } = {}) {
  const clock = overrides.clock ?? new FakeClock(Date.UTC(2025, 0, 1));
  const { logger, records } = testLogger();
  const dataDir = overrides.dataDir ?? (await tempDir());
  const store = await openHistoryStore({ logger, ...overrides, clock, dataDir });
  return { store, clock, dataDir, records };
}

export const MIN = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** A change event with defaults. */
export const change = (family: 4 | 6, from: string | null, to: string, at: number): ChangeEvent => ({
  type: 'change',
  family,
  from,
  to,
  at,
  fromSince: null,
  trigger: 'interval',
  sources: ['ipify', 'icanhazip'],
});

/** A store with one change saved on day 0 (so a backup holds it) and a second one on day 1, closed. */
export async function twoDays() {
  const { store, clock, dataDir } = await openTest();
  store.recordChange(change(4, null, '203.0.113.7', clock.now()));
  await store.flush();
  await clock.advance(DAY);
  store.recordChange(change(4, '203.0.113.7', '198.51.100.1', clock.now()));
  await store.close();
  return { clock, dataDir, file: join(dataDir, 'history.sqlite') };
}
