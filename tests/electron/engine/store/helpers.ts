/** Test helpers for the history store: a fake clock, a collecting logger and temp folders. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach } from 'vitest';

import type { Clock, Timer } from '../../../../electron/engine/clock';
import { createLogger, type LogRecord } from '../../../../electron/engine/logger';
import { openHistoryStore, type OpenHistoryStoreOptions } from '../../../../electron/engine/store';
import type { ChangeEvent } from '../../../../shared/types';

export interface FakeClock extends Clock {
  /** Moves time forward, firing due timers in order. */
  advance(ms: number): void;
  set(at: number): void;
  pending(): number;
}

export function fakeClock(start = Date.UTC(2025, 0, 1)): FakeClock {
  let now = start;
  let seq = 0;
  const timers = new Map<number, { due: number; fn: () => void }>();
  const clock: FakeClock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      const id = ++seq;
      timers.set(id, { due: now + ms, fn });
      return id as unknown as Timer;
    },
    clearTimeout: (t) => {
      timers.delete(t as unknown as number);
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const next = [...timers.entries()].filter(([, t]) => t.due <= end).sort((a, b) => a[1].due - b[1].due)[0];
        if (!next) break;
        timers.delete(next[0]);
        now = Math.max(now, next[1].due);
        next[1].fn();
      }
      now = end;
    },
    set(at) {
      now = at;
    },
    pending: () => timers.size,
  };
  return clock;
}

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
  const clock = overrides.clock ?? fakeClock();
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
  clock.advance(DAY);
  store.recordChange(change(4, '203.0.113.7', '198.51.100.1', clock.now()));
  await store.close();
  return { clock, dataDir, file: join(dataDir, 'history.sqlite') };
}
