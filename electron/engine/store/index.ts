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
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { writeFileAtomic } from './atomic-file';
import { countAudit, readAudit, writeAudit } from './audit';
import type { StoreContext } from './context';
import { RowTracker } from './counter-journal';
import { Disk } from './disk';
import { assertKey } from './encryption';
import { exportHistory } from './export';
import { queryHistory } from './history-query';
import type { CurrentState, HistoryStore } from './history-types';
import { importRows } from './import-rows';
import { migrate, schemaVersion } from './migrations';
import { createOutbox } from './outbox';
import { RunRecorder } from './runs';
import { Saver } from './saver';
import { SessionRecorder } from './sessions';
import { SourceStats } from './source-stats';
import { type Database, num, one, transaction } from './sqlite';
import { Statements } from './statements';
import { queryStats } from './stats-query';

export type * from './history-types';
export type * from './types';
export { WrongKeyError, parseKey } from './encryption';
export type * from './import-rows';
export { readForeignDatabase } from './sqlite';
export { HistoryDamagedError } from './load';
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
  /** Saves: events within eventMs (1 s), counters within counterMs (COUNTER_SAVE_MS, to the journal), the whole file at least every fullEveryMs (1 h). */
  debounce?: { eventMs?: number; counterMs?: number; fullEveryMs?: number };
  /**
   * Read the file once and never write it: queries, export and backup work, every write
   * throws, a damaged file throws HistoryDamagedError, an older schema is upgraded in memory only.
   */
  readOnly?: boolean;
}

export { HISTORY_FILE } from './disk';

/**
 * Check counters (a run's last seen and checks, the session's last sign of life, source
 * attempts) reach the disk within this; events within a second. A crash loses at most this
 * much of them. Five minutes, as vnStat's SaveInterval: each journal costs a few ms of CPU and
 * a small write, which at one a minute was the largest part of a steady check's CPU (a check
 * a minute, the default) and a flash-wearing write a minute on a Raspberry Pi's SD card.
 */
export const COUNTER_SAVE_MS = 5 * 60_000;

export async function openHistoryStore(opts: OpenHistoryStoreOptions): Promise<HistoryStore> {
  const { clock, logger } = opts;
  const key = (await opts.key?.()) ?? null;
  if (key) assertKey(key);
  const readOnly = opts.readOnly ?? false;
  const disk = new Disk({
    dataDir: opts.dataDir,
    key,
    clock,
    logger,
    backupsKeep: opts.backupsKeep ?? 7,
    readOnly,
  });
  const loaded = await disk.load();
  let db: Database = loaded.db;
  // The counters saved since the file's last full save, onto the file they extend.
  const replayed = await disk.applyJournal(db);
  const upgraded = migrate(db);
  // Read once: status() is asked often, and only a restore changes it.
  let version = schemaVersion(db);
  if (upgraded.length) logger.info('history schema upgraded', { versions: upgraded });

  let closed = false;
  const stmts = new Statements(() => db);
  const ctx: StoreContext = {
    get db() {
      return db;
    },
    stmts,
    clock,
    logger,
    dirty: (kind) => saver.markDirty(kind),
  };
  const runs = new RunRecorder(ctx);
  const sourceStats = new SourceStats(ctx, opts.statsRetentionDays ?? 90);
  const sessions = new SessionRecorder(ctx);
  /** Puts the in-memory counters into their rows: before saves, queries and exports. */
  const materialize = () => {
    runs.materialize();
    sessions.materialize();
    sourceStats.materialize();
  };
  const fileBytes = (): Uint8Array => {
    materialize();
    stmts.clear(); // export() frees them anyway
    return disk.encode(db.export());
  };
  const journaled = disk.path !== null && !readOnly;
  const tracker = new RowTracker();
  if (journaled) tracker.attach(db);
  const saver = new Saver({
    clock,
    logger,
    eventMs: opts.debounce?.eventMs ?? 1_000,
    counterMs: opts.debounce?.counterMs ?? COUNTER_SAVE_MS,
    // Without a disk there is nothing to serialize; the counters still go to their rows.
    snapshot: () => (disk.path ? fileBytes() : (materialize(), new Uint8Array(0))),
    persist: (bytes) => disk.persist(bytes),
    saveStarted: () => tracker.saveStarted(),
    saveEnded: (ok) => tracker.saveEnded(ok),
    ...(journaled && {
      // A steady minute's counters: a small file beside the history, not a rewrite of it.
      journal: async () => {
        if (disk.base === null) return null;
        materialize();
        return disk.writeJournal({
          v: 1,
          base: disk.base,
          schema: version,
          at: clock.now(),
          rows: tracker.rows(stmts),
        });
      },
      fullEveryMs: opts.debounce?.fullEveryMs ?? 3_600_000,
    }),
  });
  runs.reload();
  if (journaled && (loaded.needsSave || upgraded.length || replayed)) saver.markDirty('event');

  const open = () => {
    if (closed) throw new Error('history store is closed');
  };
  const writable = () => {
    open();
    if (readOnly) throw new Error('the history was opened read-only; stop the monitor to change it');
  };
  const guard =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      writable();
      return fn(...args);
    };
  const read = <R>(fn: () => R): R => {
    open();
    materialize();
    return fn();
  };
  /** Reads that need no counters materialized, and so work on a read-only store too. */
  const reading =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      open();
      return fn(...args);
    };

  const outbox = createOutbox(ctx, () => saver.flush());

  const store: HistoryStore = {
    current: (family) => runs.current(family),
    recordCheck: guard((check) => runs.recordCheck(check)),
    recordChange: guard((change) => runs.recordChange(change)),
    recordOutage: guard((outage) => runs.recordOutage(outage)),
    recordSourceAttempt: guard((attempt) => sourceStats.record(attempt)),
    startSession: guard((at) => void sessions.start(at)),
    alive: guard((at) => sessions.alive(at)),
    endSession: guard((at) => sessions.end(at)),
    flush: () => saver.flush(),
    async close() {
      if (closed) return;
      if (!readOnly) await saver.flush();
      saver.stop();
      closed = true;
      db.close();
    },

    enqueue: guard(outbox.enqueue),
    pending: reading(outbox.pending),
    markSent: guard(outbox.markSent),
    markRetry: guard(outbox.markRetry),
    markExpired: guard(outbox.markExpired),
    markRejected: guard(outbox.markRejected),
    resend: guard(outbox.resend),
    list: reading(outbox.list),
    expired: reading(outbox.expired),
    counts: reading(outbox.counts),
    channels: reading(outbox.channels),
    prune: guard(outbox.prune),
    flushNow: () => saver.flush(),

    history: (query) => read(() => queryHistory(db, query)),
    stats: (query) => read(() => queryStats(db, clock.now(), query, sessions.liveStart)),
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
    auditTotal: () => read(() => countAudit(ctx)),

    async exportTo(out, format) {
      read(() => undefined);
      return exportHistory(() => (open(), db), out, format, clock.now());
    },
    beginImport(file) {
      writable();
      return {
        apply(merge) {
          writable();
          materialize();
          const result = transaction(db, () => merge(importRows(db)));
          runs.reload();
          saver.markDirty('event');
          logger.info('history imported', { file, ...result });
          return result;
        },
      };
    },
    async backupTo(file) {
      open();
      const bytes = fileBytes();
      await writeFileAtomic(file, bytes);
      return { bytes: bytes.length };
    },
    async restoreFrom(file) {
      writable();
      const incoming = await disk.readBackup(file);
      const keptAs = await disk.keepBeforeRestore(fileBytes());
      db.close();
      db = incoming;
      if (journaled) tracker.attach(db);
      version = schemaVersion(db);
      sourceStats.reset();
      runs.reload();
      sessions.reload();
      saver.markDirty('event');
      await saver.flush();
      logger.info('history restored', { file, keptAs });
      return { keptAs };
    },
    status: () => ({
      path: disk.path,
      bytes: disk.bytes,
      lastSaveAt: saver.last?.at ?? null,
      lastSaveMs: saver.last ? Math.round(saver.last.durationMs * 100) / 100 : null,
      lastError: saver.lastError,
      revision: saver.revision,
      savedRevision: saver.savedRevision,
      schemaVersion: closed ? 0 : version,
      encrypted: key !== null,
      ...(loaded.recovered ? { recovered: loaded.recovered } : {}),
    }),
    revision: () => saver.revision,
    onSaved: (listener) => saver.onSaved(listener),
  };
  return store;
}
