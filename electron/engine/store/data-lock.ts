/**
 * One writer per data folder. The process that writes history.sqlite (the monitor, the app,
 * or a CLI command that changes the history) holds DATA_DIR/ipwatch.lock, a proper-lockfile
 * lock: a folder made atomically with mkdir and touched every LOCK_STALE_MS / 2, so a lock whose
 * owner died goes stale and is taken over. DATA_DIR/ipwatch.owner.json says who holds it
 * (pid, host, since, role), so the one that is refused can name the owner.
 *
 * A lock whose owner no longer runs on this host (owner-process.ts: a zombie counts as gone)
 * is taken over at once, instead of after the stale time: a runner killed with SIGKILL can be
 * restarted straight away. The folder is freed when its process exits (proper-lockfile's exit hook).
 */
import { readFile, stat, unlink, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

import lockfile from 'proper-lockfile';

import type { Logger } from '../logger';
import { writeFileAtomic } from './atomic-file';
import { isProcessGone } from './owner-process';

export const LOCK_DIR = 'ipwatch.lock';

/**
 * A lock not touched for this long is stale; its holder touches it every half of it. Each touch
 * is an inode write (a Raspberry Pi's SD card takes it), so not every few seconds as
 * proper-lockfile's default would: a dead owner on this host is taken over at once anyway, and
 * only a lock left by another host, or by a process frozen this long, waits for it.
 */
export const LOCK_STALE_MS = 60_000;
export const OWNER_FILE = 'ipwatch.owner.json';

export interface LockOwner {
  pid: number;
  host: string;
  /** When the owner took the lock, epoch ms. */
  since: number;
  /** What holds it: 'monitor', 'import'... */
  role: string;
}

export class DataLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner | null,
  ) {
    super(
      owner
        ? `the data folder ${dataDir} is in use by IPWatch (${owner.role}, pid ${owner.pid} on ${owner.host}, since ${new Date(owner.since).toISOString()})`
        : `the data folder ${dataDir} is in use by another IPWatch process`,
    );
    this.name = 'DataLockedError';
  }
}

export interface DataLock {
  readonly owner: LockOwner;
  /** Gives the lock up; safe to call twice. */
  release(): Promise<void>;
}

export interface AcquireOptions {
  logger: Logger;
  role: string;
  /** After this long without an update a lock is stale (ms, at least 2000; default LOCK_STALE_MS). */
  staleMs?: number;
  /**
   * The lock was lost while held: its folder was removed, or another process took it over
   * because this one could not touch it in time (a frozen process, a suspended machine).
   * Called once; the holder must stop writing, since someone else may be writing now.
   */
  onLost?: (err: Error) => void;
}

export async function readLockOwner(dataDir: string): Promise<LockOwner | null> {
  try {
    const o = JSON.parse(await readFile(join(dataDir, OWNER_FILE), 'utf8')) as Partial<LockOwner>;
    if (!Number.isInteger(o.pid) || (o.pid as number) <= 0 || typeof o.host !== 'string') return null;
    return { pid: o.pid as number, host: o.host, since: Number(o.since ?? 0), role: String(o.role ?? 'unknown') };
  } catch {
    return null;
  }
}

/**
 * The owner, on this host, no longer runs. Our own pid names an earlier process when it took
 * the lock before this one started: a container's runner is PID 1 again after a restart.
 */
async function ownerIsGone(owner: LockOwner): Promise<boolean> {
  if (owner.pid !== process.pid) return isProcessGone(owner.pid);
  return owner.since < Date.now() - process.uptime() * 1000;
}

const isLocked = (err: unknown) => (err as NodeJS.ErrnoException).code === 'ELOCKED';

/**
 * Takes the lock; a lock held by a process that is gone from this host is taken over. Rejects
 * with DataLockedError naming the owner while a live one holds it.
 */
async function lockOrTakeOver(dataDir: string, options: lockfile.LockOptions, logger: Logger) {
  const path = options.lockfilePath!;
  try {
    return await lockfile.lock(dataDir, options);
  } catch (err) {
    if (!isLocked(err)) throw err;
  }
  const seen = await stat(path).catch(() => null);
  const owner = await readLockOwner(dataDir);
  const gone = owner && owner.host === hostname() && (await ownerIsGone(owner));
  // Unchanged since the owner file was read: no one else has taken it over in between.
  const still = seen && (await stat(path).catch(() => null))?.mtimeMs === seen.mtimeMs;
  if (!gone || !still) throw new DataLockedError(dataDir, owner);
  logger.warn('taking over the lock of a process that no longer runs', { dataDir, pid: owner.pid });
  // Backdated, the lock is stale to proper-lockfile, whose own takeover then runs.
  await utimes(path, 0, 0).catch(() => undefined);
  try {
    return await lockfile.lock(dataDir, options);
  } catch (err) {
    throw isLocked(err) ? new DataLockedError(dataDir, await readLockOwner(dataDir)) : err;
  }
}

/** Takes the data folder's lock or throws DataLockedError naming the owner. The folder must exist. */
export async function acquireDataLock(dataDir: string, opts: AcquireOptions): Promise<DataLock> {
  const { logger } = opts;
  let lost = false;
  const releaseLock = await lockOrTakeOver(
    dataDir,
    {
      lockfilePath: join(dataDir, LOCK_DIR),
      stale: opts.staleMs ?? LOCK_STALE_MS,
      realpath: false,
      onCompromised: (err) => {
        // The default throws from a timer, which would crash the process: report instead.
        if (lost) return;
        lost = true;
        logger.error('data folder lock lost; another process may be writing the history now', {
          dataDir,
          error: err.message,
        });
        opts.onLost?.(err);
      },
    },
    logger,
  );
  const owner: LockOwner = { pid: process.pid, host: hostname(), since: Date.now(), role: opts.role };
  const ownerFile = join(dataDir, OWNER_FILE);
  try {
    await writeFileAtomic(ownerFile, new TextEncoder().encode(`${JSON.stringify(owner)}\n`));
  } catch (err) {
    await releaseLock().catch(() => undefined);
    throw err;
  }
  let released = false;
  return {
    owner,
    async release() {
      if (released) return;
      released = true;
      if (lost) return;
      // The owner file goes first, so no one reads a stale owner for a free folder.
      await unlink(ownerFile).catch(() => undefined);
      await releaseLock().catch((err: unknown) =>
        logger.warn('could not release the data folder lock', { dataDir, error: String(err) }),
      );
    },
  };
}
