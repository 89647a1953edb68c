/**
 * A lock that is a folder: made atomically with mkdir, kept fresh by its holder touching its
 * mtime, stale (and taken over) once untouched for `staleMs`. The protocol of proper-lockfile,
 * which this replaced so that the holder decides when it touches (data-lock.ts: clear of the
 * checks) and a touch is two plain system calls on libuv's pool.
 *
 * Mtimes are set to whole seconds, which every filesystem keeps (FAT to 2 s). A touch first
 * reads the mtime back: when it is not within 2 s of the one this holder set last, someone
 * took the lock over (only a lock untouched for `staleMs` is taken, and its new holder sets
 * the time it took it), and the lock is lost.
 */
import { mkdir, rmdir, stat, utimes } from 'node:fs/promises';

/** Whole seconds, as utimes takes them. */
const wholeSeconds = (ms: number) => Math.floor(ms / 1000);
/** For a folder that may already be gone: ENOENT is no error. */
function missingOk(err: NodeJS.ErrnoException): undefined {
  if (err.code === 'ENOENT') return undefined;
  throw err;
}
/** FAT keeps mtimes to 2 s; a takeover moves the mtime by at least the stale time. */
const SAME_MTIME_MS = 2_000;

export class LockHeldError extends Error {
  readonly code = 'ELOCKED';
  constructor(readonly path: string) {
    super(`the lock ${path} is held`);
    this.name = 'LockHeldError';
  }
}

export class LockLostError extends Error {
  constructor(
    readonly path: string,
    why: string,
  ) {
    super(`the lock ${path} was lost: ${why}`);
    this.name = 'LockLostError';
  }
}

export interface LockDir {
  readonly path: string;
  /** Refreshes the mtime; rejects with LockLostError when the lock is no longer this holder's, else with the I/O error. */
  touch(): Promise<void>;
  /** When the last touch (or the taking) succeeded, epoch ms. */
  readonly touchedAt: number;
  /** Removes the folder; a missing one is fine. */
  remove(): Promise<void>;
}

export interface TakeOptions {
  staleMs: number;
  /** Take it even when fresh: its holder is known to be dead. */
  force?: boolean;
  now?: () => number;
}

async function stamp(path: string, now: () => number): Promise<number> {
  const s = wholeSeconds(now());
  await utimes(path, s, s);
  return s * 1000;
}

/** Takes the lock folder at `path`, or rejects with LockHeldError while another holds it fresh. */
export async function takeLockDir(path: string, opts: TakeOptions): Promise<LockDir> {
  const now = opts.now ?? Date.now;
  try {
    await mkdir(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const held = await stat(path).catch(missingOk);
    if (held && !opts.force && held.mtimeMs >= now() - opts.staleMs) throw new LockHeldError(path);
    await rmdir(path).catch(missingOk);
    // Another process that saw it stale at the same moment may have made it first.
    await mkdir(path).catch((e: NodeJS.ErrnoException) =>
      Promise.reject(e.code === 'EEXIST' ? new LockHeldError(path) : e),
    );
  }
  let mtimeMs = await stamp(path, now).catch(async (err: unknown) => {
    await rmdir(path).catch(() => undefined);
    throw err;
  });
  let touchedAt = now();
  return {
    path,
    get touchedAt() {
      return touchedAt;
    },
    async touch() {
      const gone = (err: unknown): never => {
        throw (err as NodeJS.ErrnoException).code === 'ENOENT'
          ? new LockLostError(path, 'its folder was removed')
          : err;
      };
      const seen = (await stat(path).catch(gone)).mtimeMs;
      if (Math.abs(seen - mtimeMs) >= SAME_MTIME_MS) throw new LockLostError(path, 'another process took it over');
      mtimeMs = await stamp(path, now).catch(gone);
      touchedAt = now();
    },
    remove: () => rmdir(path).catch(missingOk),
  };
}
