/**
 * One writer per data folder. The process that writes history.sqlite (the monitor, the app,
 * or a CLI command that changes the history) holds DATA_DIR/ipwatch.lock, a proper-lockfile
 * lock: a folder made atomically with mkdir and touched every LOCK_STALE_MS / 2, so a lock whose
 * owner died goes stale and is taken over. DATA_DIR/ipwatch.owner.json says who holds it
 * (pid, host, since), so the one that is refused can name the owner.
 *
 * A lock held by a pid that no longer exists on this host is taken over at once, instead of
 * after the stale time: a runner killed with SIGKILL can be restarted straight away.
 */
import { readFile, unlink, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

import lockfile from 'proper-lockfile';

import type { Logger } from '../logger';
import { writeFileAtomic } from './atomic-file';

export const LOCK_DIR = 'ipwatch.lock';

/**
 * A lock not touched for this long is stale; its holder touches it every half of it. Each touch
 * is a stat and a utimes on libuv's thread pool: about 0.4 ms of CPU on a small VM, and an
 * inode write that a Raspberry Pi's SD card takes within the journal's commit. At
 * proper-lockfile's usual 10 s that was 12 of each a minute, most of what a monitor does
 * between checks after the interface sampling (bench/runner: idle CPU). A minute keeps two a
 * minute. A dead owner on this host is still taken over at once (below); only a lock left by
 * another host, or a process frozen for a minute, waits this long.
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
    if (typeof o.pid !== 'number' || typeof o.host !== 'string') return null;
    return { pid: o.pid, host: o.host, since: Number(o.since ?? 0), role: String(o.role ?? 'unknown') };
  } catch {
    return null;
  }
}

/** True when `pid` certainly does not exist here (EPERM means it exists under another user). */
function isDead(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Takes the data folder's lock or throws DataLockedError naming the owner. The folder must exist. */
export async function acquireDataLock(dataDir: string, opts: AcquireOptions): Promise<DataLock> {
  const { logger } = opts;
  const lockfilePath = join(dataDir, LOCK_DIR);
  let lost = false;
  const options: lockfile.LockOptions = {
    lockfilePath,
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
  };
  const tryLock = () => lockfile.lock(dataDir, options);
  let releaseLock: () => Promise<void>;
  try {
    releaseLock = await tryLock();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw err;
    const owner = await readLockOwner(dataDir);
    if (!owner || owner.host !== hostname() || owner.pid === process.pid || !isDead(owner.pid)) {
      throw new DataLockedError(dataDir, owner);
    }
    logger.warn('taking over the lock of a process that no longer runs', { dataDir, pid: owner.pid });
    // Backdating makes proper-lockfile see the lock as stale, so its own takeover runs.
    await utimes(lockfilePath, 0, 0).catch(() => undefined);
    try {
      releaseLock = await tryLock();
    } catch (again) {
      if ((again as NodeJS.ErrnoException).code !== 'ELOCKED') throw again;
      throw new DataLockedError(dataDir, await readLockOwner(dataDir));
    }
  }
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
