/**
 * Opening the history file. Every candidate (the file, then the copy kept by the previous
 * save and the daily backups, newest first) and every restore goes through the same check:
 * decrypt, open, PRAGMA integrity_check, known schema version, and only the schema objects
 * the migrations make for that version (schema-check.ts). A file that fails is moved aside, never
 * deleted, so nothing a user had is destroyed by the recovery itself. Wrong keys and newer
 * schemas are not damage: they stop the open and leave every file where it is. A read-only
 * open repairs nothing: it reports the damage (HistoryDamagedError) and leaves the files.
 */
import { readFile, rename, stat } from 'node:fs/promises';

import type { HistoryRecovery } from '../../../shared/types';
import type { Logger } from '../logger';
import { listBackups } from './backups';
import { decrypt, isEncrypted, WrongKeyError } from './encryption';
import { NewerSchemaError, SCHEMA_VERSION, schemaVersion } from './migrations';
import { checkSchemaObjects } from './schema-check';
import type { Database } from './sqlite';
import { newDatabase } from './sqlite';

export type Recovery = HistoryRecovery;

/** The history file failed its check and the store was opened read-only, so it was left as it is. */
export class HistoryDamagedError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`the history file ${path} is damaged (${reason}); nothing was changed`);
    this.name = 'HistoryDamagedError';
  }
}

export interface Loaded {
  db: Database;
  /** The file on disk was plain but a key is set: the next save encrypts it. */
  needsSave: boolean;
  recovered?: Recovery;
}

/** Decrypts and opens `bytes`, or throws why not. The caller owns the returned db. */
export async function openBytes(bytes: Uint8Array, key: Buffer | null): Promise<Database> {
  if (bytes.length === 0) throw new Error('file is empty');
  const plain = isEncrypted(bytes) ? decrypt(bytes, key) : bytes;
  const db = await newDatabase(plain);
  try {
    const result = db.exec('PRAGMA integrity_check')[0]?.values.map((r) => String(r[0])) ?? [];
    if (result.join() !== 'ok') throw new Error(`integrity check failed: ${result.slice(0, 3).join('; ')}`);
    const version = schemaVersion(db);
    if (version > SCHEMA_VERSION) throw new NewerSchemaError(version, SCHEMA_VERSION);
    await checkSchemaObjects(db, version);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

const isFatal = (err: unknown) => err instanceof WrongKeyError || err instanceof NewerSchemaError;

/**
 * Where a damaged file's content may still be, newest first: the copy kept by the last save
 * (history.sqlite.prev) and the daily backups. Ordered by modification time, because the
 * day's backup is written just after the save it copies and is then newer than `.prev`.
 * On equal times (coarse file clocks) the backup comes first: it then holds the same save.
 */
async function recoveryCandidates(prevPath: string, backupDir: string): Promise<string[]> {
  const files = [...(await listBackups(backupDir)), prevPath];
  const dated = await Promise.all(
    files.map(async (file) => ({
      file,
      mtime: await stat(file).then(
        (s) => s.mtimeMs,
        () => null,
      ),
    })),
  );
  return dated
    .filter((d): d is { file: string; mtime: number } => d.mtime !== null)
    .sort((a, b) => b.mtime - a.mtime)
    .map((d) => d.file);
}

export async function loadDatabase(opts: {
  path: string;
  /** The copy of the file as it was before the last save. */
  prevPath: string;
  backupDir: string;
  key: Buffer | null;
  now: number;
  logger: Logger;
  readOnly?: boolean;
}): Promise<Loaded> {
  const { path, key, now, logger } = opts;
  let bytes: Buffer | null = null;
  try {
    bytes = await readFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  if (bytes === null) {
    return { db: await newDatabase(), needsSave: false };
  }
  try {
    const db = await openBytes(bytes, key);
    return { db, needsSave: key !== null && !isEncrypted(bytes) };
  } catch (err) {
    if (isFatal(err)) throw err;
    const reason = err instanceof Error ? err.message : String(err);
    if (opts.readOnly) throw new HistoryDamagedError(path, reason);
    const movedTo = `${path}.corrupt-${new Date(now).toISOString().replace(/[:.]/g, '-')}`;
    await rename(path, movedTo);
    logger.error('history file failed its check; moved aside', { path, movedTo, reason });
    for (const backup of await recoveryCandidates(opts.prevPath, opts.backupDir)) {
      try {
        const db = await openBytes(await readFile(backup), key);
        logger.warn('history restored from backup', { backup });
        return { db, needsSave: true, recovered: { from: backup, movedTo, at: now, reason } };
      } catch (backupErr) {
        logger.warn('backup unusable, trying an older one', { backup, error: String(backupErr) });
      }
    }
    logger.error('no usable backup; history starts empty', { movedTo });
    return { db: await newDatabase(), needsSave: true, recovered: { from: null, movedTo, at: now, reason } };
  }
}
