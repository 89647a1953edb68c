/**
 * Taking over a dead owner's lock (lock-file.ts says how the lock is decided): only the one taker
 * that creates the marker `ipwatch.lock.takeover-<nonce>.<n>` (an exclusive create) replaces the
 * lock, after checking it still holds that nonce, by renaming its own lock over it in one step.
 * Whatever the interleaving, one taker of a holding wins, a lock taken meanwhile is never
 * replaced, and the folder is never free in between for a third starter.
 *
 * A marker names its taker as a lock names its owner (issue 74): a marker whose taker runs on
 * this host stops the others whatever its age; one whose taker is gone stops nobody; one that
 * names no taker (made where there are no hard links) is passed over once STUCK_MARKER_MS old,
 * its age watched on the starter's monotonic clock when its time is in the future (lock-ages.ts).
 * A starter that finds a live marker waits for that taker's lock up to its deadline, so its
 * refusal names the winner, not the dead owner, and no start waits without end.
 */
import { link, open, readdir, rename, rmdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

import { syncDir } from './atomic-file';
import { ageOf, type FileWatch, pastItsTime } from './lock-ages';
import {
  code,
  createLock,
  type FoundLock,
  LOCK_FILE,
  type LockClock,
  type LockOwner,
  lockPath,
  readLock,
  readOwnerFile,
  staged,
  STUCK_MARKER_MS,
  TAKER_POLL_MS,
} from './lock-file';
import { ownerStanding } from './owner-process';

/** Makes `marker` naming its taker, as a lock appears (whole, by a link); false when it is there. */
async function makeMarker(dir: string, marker: string, taker: LockOwner): Promise<boolean> {
  const { tmp } = await staged(dir, taker);
  try {
    await link(tmp, marker);
    return true;
  } catch (err) {
    if (code(err) === 'EEXIST') return false;
    if (code(err) !== 'EPERM' && code(err) !== 'ENOTSUP') throw err;
    // No hard links: an empty marker, made exclusively, judged by its age alone.
    return open(marker, 'wx', 0o600).then(
      (fh) => fh.close().then(() => true),
      (e: unknown) => {
        if (code(e) === 'EEXIST') return false;
        throw e;
      },
    );
  } finally {
    await unlink(tmp).catch(() => undefined);
  }
}

/**
 * Whether the marker `name` may be passed over (its taker gone from this host, or, naming none,
 * STUCK_MARKER_MS old); null when it is gone.
 */
async function markerPassed(dir: string, name: string, watch: FileWatch, clock: LockClock): Promise<boolean | null> {
  const file = join(dir, name);
  const info = await stat(file).catch(() => null);
  if (!info) return null;
  const taker = await readOwnerFile(file);
  const standing = taker ? await ownerStanding(taker) : 'elsewhere';
  return pastItsTime(standing, ageOf(info.mtimeMs, clock.now()), watch.watchedFor(name, info.mtimeMs), STUCK_MARKER_MS);
}

const markerPrefix = (seen: FoundLock) => `${LOCK_FILE}.takeover-${seen.id}.`;

/** The marker that makes this caller the one taker of `seen`, or null when another is at it. */
async function takeMarker(dir: string, seen: FoundLock, taker: LockOwner, watch: FileWatch, clock: LockClock) {
  for (let n = 1; n <= 5; n++) {
    const name = `${markerPrefix(seen)}${n}`;
    if (await makeMarker(dir, join(dir, name), taker)) return join(dir, name);
    if (!(await markerPassed(dir, name, watch, clock))) return null;
  }
  return null;
}

/**
 * Replaces the lock `seen` (judged dead by the caller) with a new holding; its nonce, or null
 * when another taker is at it or the lock is no longer `seen` (taken, or freed, meanwhile).
 */
export async function takeOverLock(
  dir: string,
  seen: FoundLock,
  owner: LockOwner,
  watch: FileWatch,
  clock: LockClock,
): Promise<string | null> {
  const marker = await takeMarker(dir, seen, owner, watch, clock);
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

/** A taker replacing `seen` now, one not passed over (markerPassed), or null when there is none. */
export async function takerAtIt(
  dir: string,
  seen: FoundLock,
  watch: FileWatch,
  clock: LockClock,
): Promise<LockOwner | 'unnamed' | null> {
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!name.startsWith(markerPrefix(seen)) || (await markerPassed(dir, name, watch, clock)) !== false) continue;
    const taker = await readOwnerFile(join(dir, name));
    return taker ?? 'unnamed';
  }
  return null;
}

/**
 * Waits while another taker replaces `seen`: until the lock is no longer `seen` (the taker's own
 * holding, or freed), or no live taker's marker is left, or the monotonic `deadline` has come.
 * So a starter that lost the takeover reads the winner, not the dead owner, and never waits without end.
 */
export async function whileTakenOver(
  dir: string,
  seen: FoundLock,
  watch: FileWatch,
  clock: LockClock,
  deadline: number,
): Promise<void> {
  while (clock.monotonic() < deadline) {
    const now = await readLock(dir).catch(() => null);
    if (now?.id !== seen.id || !(await takerAtIt(dir, seen, watch, clock))) return;
    await new Promise((resolve) => setTimeout(resolve, TAKER_POLL_MS));
  }
}

/**
 * Removes what starters that died left: the markers of holdings other than `nonce` (the lock is
 * this one's now, so they stop nothing), and staged files once STUCK_MARKER_MS old (one just made
 * is another starter's, about to be linked).
 */
export async function removeLeftovers(dir: string, nonce: string, wallNow: number): Promise<void> {
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!name.startsWith(`${LOCK_FILE}.`)) continue;
    const file = join(dir, name);
    const marker = name.startsWith(`${LOCK_FILE}.takeover-`);
    if (marker && name.startsWith(`${LOCK_FILE}.takeover-${nonce}.`)) continue;
    const info = marker ? null : await stat(file).catch(() => null);
    if (marker || (info && ageOf(info.mtimeMs, wallNow) > STUCK_MARKER_MS)) await unlink(file).catch(() => undefined);
  }
}
