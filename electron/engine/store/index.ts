/**
 * electron/engine/store: the history store. It owns DATA_DIR/history.sqlite (sql.js, run-length
 * schema, versioned migrations), its daily backups in DATA_DIR/backups, recovery from a
 * damaged file, optional AES-256-GCM at rest, the notification outbox table, the audit log,
 * history/stats queries, and import/export. Plain Node; the clock and logger are injected.
 *
 * `dataDir: ':memory:'` gives the same store without any file, for tests of other modules.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { removeStaleTemps, writeFileAtomic } from './atomic-file';
import { readAudit, writeAudit } from './audit';
import { dailyBackup } from './backups';
import type { StoreContext } from './context';
import { assertKey, encrypt } from './encryption';
import { exportHistory } from './export';
import { queryHistory } from './history-query';
import type { CurrentState, HistoryStore } from './history-types';
import { readImport } from './import';
import { mergeBatch } from './import-merge';
import { type Loaded, loadDatabase, openBytes } from './load';
import { migrate, schemaVersion } from './migrations';
import { createOutbox } from './outbox';
import { RunRecorder } from './runs';
import { Saver } from './saver';
import { SourceStats } from './source-stats';
import { type Database, newDatabase, num, one } from './sqlite';
import { queryStats } from './stats-query';

export type * from './history-types';
export type * from './types';
export { WrongKeyError, parseKey } from './encryption';
export { ImportError } from './import-merge';
export { NewerSchemaError } from './migrations';

export interface OpenHistoryStoreOptions {
  /** Folder of history.sqlite, or ':memory:' for a store that never touches the disk. */
  dataDir: string;
  clock: Clock;
  logger: Logger;
  /** 32-byte key for encryption at rest; null or absent keeps the file plain. Asked once at open. */
  key?: () => Promise<Buffer | null> | Buffer | null;
  /** Daily backups kept (default 7). */
  backupsKeep?: number;
  /** Days of hourly source stats before they are rolled up to days (default 90). */
  statsRetentionDays?: number;
  debounce?: { eventMs?: number; counterMs?: number };
}

export const HISTORY_FILE = 'history.sqlite';

export async function openHistoryStore(opts: OpenHistoryStoreOptions): Promise<HistoryStore> {
  const { clock } = opts;
  const logger = opts.logger;
  const persistent = opts.dataDir !== ':memory:';
  const path = persistent ? join(opts.dataDir, HISTORY_FILE) : null;
  const backupDir = join(opts.dataDir, 'backups');
  const key = (await opts.key?.()) ?? null;
  if (key) assertKey(key);

  let loaded: Loaded;
  if (path) {
    await mkdir(opts.dataDir, { recursive: true });
    await removeStaleTemps(path, clock.now());
    loaded = await loadDatabase({ path, backupDir, key, now: clock.now(), logger });
  } else {
    loaded = { db: await newDatabase(), needsSave: false };
  }
  let db: Database = loaded.db;
  const upgraded = migrate(db);
  if (upgraded.length) logger.info('history schema upgraded', { versions: upgraded });

  let closed = false;
  let bytesOnDisk = 0;
  const ctx: StoreContext = {
    get db() {
      return db;
    },
    clock,
    logger,
    dirty: (kind) => saver.markDirty(kind),
  };
  const runs = new RunRecorder(ctx);
  const sourceStats = new SourceStats(ctx, opts.statsRetentionDays ?? 90);
  /** Puts the in-memory counters into their rows: before saves, queries and exports. */
  const materialize = () => {
    runs.materialize();
    sourceStats.materialize();
  };
  const fileBytes = (): Uint8Array => {
    materialize();
    const plain = db.export();
    return key ? encrypt(plain, key) : plain;
  };
  const saver = new Saver({
    clock,
    logger,
    eventMs: opts.debounce?.eventMs ?? 1_000,
    counterMs: opts.debounce?.counterMs ?? 60_000,
    snapshot: () => (path ? fileBytes() : (materialize(), new Uint8Array(0))),
    persist: async (bytes) => {
      if (!path) return;
      await writeFileAtomic(path, bytes);
      bytesOnDisk = bytes.length;
      // A failed backup must not fail the save that already succeeded.
      await dailyBackup(backupDir, bytes, clock.now(), opts.backupsKeep ?? 7).catch((err: unknown) =>
        logger.warn('daily backup failed', { error: String(err) }),
      );
    },
  });
  runs.reload();
  if (path && (loaded.needsSave || upgraded.length)) saver.markDirty('event');

  const writable = () => {
    if (closed) throw new Error('history store is closed');
  };
  const guard =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      writable();
      return fn(...args);
    };
  const read = <R>(fn: () => R): R => {
    writable();
    materialize();
    return fn();
  };

  const outbox = createOutbox(ctx, () => saver.flush());

  const store: HistoryStore = {
    current: (family) => runs.current(family),
    recordCheck: guard((check) => runs.recordCheck(check)),
    recordChange: guard((change) => runs.recordChange(change)),
    recordOutage: guard((outage) => runs.recordOutage(outage)),
    recordSourceAttempt: guard((attempt) => sourceStats.record(attempt)),
    flush: () => saver.flush(),
    async close() {
      if (closed) return;
      await saver.flush();
      saver.stop();
      closed = true;
      db.close();
    },

    enqueue: guard(outbox.enqueue),
    pending: guard(outbox.pending),
    markSent: guard(outbox.markSent),
    markRetry: guard(outbox.markRetry),
    markExpired: guard(outbox.markExpired),
    expired: guard(outbox.expired),
    counts: guard(outbox.counts),
    flushNow: () => saver.flush(),

    history: (query) => read(() => queryHistory(db, query)),
    stats: (query) => read(() => queryStats(db, clock.now(), query)),
    currentState: () =>
      read((): CurrentState => {
        const o = one(db, 'SELECT * FROM outages WHERE end_at IS NULL ORDER BY start_at DESC LIMIT 1');
        return {
          v4: runs.current(4),
          v6: runs.current(6),
          outage: o ? { start: num(o.start_at), end: null, cause: String(o.cause) } : null,
        };
      }),
    audit: guard((entry) => writeAudit(ctx, entry)),
    auditLog: (query) => read(() => readAudit(ctx, query)),

    async exportTo(out, format) {
      read(() => undefined);
      return exportHistory(() => (writable(), db), out, format, clock.now());
    },
    async importFile(file, format) {
      writable();
      const { format: found, batch } = await readImport(file, format);
      writable();
      materialize();
      const result = mergeBatch(db, found, batch);
      runs.reload();
      saver.markDirty('event');
      logger.info('history imported', { file, ...result });
      return result;
    },
    async backupTo(file) {
      writable();
      const bytes = fileBytes();
      await writeFileAtomic(file, bytes);
      return { bytes: bytes.length };
    },
    async restoreFrom(file) {
      writable();
      const incoming = await openBytes(await readFile(file), key);
      try {
        migrate(incoming);
      } catch (err) {
        incoming.close();
        throw err;
      }
      let keptAs: string | null = null;
      if (path) {
        keptAs = join(
          backupDir,
          `history-before-restore-${new Date(clock.now()).toISOString().replace(/[:.]/g, '-')}.sqlite`,
        );
        await mkdir(backupDir, { recursive: true });
        await writeFileAtomic(keptAs, fileBytes());
      }
      db.close();
      db = incoming;
      sourceStats.reset();
      runs.reload();
      saver.markDirty('event');
      await saver.flush();
      logger.info('history restored', { file, keptAs });
      return { keptAs };
    },
    status: () => ({
      path,
      bytes: bytesOnDisk,
      lastSaveAt: saver.last?.at ?? null,
      lastSaveMs: saver.last ? Math.round(saver.last.durationMs * 100) / 100 : null,
      lastError: saver.lastError,
      revision: saver.revision,
      savedRevision: saver.savedRevision,
      schemaVersion: closed ? 0 : schemaVersion(db),
      encrypted: key !== null,
      ...(loaded.recovered ? { recovered: loaded.recovered } : {}),
    }),
    revision: () => saver.revision,
    onSaved: (listener) => saver.onSaved(listener),
  };
  if (path)
    bytesOnDisk = await readFile(path).then(
      (b) => b.length,
      () => 0,
    );
  return store;
}
