/**
 * The data folder's lock file, DATA_DIR/ipwatch.lock, decided atomically (docs/headless.md):
 * - It holds its owner (pid, host, since, role) and a random `nonce` naming this holding, and it
 *   appears whole: written to a synced temp file, then hard-linked to its name, which fails when
 *   the name is taken. A lock is never seen without its owner, so a starter never mistakes a lock
 *   just taken for a dead one (the owner file used to be written after the lock: 1 start in 12 on
 *   a crashed folder took the fresh lock as stale, and two runners ran).
 * - A dead owner's lock is taken over only by the one taker that creates the marker
 *   `ipwatch.lock.takeover-<nonce>.<n>` (an exclusive create), who then checks the lock still holds
 *   that nonce and renames its own lock over it in one step. Whatever the interleaving, one taker
 *   of a holding wins, a lock taken meanwhile is never replaced, and the folder is never free in
 *   between for a third starter. A marker left by a taker that died mid-way stops nobody: after
 *   STUCK_MARKER_MS the next taker uses the next number. A starter that finds a live marker waits
 *   for that taker's lock (`whileTakenOver`), so its refusal names the winner, not the dead owner.
 * - A folder lock of IPWatch before this version (a proper-lockfile folder, its owner in
 *   ipwatch.owner.json) is read and taken over the same way.
 * - A lock that is there but cannot be read (too many files open, a disk error) is a
 *   LockReadError, said in words: never a lock that is free, lost or another's (issue 73).
 */
import { randomBytes } from 'node:crypto';
import { link, open, readdir, readFile, rename, rmdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

import { english } from '../../../shared/i18n/translators';
import { unreadableWords } from '../../../shared/words/unreadable-file';
import { syncDir } from './atomic-file';

export const LOCK_FILE = 'ipwatch.lock';
/** Where a lock of IPWatch before this version named its owner. */
export const LEGACY_OWNER_FILE = 'ipwatch.owner.json';
/** A takeover marker this old belongs to a taker that died mid-way: the next number is used. */
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
}

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

const lockPath = (dir: string) => join(dir, LOCK_FILE);
const code = (err: unknown) => (err as NodeJS.ErrnoException).code;

/** A file's text, null when it is not there; any other failure is a LockReadError. */
const readText = (file: string): Promise<string | null> =>
  readFile(file, 'utf8').catch((err: unknown) => {
    if (code(err) === 'ENOENT') return null;
    throw new LockReadError(file, err);
  });

function ownerOf(o: Partial<LockOwner> | null): LockOwner | null {
  if (!o || !Number.isInteger(o.pid) || (o.pid as number) <= 0 || typeof o.host !== 'string') return null;
  return { pid: o.pid as number, host: o.host, since: Number(o.since ?? 0), role: String(o.role ?? 'unknown') };
}

const parse = (text: string): Record<string, unknown> | null => {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};

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
async function staged(dir: string, owner: LockOwner): Promise<{ tmp: string; nonce: string }> {
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

/** The marker that makes this caller the one taker of `seen`, or null when another is at it. */
async function takeMarker(dir: string, seen: FoundLock): Promise<string | null> {
  for (let n = 1; n <= 5; n++) {
    const marker = join(dir, `${LOCK_FILE}.takeover-${seen.id}.${n}`);
    try {
      await (await open(marker, 'wx', 0o600)).close();
      return marker;
    } catch (err) {
      if (code(err) !== 'EEXIST') throw err;
    }
    const age = await stat(marker).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    );
    if (age < STUCK_MARKER_MS) return null;
  }
  return null;
}

/**
 * Replaces the lock `seen` (judged dead by the caller) with a new holding; its nonce, or null
 * when another taker is at it or the lock is no longer `seen` (taken, or freed, meanwhile).
 */
export async function takeOverLock(dir: string, seen: FoundLock, owner: LockOwner): Promise<string | null> {
  const marker = await takeMarker(dir, seen);
  if (!marker) return null;
  try {
    // Only a marker holder replaces `seen`: if it is still there, it stays until our rename.
    const now = await readLock(dir);
    if (!now || now.id !== seen.id) return null;
    if (now.legacy) {
      await rmdir(lockPath(dir));
      return await createLock(dir, owner);
    }
    const { tmp, nonce } = await staged(dir, owner);
    try {
      await rename(tmp, lockPath(dir));
    } catch (err) {
      await unlink(tmp).catch(() => undefined);
      throw err;
    }
    await syncDir(dir);
    return nonce;
  } finally {
    await unlink(marker).catch(() => undefined);
  }
}

/** Whether a taker is replacing `seen` now: a marker of it younger than STUCK_MARKER_MS. */
async function takerAtIt(dir: string, seen: FoundLock): Promise<boolean> {
  const prefix = `${LOCK_FILE}.takeover-${seen.id}.`;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!name.startsWith(prefix)) continue;
    const info = await stat(join(dir, name)).catch(() => null);
    if (info && Date.now() - info.mtimeMs < STUCK_MARKER_MS) return true;
  }
  return false;
}

/**
 * Waits while another taker replaces `seen`: until the lock is no longer `seen` (the taker's own
 * holding, or freed), or no live taker's marker is left (one that died mid-way stops nobody once
 * STUCK_MARKER_MS old). So a starter that lost the takeover reads the winner, not the dead owner.
 */
export async function whileTakenOver(dir: string, seen: FoundLock): Promise<void> {
  for (;;) {
    const now = await readLock(dir).catch(() => null);
    if (now?.id !== seen.id || !(await takerAtIt(dir, seen))) return;
    await new Promise((resolve) => setTimeout(resolve, TAKER_POLL_MS));
  }
}

/** Removes markers and staged files left by starters that died, once they are old. */
export async function removeLeftovers(dir: string, now: number): Promise<void> {
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!name.startsWith(`${LOCK_FILE}.`)) continue;
    const file = join(dir, name);
    const info = await stat(file).catch(() => null);
    if (info && now - info.mtimeMs > STUCK_MARKER_MS) await unlink(file).catch(() => undefined);
  }
}
