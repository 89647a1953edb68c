/**
 * The memory watch's state (issue 77, table memory_watch, migration 27): whether the runner's
 * crossing of its memory bound was told, and the sample of that notice (what growth is measured
 * from), so a runner restarted while still above its bound does not tell it again; the memory
 * part re-arms it when RSS falls back below 90 % of the bound (shared/memory-bound.ts memoryStep).
 * One row. Written only when the state changes (a notice, a re-arm), never per sample. A row this
 * version cannot read is no state: the watch starts afresh, as before the table existed.
 */
import type { MemorySample, MemoryWatchState } from '../../../shared/memory-bound';
import type { StoreCore } from './core';
import { all } from './sqlite';

export interface MemoryWatchStore {
  /** The state last kept, or null (none kept, or a row this version cannot read). */
  memoryWatch(): MemoryWatchState | null;
  /** Keeps the state (the one row replaced). */
  saveMemoryWatch(state: MemoryWatchState): void;
}

const SAMPLE_FIELDS = ['at', 'rssBytes', 'heapUsedBytes', 'heapTotalBytes', 'nativeBytes', 'wasmBytes'] as const;

const isSample = (v: unknown): v is MemorySample =>
  typeof v === 'object' && v !== null && SAMPLE_FIELDS.every((f) => Number.isFinite((v as Record<string, unknown>)[f]));

/** A kept row's body as a state, or null when it is not one. */
export function readMemoryWatch(text: unknown): MemoryWatchState | null {
  let v: unknown;
  try {
    v = typeof text === 'string' ? JSON.parse(text) : null;
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null) return null;
  const { armed, baseline, baselineKind } = v as Record<string, unknown>;
  if (typeof armed !== 'boolean' || (baselineKind !== 'start' && baselineKind !== 'notice')) return null;
  if (baseline !== null && !isSample(baseline)) return null;
  const sample = baseline === null ? null : { ...baseline };
  return { armed, baseline: sample, baselineKind };
}

export function memoryWatchCalls(core: StoreCore): MemoryWatchStore {
  return {
    memoryWatch: core.reading(() => {
      const row = all(core.ctx.db, 'SELECT body FROM memory_watch WHERE id = 1', [])[0];
      return row ? readMemoryWatch(row.body) : null;
    }),
    saveMemoryWatch: core.guard((state: MemoryWatchState) => {
      core.ctx.db.run('INSERT OR REPLACE INTO memory_watch (id, body) VALUES (1, ?)', [JSON.stringify(state)]);
      core.ctx.dirty('event');
    }),
  };
}
