/**
 * One writer per data folder. The process that writes history.sqlite (the monitor, the app, or
 * a CLI command that changes the folder) holds DATA_DIR/ipwatch.lock, taken and taken over
 * atomically (lock-file.ts: the owner is in the lock from the moment it appears, and one taker
 * alone replaces a dead owner's lock), and touched every LOCK_STALE_MS / 2, so a lock whose owner
 * died goes stale. The one that is refused is told who holds it (pid, host, since, role).
 *
 * A lock whose owner no longer runs on this host (owner-process.ts: a zombie, or a pid that runs
 * with another start than the lock names, counts as gone) is taken over at once, instead of after
 * the stale time: a runner killed with SIGKILL can be restarted straight away. A lock whose owner
 * runs on this host is never taken, whatever its age or the wall clock (issue 74). The lock is
 * removed when its process exits without releasing it.
 *
 * A start takes the lock or is refused within ACQUIRE_WITHIN_MS on the monotonic clock, never
 * waits without end; the wall clock only stamps `since` and touches the file.
 *
 * A lock that cannot be read while held (EMFILE, EIO: lock-file.ts's LockReadError) is not lost:
 * it is said in the log, kept fresh, and read again each READ_AGAIN_MS; only a lock read as
 * another's, or not there, is lost (issue 73: EMFILE used to read as a foreign lock and stop the runner).
 */
import { readFileSync, unlinkSync } from 'node:fs';
import { unlink, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

import { systemClock } from '../clock';
import type { Logger } from '../logger';
import { ageOf, FileWatch, pastItsTime } from './lock-ages';
import {
  createLock,
  type FoundLock,
  LOCK_FILE,
  type LockClock,
  type LockOwner,
  readLock,
  STUCK_MARKER_MS,
} from './lock-file';
import { removeLeftovers, takeOverLock, takerAtIt, whileTakenOver } from './lock-takeover';
import { ownerStanding, processStart } from './owner-process';

export { LOCK_FILE, LockReadError, type LockOwner } from './lock-file';

/**
 * A lock not touched for this long is stale; its holder touches it every half of it. Each touch
 * is an inode write (a Raspberry Pi's SD card takes it), so not every few seconds: a dead owner
 * on this host is taken over at once anyway, and only a lock left by another host, or by a
 * process frozen this long, waits for it.
 */
export const LOCK_STALE_MS = 60_000;
/** How soon a lock that could not be read (lock-file.ts's LockReadError) is read again. */
export const READ_AGAIN_MS = 1_000;
/**
 * A start takes the lock or is refused within this long (monotonic): time enough to pass over a
 * marker that names no taker (STUCK_MARKER_MS, watched from the first look) and take over.
 */
export const ACQUIRE_WITHIN_MS = 2 * STUCK_MARKER_MS;

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
  /** The clocks: the wall one stamps, the monotonic one times the start's deadline (default systemClock). */
  clock?: LockClock;
}

export async function readLockOwner(dataDir: string): Promise<LockOwner | null> {
  return (await readLock(dataDir).catch(() => null))?.owner ?? null;
}

/**
 * Whether `found` may be taken over: its owner is gone from this host (never while it runs here,
 * whatever the lock's age), or, for an owner elsewhere or not named, it has not been touched for
 * `staleMs` (its age from the file's time, 0 when that is in the future).
 */
async function isDead(found: FoundLock, staleMs: number, clock: LockClock): Promise<boolean> {
  const standing = found.owner ? await ownerStanding(found.owner) : 'elsewhere';
  return pastItsTime(standing, ageOf(found.mtimeMs, clock.now()), 0, staleMs);
}

/**
 * Takes the lock, or takes a dead owner's over; the new holding's nonce. Throws DataLockedError,
 * at the latest once ACQUIRE_WITHIN_MS have passed on the monotonic clock.
 */
async function lockOrTakeOver(
  dataDir: string,
  owner: LockOwner,
  staleMs: number,
  opts: Required<Pick<AcquireOptions, 'logger' | 'clock'>>,
) {
  const { logger, clock } = opts;
  const deadline = clock.monotonic() + ACQUIRE_WITHIN_MS;
  const watch = new FileWatch(() => clock.monotonic());
  // A few rounds: a lock freed, or taken over by another, between two looks is looked at again;
  // a takeover another starter is doing is waited for, so the refusal names the one that won.
  let blocked: FoundLock | null = null;
  for (let round = 0; round < 5 && clock.monotonic() < deadline; round++) {
    const created = await createLock(dataDir, owner);
    if (created) return created;
    const found = await readLock(dataDir);
    if (!found) continue;
    if (!(await isDead(found, staleMs, clock))) throw new DataLockedError(dataDir, found.owner);
    logger.warn('taking over the lock of a process that no longer runs', { dataDir, pid: found.owner?.pid ?? null });
    const taken = await takeOverLock(dataDir, found, owner, watch, clock);
    if (taken) return taken;
    // Another taker won: its lock appears once it is written, and the next round names it.
    await whileTakenOver(dataDir, found, watch, clock, deadline);
    blocked = found;
  }
  // Out of time or rounds: name the taker still at it, if one is, never the dead owner.
  const taker = blocked ? await takerAtIt(dataDir, blocked, watch, clock) : null;
  const now = await readLock(dataDir).catch(() => null);
  if (blocked && now?.id === blocked.id) throw new DataLockedError(dataDir, taker === 'unnamed' ? null : taker);
  throw new DataLockedError(dataDir, now?.owner ?? null);
}

/** Takes the data folder's lock or throws DataLockedError naming the owner. The folder must exist. */
export async function acquireDataLock(dataDir: string, opts: AcquireOptions): Promise<DataLock> {
  const { logger } = opts;
  const clock = opts.clock ?? systemClock;
  const staleMs = opts.staleMs ?? LOCK_STALE_MS;
  const start = await processStart(process.pid);
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    since: clock.now(),
    role: opts.role,
    ...(start ? { start } : {}),
  };
  const nonce = await lockOrTakeOver(dataDir, owner, staleMs, { logger, clock });
  await removeLeftovers(dataDir, nonce, clock.now());
  const file = join(dataDir, LOCK_FILE);
  const ours = (text: string) => text.includes(`"nonce":"${nonce}"`);
  let lost = false;
  let released = false;
  // Exiting without release: the lock goes with the process, if it is still ours.
  const onExit = () => {
    try {
      if (ours(readFileSync(file, 'utf8'))) unlinkSync(file);
    } catch {
      // gone already
    }
  };
  process.once('exit', onExit);
  const touch = setInterval(() => void keepFresh(), staleMs / 2);
  touch.unref();
  let again: NodeJS.Timeout | null = null;
  let unreadable = false;
  async function keepFresh(): Promise<void> {
    let found: FoundLock | null;
    try {
      found = await readLock(dataDir);
    } catch (err) {
      if (!released && !lost) cannotRead(err);
      return;
    }
    if (released || lost) return;
    if (unreadable) logger.info('the data folder lock reads again; this runner holds it', { dataDir });
    unreadable = false;
    if (found?.id === nonce) {
      const t = new Date();
      await utimes(file, t, t).catch(() => undefined);
      return;
    }
    lost = true;
    clearInterval(touch);
    const err = Object.assign(
      new Error(found ? 'the lock was taken over by another process' : 'the lock was removed'),
      {
        code: 'ECOMPROMISED',
      },
    );
    logger.error('data folder lock lost; another process may be writing the history now', {
      dataDir,
      error: err.message,
    });
    opts.onLost?.(err);
  }
  /**
   * The lock could not be read (too many files open, a disk error): not a lock lost, so the holder
   * keeps writing. Said once, the file's time kept fresh (a touch needs no open file), and read
   * again every READ_AGAIN_MS until it reads.
   */
  function cannotRead(err: unknown): void {
    if (!unreadable)
      logger.warn('the data folder lock cannot be read now; this runner still holds it and reads it again', {
        dataDir,
        error: err instanceof Error ? err.message : String(err),
      });
    unreadable = true;
    const t = new Date();
    void utimes(file, t, t).catch(() => undefined);
    again ??= setTimeout(() => {
      again = null;
      void keepFresh();
    }, READ_AGAIN_MS);
    again.unref();
  }
  return {
    owner,
    async release() {
      if (released) return;
      released = true;
      clearInterval(touch);
      if (again) clearTimeout(again);
      process.off('exit', onExit);
      if (lost) return;
      const found = await readLock(dataDir).catch(() => null);
      if (found?.id !== nonce) return;
      await unlink(file).catch((err: unknown) =>
        logger.warn('could not release the data folder lock', { dataDir, error: String(err) }),
      );
    },
  };
}
