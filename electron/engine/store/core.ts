/**
 * One open history: the database as loaded (journal replayed, schema upgraded), the recorders
 * that keep check counters in memory, the saver, and the guards every call passes (closed,
 * read-only). openHistoryStore (index.ts) opens one; parts.ts exposes it as a HistoryStore.
 */
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { AUDIT_BOUNDS, auditAgeClock, type AuditBounds } from './audit-bounds';
import type { StoreContext } from './context';
import { RowTracker } from './counter-journal';
import { Disk } from './disk';
import type { Identify } from './identities';
import type { Recovery } from './load';
import { migrate, schemaVersion } from './migrations';
import { RecentChecks } from './recent-checks';
import { RunRecorder } from './runs';
import { Saver } from './saver';
import { SessionRecorder } from './sessions';
import { SourceStats } from './source-stats';
import type { Database } from './sqlite';
import { Statements } from './statements';

export interface OpenHistoryStoreOptions {
  /** Folder of history.sqlite, or ':memory:' for a store that never touches the disk. */
  dataDir: string;
  clock: Clock;
  logger: Logger;
  /** 32-byte key for encryption at rest; null or absent keeps the file plain. Asked once at open. */
  key?: () => Promise<Buffer | null> | Buffer | null;
  /** Daily backups kept (default 7). */
  backupsKeep?: number;
  /** Audit rows kept of each kind a lower role can write (default AUDIT_KIND_ROWS, store/audit.ts). */
  auditKindRows?: number;
  /** Audit rows kept of the owner's changes (default AUDIT_CHANGE_ROWS). */
  auditChangeRows?: number;
  /** Days of hourly source stats before they are rolled up to days (default 90). */
  statsRetentionDays?: number;
  /** Saves: events within eventMs (1 s), counters within counterMs (COUNTER_SAVE_MS, to the journal), the whole file at least every fullEveryMs (1 h). */
  debounce?: { eventMs?: number; counterMs?: number; fullEveryMs?: number };
  /**
   * Read the file once and never write it: queries, export and backup work, every write
   * throws, a damaged file throws HistoryDamagedError, an older schema is upgraded in memory only.
   */
  readOnly?: boolean;
  /**
   * The network identity of an address (electron/engine/identity's lookup), kept beside each
   * run; runs without one are filled in at open, import and restore. Unused when read-only.
   */
  identify?: Identify;
}

/**
 * Check counters (a run's last seen and checks, the session's last sign of life, source
 * attempts) reach the disk within this; events within a second. A crash loses at most this
 * much of them. Five minutes, as vnStat's SaveInterval: a steady check then costs no write of
 * its own, and a Raspberry Pi's SD card is not written to every minute.
 */
export const COUNTER_SAVE_MS = 5 * 60_000;

/** Loads the file (or a new database), replays the counter journal onto it and upgrades its schema. */
export async function openCore(opts: OpenHistoryStoreOptions, key: Buffer | null): Promise<StoreCore> {
  const readOnly = opts.readOnly ?? false;
  const disk = new Disk({
    dataDir: opts.dataDir,
    key,
    clock: opts.clock,
    logger: opts.logger,
    backupsKeep: opts.backupsKeep ?? 7,
    readOnly,
  });
  const loaded = await disk.load();
  // The counters saved since the file's last full save, onto the file they extend.
  const replayed = await disk.applyJournal(loaded.db);
  const upgraded = migrate(loaded.db);
  if (upgraded.length) opts.logger.info('history schema upgraded', { versions: upgraded });
  const core = new StoreCore(opts, disk, loaded.db, key, loaded.recovered ?? null);
  if (core.journaled && (loaded.needsSave || upgraded.length || replayed)) core.saver.markDirty('event');
  return core;
}

export class StoreCore {
  db: Database;
  /** Read once: status() is asked often, and only a restore changes it. */
  version: number;
  closed = false;
  readonly readOnly: boolean;
  /** Counter journals are written beside a file this process may write. */
  readonly journaled: boolean;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly stmts: Statements;
  readonly ctx: StoreContext;
  readonly runs: RunRecorder;
  readonly sourceStats: SourceStats;
  readonly sessions: SessionRecorder;
  readonly recentChecks: RecentChecks;
  readonly tracker = new RowTracker();
  readonly saver: Saver;
  /** The audit log's bounds (store/audit.ts). */
  readonly auditBounds: AuditBounds;
  /** The time audit rows age against: never ahead of the monotonic time since open (store/audit.ts). */
  readonly auditAge: () => number;

  constructor(
    opts: OpenHistoryStoreOptions,
    readonly disk: Disk,
    db: Database,
    readonly key: Buffer | null,
    readonly recovered: Recovery | null,
  ) {
    this.db = db;
    this.version = schemaVersion(db);
    this.readOnly = opts.readOnly ?? false;
    this.journaled = disk.path !== null && !this.readOnly;
    this.clock = opts.clock;
    this.logger = opts.logger;
    this.auditBounds = {
      kindRows: opts.auditKindRows ?? AUDIT_BOUNDS.kindRows,
      changeRows: opts.auditChangeRows ?? AUDIT_BOUNDS.changeRows,
    };
    this.auditAge = auditAgeClock(db, opts.clock);
    this.stmts = new Statements(() => this.db);
    // A getter, because restore replaces the database.
    const current = () => this.db;
    this.ctx = {
      get db() {
        return current();
      },
      stmts: this.stmts,
      clock: opts.clock,
      logger: opts.logger,
      dirty: (kind) => this.saver.markDirty(kind),
      ...(opts.identify && !this.readOnly ? { identify: opts.identify } : {}),
    };
    this.runs = new RunRecorder(this.ctx);
    this.sourceStats = new SourceStats(this.ctx, opts.statsRetentionDays ?? 90);
    this.sessions = new SessionRecorder(this.ctx);
    this.recentChecks = new RecentChecks(this.ctx);
    if (this.journaled) this.tracker.attach(db);
    this.saver = this.createSaver(opts.debounce ?? {});
    this.runs.reload();
    this.recentChecks.reload();
  }

  private createSaver(debounce: NonNullable<OpenHistoryStoreOptions['debounce']>): Saver {
    const { disk, tracker } = this;
    return new Saver({
      clock: this.clock,
      logger: this.logger,
      eventMs: debounce.eventMs ?? 1_000,
      counterMs: debounce.counterMs ?? COUNTER_SAVE_MS,
      // Without a disk there is nothing to serialize; the counters still go to their rows.
      snapshot: () => (disk.path ? this.fileBytes() : (this.materialize(), new Uint8Array(0))),
      persist: (bytes) => disk.persist(bytes),
      saveStarted: () => tracker.saveStarted(),
      saveEnded: (ok) => tracker.saveEnded(ok),
      ...(this.journaled && {
        // A steady stretch's counters: a small file beside the history, not a rewrite of it.
        journal: async () => {
          if (disk.base === null) return null;
          this.materialize();
          const rows = tracker.rows(this.stmts);
          return disk.writeJournal({ v: 1, base: disk.base, schema: this.version, at: this.clock.now(), rows });
        },
        fullEveryMs: debounce.fullEveryMs ?? 3_600_000,
      }),
    });
  }

  /** Puts the in-memory counters into their rows: before saves, queries and exports. */
  materialize(): void {
    this.runs.materialize();
    this.sessions.materialize();
    this.sourceStats.materialize();
    this.recentChecks.materialize();
  }

  /** The whole database as the file holds it (encrypted if the store is). */
  fileBytes(): Uint8Array {
    this.materialize();
    this.stmts.clear(); // export() frees them anyway
    return this.disk.encode(this.db.export());
  }

  open(): void {
    if (this.closed) throw new Error('history store is closed');
  }

  writable(): void {
    this.open();
    if (this.readOnly) throw new Error('the history was opened read-only; stop the monitor to change it');
  }

  /** `fn` as a write: refused on a closed or read-only store. */
  guard<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
    return (...args) => {
      this.writable();
      return fn(...args);
    };
  }

  /** A query that needs the counters in their rows first. */
  read<R>(fn: () => R): R {
    this.open();
    this.materialize();
    return fn();
  }

  /** `fn` as a read that needs no counters materialized, and so works on a read-only store too. */
  reading<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
    return (...args) => {
      this.open();
      return fn(...args);
    };
  }

  /** Puts a restored database in place of the current one, then saves it. */
  async replace(incoming: Database): Promise<void> {
    this.db.close();
    this.db = incoming;
    if (this.journaled) this.tracker.attach(incoming);
    this.version = schemaVersion(incoming);
    this.sourceStats.reset();
    this.runs.reload();
    this.recentChecks.reload();
    this.sessions.reload();
    this.saver.markDirty('event');
    await this.saver.flush();
  }
}
