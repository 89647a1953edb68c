/**
 * The store's side on disk: where history.sqlite and its backups live, loading with
 * recovery, the atomic save with the daily backup after it, and files for backup/restore.
 * A store opened with dataDir ':memory:' has no disk: every operation here is skipped.
 * A read-only disk loads and never writes, creates, moves or removes anything.
 */
import { mkdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';

import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { keepPrevious, removeStaleTemps, writeFileAtomic } from './atomic-file';
import { dailyBackup } from './backups';
import { baseId, type Journal, parseJournal, replayJournal } from './counter-journal';
import { decrypt, encrypt, isEncrypted } from './encryption';
import { type Loaded, loadDatabase, openBytes } from './load';
import { migrate, schemaVersion } from './migrations';
import { type Database, newDatabase } from './sqlite';

export const HISTORY_FILE = 'history.sqlite';
/** The file as it was before the last save: recovery from it loses at most that save. */
export const PREVIOUS_FILE = `${HISTORY_FILE}.prev`;
/** The counters written since the last full save (counter-journal.ts). */
export const COUNTERS_FILE = `${HISTORY_FILE}.counters`;

const DAY_MS = 86_400_000;

export class Disk {
  /** Size of the file as last written or read. */
  bytes = 0;
  /** baseId() of the file on disk as this store knows it; null when there is none (yet). */
  base: string | null = null;
  private lastBackupDay = -1;
  private journalWritten = false;
  readonly path: string | null;
  private readonly journalPath: string;
  private readonly backupDir: string;

  constructor(
    private readonly opts: {
      dataDir: string;
      key: Buffer | null;
      clock: Clock;
      logger: Logger;
      backupsKeep: number;
      readOnly: boolean;
    },
  ) {
    this.path = opts.dataDir === ':memory:' ? null : join(opts.dataDir, HISTORY_FILE);
    this.backupDir = join(opts.dataDir, 'backups');
    this.journalPath = join(opts.dataDir, COUNTERS_FILE);
  }

  async load(): Promise<Loaded> {
    if (!this.path) return { db: await newDatabase(), needsSave: false };
    const { clock, logger, key, readOnly } = this.opts;
    if (!readOnly) {
      await mkdir(this.opts.dataDir, { recursive: true });
      await removeStaleTemps(this.path, clock.now());
      await removeStaleTemps(join(this.opts.dataDir, PREVIOUS_FILE), clock.now());
    }
    const loaded = await loadDatabase({
      path: this.path,
      prevPath: join(this.opts.dataDir, PREVIOUS_FILE),
      backupDir: this.backupDir,
      key,
      now: clock.now(),
      logger,
      readOnly,
    });
    const raw = await readFile(this.path).catch(() => null);
    this.bytes = raw?.length ?? 0;
    // A recovered history is not the file a journal beside it extended.
    this.base = raw && !loaded.recovered ? baseId(raw) : null;
    return loaded;
  }

  /** File bytes of a database: encrypted when the store has a key. */
  encode(plain: Uint8Array): Uint8Array {
    return this.opts.key ? encrypt(plain, this.opts.key) : plain;
  }

  async persist(bytes: Uint8Array): Promise<void> {
    if (!this.path) return;
    if (this.opts.readOnly) throw new Error('the history was opened read-only');
    // The file on disk is good (checked at open, or written by this store since), so it is
    // what recovery falls back to if the new one is ever found damaged.
    await keepPrevious(this.path, join(this.opts.dataDir, PREVIOUS_FILE));
    await writeFileAtomic(this.path, bytes);
    this.bytes = bytes.length;
    this.base = baseId(bytes);
    // The file now holds everything the journal did; a crash before this leaves a journal that no longer matches.
    if (this.journalWritten) {
      await unlink(this.journalPath).catch(() => undefined);
      this.journalWritten = false;
    }
    const { clock, logger } = this.opts;
    const day = Math.floor(clock.now() / DAY_MS);
    if (day === this.lastBackupDay) return;
    // A failed backup must not fail the save that already succeeded; it is retried next save.
    try {
      await dailyBackup(this.backupDir, bytes, clock.now(), this.opts.backupsKeep);
      this.lastBackupDay = day;
    } catch (err) {
      logger.warn('daily backup failed', { error: String(err) });
    }
  }

  /** Writes the counters' journal (encrypted like the file); its size. */
  async writeJournal(journal: Journal): Promise<number> {
    if (!this.path || this.opts.readOnly) throw new Error('no history file to journal for');
    const bytes = this.encode(Buffer.from(JSON.stringify(journal)));
    await writeFileAtomic(this.journalPath, bytes);
    this.journalWritten = true;
    return bytes.length;
  }

  /**
   * Replays the journal left beside the file, if it extends exactly the file loaded (call before
   * migrations). Returns the rows applied; a journal that does not fit is logged and ignored.
   */
  async applyJournal(db: Database): Promise<number> {
    if (!this.path) return 0;
    const raw = await readFile(this.journalPath).catch(() => null);
    if (!raw) return 0;
    // Left for the next full save to remove (a read-only store never removes anything).
    this.journalWritten = true;
    const skip = (reason: string) => {
      this.opts.logger.warn('ignored the counters journal', { file: this.journalPath, reason });
      return 0;
    };
    let journal: Journal | string;
    try {
      // Encrypted exactly when the history is: a plain journal beside an encrypted history is not ours.
      if (isEncrypted(raw) !== (this.opts.key !== null)) return skip('encrypted differently from the history');
      journal = parseJournal((this.opts.key ? decrypt(raw, this.opts.key) : raw).toString('utf8'));
    } catch (err) {
      return skip(err instanceof Error ? err.message : String(err));
    }
    if (typeof journal === 'string') return skip(journal);
    if (journal.base !== this.base) return 0; // a full save (or a recovery) came after it
    if (journal.schema !== schemaVersion(db)) return skip(`schema ${journal.schema}, file ${schemaVersion(db)}`);
    try {
      const rows = replayJournal(db, journal);
      this.opts.logger.info('replayed the counters journal', { rows, at: new Date(journal.at).toISOString() });
      return rows;
    } catch (err) {
      return skip(err instanceof Error ? err.message : String(err));
    }
  }

  /** Opens a user-picked backup, checked and migrated like the history file itself. */
  async readBackup(file: string): Promise<Database> {
    let db: Database;
    try {
      db = await openBytes(await readFile(file), this.opts.key);
    } catch (err) {
      throw new Error(`cannot restore from ${file}: ${err instanceof Error ? err.message : String(err)}`, {
        cause: err,
      });
    }
    try {
      migrate(db);
      return db;
    } catch (err) {
      db.close();
      throw err;
    }
  }

  /** Keeps the history a restore is about to replace. Returns where, or null without a disk. */
  async keepBeforeRestore(bytes: Uint8Array): Promise<string | null> {
    if (!this.path) return null;
    const stamp = new Date(this.opts.clock.now()).toISOString().replace(/[:.]/g, '-');
    const keptAs = join(this.backupDir, `history-before-restore-${stamp}.sqlite`);
    await mkdir(this.backupDir, { recursive: true });
    await writeFileAtomic(keptAs, bytes);
    return keptAs;
  }
}
