/**
 * electron/engine/store: the history store. It owns DATA_DIR/history.sqlite (sql.js, run-length
 * schema, versioned migrations), its daily backups in DATA_DIR/backups, recovery from a
 * damaged file, optional AES-256-GCM at rest, the notification outbox table, the audit log,
 * history/stats queries, export, and the rows an import writes (the files are read and judged
 * in ../history-import, which uses beginImport). Plain Node; the clock and logger are injected.
 *
 * `dataDir: ':memory:'` gives the same store without any file, for tests of other modules.
 * `readOnly` gives a store for other processes than the writer (see data-lock.ts): it reads
 * the file once and never saves, migrates on disk, moves or repairs anything.
 */
import { openCore, type OpenHistoryStoreOptions } from './core';
import { ddnsJobCalls } from './ddns-jobs';
import { assertKey } from './encryption';
import { fleetCalls } from './fleet';
import type { HistoryStore } from './history-types';
import { memoryWatchCalls } from './memory-watch';
import { monitorStateCalls } from './monitor-states';
import { fileCalls, monitorCalls, outboxCalls, queryCalls, statusCalls } from './parts';
import { pathCalls } from './paths';
import { speedTestCalls } from './speed-tests';

export type * from './history-types';
export type * from './types';
export type * from './import-rows';
export type { ClockStepRecord } from './clock-steps';
export { MAX_PATHS, type PathStore, type StoredPath } from './paths';
export { COUNTER_SAVE_MS, type OpenHistoryStoreOptions } from './core';
export { HISTORY_FILE } from './disk';
export { WrongKeyError, parseKey } from './encryption';
export { HistoryDamagedError } from './load';
export { NewerSchemaError } from './migrations';
export { readForeignDatabase, wasmMemoryBytes } from './sqlite';

/** Opens the history (see OpenHistoryStoreOptions); the key, when there is one, is checked first. */
export async function openHistoryStore(opts: OpenHistoryStoreOptions): Promise<HistoryStore> {
  const key = (await opts.key?.()) ?? null;
  if (key) assertKey(key);
  const core = await openCore(opts, key);
  return {
    ...monitorCalls(core),
    ...outboxCalls(core),
    ...queryCalls(core),
    ...fileCalls(core),
    ...statusCalls(core),
    ...ddnsJobCalls(core),
    ...monitorStateCalls(core),
    ...speedTestCalls(core),
    ...fleetCalls(core),
    ...pathCalls(core),
    ...memoryWatchCalls(core),
  };
}
