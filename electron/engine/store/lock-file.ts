/**
 * The data folder's lock file, DATA_DIR/ipwatch.lock, decided atomically (docs/headless.md):
 * - It holds its owner (pid, host, since, role) and a random `nonce` naming this holding, and it
 *   appears whole: written to a synced temp file, then hard-linked to its name, which fails when
 *   the name is taken. A lock is never seen without its owner, so a starter never mistakes a lock
 *   just taken for a dead one (the owner file used to be written after the lock: 1 start in 12 on
 *   a crashed folder took the fresh lock as stale, and two runners ran).
 * - A dead owner's lock is taken over by one taker alone (lock-takeover.ts), and a start never
 *   waits for it without end.
 * - A folder lock of IPWatch before this version (a proper-lockfile folder, its owner in
 *   ipwatch.owner.json) is read and taken over the same way.
 * - A lock that is there but cannot be read (too many files open, a disk error) is a
 *   LockReadError, said in words: never a lock that is free, lost or another's (issue 73).
 */
import { randomBytes } from 'node:crypto';
import { link, open, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

import { english } from '../../../shared/i18n/translators';
import { unreadableWords } from '../../../shared/words/unreadable-file';
import type { Clock } from '../clock';
import { syncDir } from './atomic-file';

export const LOCK_FILE = 'ipwatch.lock';
/** Where a lock of IPWatch before this version named its owner. */
export const LEGACY_OWNER_FILE = 'ipwatch.owner.json';
/** A takeover marker naming no taker, this old, belongs to a taker that died mid-way: the next number is used. */
export const STUCK_MARKER_MS = 10_000;
/** How often a starter looks again while another taker replaces a dead owner's lock. */
export const TAKER_POLL_MS = 25;

export interface LockOwner {
  pid: number;
  host: string;
  /** When the owner took the lock, epoch ms. */
  since: number;
  /** What holds it: 'monitor', 'import'... */
  role: string;
  /** The owner process's start (owner-process.ts), so a pid reused is not taken for it; absent before issue 74. */
  start?: string;
}

/** The clocks a starter judges ages and deadlines by. */
export type LockClock = Pick<Clock, 'now' | 'monotonic'>;

/** A lock as found: its owner (null when it cannot be read), and what names this holding. */
export interface FoundLock {
  owner: LockOwner | null;
  /** The holding's nonce; for a lock without one, its inode and time, which change with it. */
  id: string;
  mtimeMs: number;
  legacy: boolean;
}

/** The lock, or its owner file, is there but could not be read: its state is unknown, not free. */
export class LockReadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: unknown,
  ) {
    super(unreadableWords('data folder lock', file, reason, english));
    this.name = 'LockReadError';
  }
}

export const lockPath = (dir: string) => join(dir, LOCK_FILE);
export const code = (err: unknown) => (err as NodeJS.ErrnoException).code;

/** A file's text, null when it is not there; any other failure is a LockReadError. */
const readText = (file: string): Promise<string | null> =>
  readFile(file, 'utf8').catch((err: unknown) => {
    if (code(err) === 'ENOENT') return null;
    throw new LockReadError(file, err);
  });

function ownerOf(o: Partial<LockOwner> | null): LockOwner | null {
  if (!o || !Number.isInteger(o.pid) || (o.pid as number) <= 0 || typeof o.host !== 'string') return null;
  const owner = { pid: o.pid as number, host: o.host, since: Number(o.since ?? 0), role: String(o.role ?? 'unknown') };
  return typeof o.start === 'string' && o.start.length <= 200 ? { ...owner, start: o.start } : owner;
}

const parse = (text: string): Record<string, unknown> | null => {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};

/** The owner a file names (a takeover marker), or null when it names none or cannot be read. */
export const readOwnerFile = async (file: string): Promise<LockOwner | null> =>
  ownerOf(parse((await readText(file).catch(() => null)) ?? '') as Partial<LockOwner>);

/** The folder's lock, or null when there is none; throws LockReadError when it cannot be read. */
export async function readLock(dir: string): Promise<FoundLock | null> {
  const info = await stat(lockPath(dir)).catch((err: unknown) => {
    if (code(err) === 'ENOENT') return null;
    throw new LockReadError(lockPath(dir), err);
  });
  if (!info) return null;
  const fallbackId = `${info.ino}-${info.mtimeMs}`;
  if (info.isDirectory()) {
    const o = parse((await readText(join(dir, LEGACY_OWNER_FILE))) ?? '');
    return { owner: ownerOf(o as Partial<LockOwner>), id: fallbackId, mtimeMs: info.mtimeMs, legacy: true };
  }
  const text = await readText(lockPath(dir));
  // Released between the two looks: there is no lock now.
  if (text === null) return null;
  const o = parse(text);
  const nonce = typeof o?.nonce === 'string' ? o.nonce : fallbackId;
  return { owner: ownerOf(o as Partial<LockOwner>), id: nonce, mtimeMs: info.mtimeMs, legacy: false };
}

/** A new holding's text, in a synced temp file beside the lock; returns its name and nonce. */
export async function staged(dir: string, owner: LockOwner): Promise<{ tmp: string; nonce: string }> {
  const nonce = randomBytes(12).toString('hex');
  const tmp = join(dir, `${LOCK_FILE}.${process.pid}-${nonce}.new`);
  const fh = await open(tmp, 'wx', 0o600);
  try {
    try {
      await fh.writeFile(`${JSON.stringify({ ...owner, nonce })}\n`);
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch (err) {
    // A full disk: no half-written temp file outlives the failed start.
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
  return { tmp, nonce };
}

/** Takes a free lock; its nonce, or null when the name is taken. */
export async function createLock(dir: string, owner: LockOwner): Promise<string | null> {
  const { tmp, nonce } = await staged(dir, owner);
  try {
    await link(tmp, lockPath(dir));
  } catch (err) {
    if (code(err) === 'EEXIST') return null;
    if (code(err) !== 'EPERM' && code(err) !== 'ENOTSUP') throw err;
    // No hard links here (some network shares): an exclusive create, briefly without its owner,
    // which a starter reads as a live lock of no known owner, never as a dead one.
    const fh = await open(lockPath(dir), 'wx', 0o600).catch((e: unknown) => {
      if (code(e) === 'EEXIST') return null;
      throw e;
    });
    if (!fh) return null;
    try {
      await fh.writeFile(await readFile(tmp));
      await fh.sync();
    } finally {
      await fh.close();
    }
  } finally {
    await unlink(tmp).catch(() => undefined);
  }
  await syncDir(dir);
  return nonce;
}
