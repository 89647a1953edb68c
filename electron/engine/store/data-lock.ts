/**
 * One writer per data folder. The process that writes history.sqlite (the monitor, the app,
 * or a CLI command that changes the history) holds DATA_DIR/ipwatch.lock, a folder made
 * atomically with mkdir and touched every half of LOCK_STALE_MS (lock-dir.ts), so a lock whose owner
 * died goes stale and is taken over. DATA_DIR/ipwatch.owner.json says who holds it (pid, host,
 * since), so the one that is refused can name the owner. A monitor keeps the touches clear of
 * its checks (keepClearOf).
 *
 * A lock held by a pid that no longer exists on this host is taken over at once, instead of
 * after the stale time: a runner killed with SIGKILL can be restarted straight away.
 */
import { rmdirSync } from 'node:fs';
import { readFile, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

import type { Logger } from '../logger';
import type { CheckTiming } from '../monitor/engine';
import { clearDelayMs, startQuietTimer } from '../quiet-timer';
import { writeFileAtomic } from './atomic-file';
import { LockHeldError, LockLostError, type LockDir, takeLockDir } from './lock-dir';

export const LOCK_DIR = 'ipwatch.lock';

/**
 * A lock not touched for this long is stale. Each touch is a stat and a utimes on libuv's
 * thread pool, and an inode write that a Raspberry Pi's SD card takes within the journal's
 * commit. At proper-lockfile's usual 10 s stale time (a touch every 5 s) that was most of what
 * a monitor does between checks after the interface sampling (bench/runner: idle CPU). A dead
 * owner on this host is still taken over at once (below); only a lock left by another host, or
 * a process frozen for a minute, waits this long.
 */
export const LOCK_STALE_MS = 60_000;
/**
 * The holder touches it every half of the stale time, counted from the last touch. A touch due
 * next to a check waits until the check is a margin behind it (clearDelayMs), a sixth of the
 * stale time at most: touches stay within two thirds of it.
 */
const touchEveryMs = (staleMs: number) => Math.round(staleMs / 2);
const touchMaxWaitMs = (staleMs: number) => Math.round(staleMs / 6);
/** After a failed touch (not a lost lock: an I/O error), the next try comes this much sooner. */
const TOUCH_RETRY_MS = 1_000;
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
  /** From now on, the lock's touches keep clear of the checks of this timing. */
  keepClearOf(timing: () => CheckTiming): void;
  /** Gives the lock up; safe to call twice. */
  release(): Promise<void>;
}

export interface AcquireOptions {
  logger: Logger;
  role: string;
  /** After this long without a touch a lock is stale (ms, at least 2000; default LOCK_STALE_MS). */
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
  const staleMs = Math.max(opts.staleMs ?? LOCK_STALE_MS, 2000);
  const path = join(dataDir, LOCK_DIR);
  const refused = async (err: unknown): Promise<never> => {
    throw err instanceof LockHeldError ? new DataLockedError(dataDir, await readLockOwner(dataDir)) : err;
  };
  let dir: LockDir;
  try {
    dir = await takeLockDir(path, { staleMs });
  } catch (err) {
    if (!(err instanceof LockHeldError)) throw err;
    const owner = await readLockOwner(dataDir);
    if (!owner || owner.host !== hostname() || owner.pid === process.pid || !isDead(owner.pid)) {
      throw new DataLockedError(dataDir, owner);
    }
    logger.warn('taking over the lock of a process that no longer runs', { dataDir, pid: owner.pid });
    dir = await takeLockDir(path, { staleMs, force: true }).catch(refused);
  }
  // Whatever ends the process (an error, process.exit) frees the folder; a kill is handled by the pid check above.
  const onExit = () => {
    try {
      rmdirSync(path);
    } catch {
      // Gone already, or never ours to remove.
    }
  };
  process.once('exit', onExit);
  const owner: LockOwner = { pid: process.pid, host: hostname(), since: Date.now(), role: opts.role };
  const ownerFile = join(dataDir, OWNER_FILE);
  try {
    await writeFileAtomic(ownerFile, new TextEncoder().encode(`${JSON.stringify(owner)}\n`));
  } catch (err) {
    process.off('exit', onExit);
    await dir.remove().catch(() => undefined);
    throw err;
  }
  let lost = false;
  let released = false;
  const loseIt = (err: Error) => {
    lost = true;
    touches.stop();
    process.off('exit', onExit);
    logger.error('data folder lock lost; another process may be writing the history now', {
      dataDir,
      error: err.message,
    });
    opts.onLost?.(err);
  };
  const touches = startQuietTimer({
    everyMs: touchEveryMs(staleMs),
    rule: clearDelayMs,
    maxWaitMs: touchMaxWaitMs(staleMs),
    retryMs: TOUCH_RETRY_MS,
    run: () =>
      dir.touch().catch((err: unknown) => {
        if (err instanceof LockLostError) return loseIt(err);
        // An I/O error: try again soon, until the lock would look stale to others.
        if (Date.now() - dir.touchedAt < staleMs) throw err;
        loseIt(new LockLostError(path, `not touched for ${Math.round(staleMs / 1000)} s (${String(err)})`));
      }),
  });
  return {
    owner,
    keepClearOf: (timing) => touches.keepClearOf(timing),
    async release() {
      if (released) return;
      released = true;
      touches.stop();
      if (lost) return;
      process.off('exit', onExit);
      // The owner file goes first, so no one reads a stale owner for a free folder.
      await unlink(ownerFile).catch(() => undefined);
      await dir
        .remove()
        .catch((err: unknown) =>
          logger.warn('could not release the data folder lock', { dataDir, error: String(err) }),
        );
    },
  };
}
