/**
 * The house's one writer of a file (docs/headless.md): the bytes go to a temp file of a name no
 * other writer uses (the pid and random bytes: two writers in one process, or two processes
 * sharing a pid in two containers, never share one), readable by its owner only (0600), are
 * fsynced, renamed over the target, and the folder is fsynced so the rename itself survives a
 * power cut. A reader therefore sees the old file or the new one, never half, and two writers at
 * once leave one of their files whole. Every state file (settings.json, first-run.json, the
 * tokens, the sessions, the history) is written here; read-modify-write edits of settings.json
 * also take their turn (host/settings-write.ts).
 */
import { randomBytes } from 'node:crypto';
import { copyFile, type FileHandle, link, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

import { isProcessGone } from './owner-process';

const TEMP_MARK = '.tmp-';
const PRIVATE = 0o600;

/** A temp name beside `path` that no other writer, in this process or another, picks. */
const tempFor = (path: string) => `${path}${TEMP_MARK}${process.pid}-${randomBytes(6).toString('hex')}`;

/** `bytes` in a new private temp file beside `path`, synced to disk; returns its name. */
async function syncedTemp(path: string, bytes: Uint8Array, mode = PRIVATE): Promise<string> {
  const tmp = tempFor(path);
  await fillNew(tmp, await open(tmp, 'wx', mode), bytes);
  return tmp;
}

/**
 * Writes `bytes` into `file`, just created through `fh`, syncs and closes it; on any failure (a
 * full disk fails the write, the sync or, on a network share, the close) the file is removed
 * again, so no part of a failed write outlives it.
 */
async function fillNew(file: string, fh: FileHandle, bytes: Uint8Array): Promise<void> {
  try {
    try {
      await fh.writeFile(bytes);
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch (err) {
    await unlink(file).catch(() => undefined);
    throw err;
  }
}

/** Replaces `path` with `bytes` (see the top); `mode` 0600 unless a file is meant for others to read (a certificate). */
export async function writeFileAtomic(path: string, bytes: Uint8Array, mode = PRIVATE): Promise<void> {
  const tmp = await syncedTemp(path, bytes, mode);
  try {
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
  await syncDir(dirname(path));
}

/**
 * Creates `path` with `bytes`, whole and synced, only if nothing is there yet: a hard link of the
 * synced temp file, which fails when the name is taken, so two creators at once (two starts on an
 * empty folder) never replace each other's file. Returns whether this call created it. Where hard
 * links are not supported (FAT, some network shares) an exclusive open writes it in place.
 */
export async function createFileAtomic(path: string, bytes: Uint8Array): Promise<boolean> {
  const tmp = await syncedTemp(path, bytes);
  try {
    await link(tmp, path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'EMLINK') throw err;
    const fh = await open(path, 'wx', PRIVATE).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'EEXIST') return null;
      throw e;
    });
    if (!fh) return false;
    // Ours since the exclusive open: a failed write (a full disk) removes it, never leaving half a file.
    await fillNew(path, fh, bytes);
  } finally {
    await unlink(tmp).catch(() => undefined);
  }
  await syncDir(dirname(path));
  return true;
}

/**
 * Makes `copy` the current content of `path` (skipped when `path` does not exist yet), in one
 * rename, so `copy` is always a whole file. A hard link costs no copying; where links are not
 * supported the bytes are copied.
 *
 * When `copy` already is a link to `path`'s file (the save after a failed one), rename(2) of one
 * link over another of the same file does nothing and leaves the source (POSIX rename: "shall
 * return successfully and perform no other action"): the temp name is removed after the rename
 * either way, so no link to an old history outlives the call.
 */
export async function keepPrevious(path: string, copy: string): Promise<void> {
  const tmp = tempFor(copy);
  try {
    await link(path, tmp);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'EMLINK') throw err;
    await copyFile(path, tmp).catch(async (e: unknown) => {
      await unlink(tmp).catch(() => undefined);
      throw e;
    });
  }
  try {
    await rename(tmp, copy);
  } finally {
    // The name is this call's own (tempFor): gone after a rename that moved it, a second link after
    // one that did not. Should the removal fail, the next start's removeStaleTemps takes it.
    await unlink(tmp).catch(() => undefined);
  }
}

/** fsync of a folder: needed on Linux for the rename to be durable; Windows cannot open folders, which is fine there. */
export async function syncDir(dir: string): Promise<void> {
  let fh;
  try {
    fh = await open(dir, 'r');
    await fh.sync();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EACCES' && code !== 'EINVAL') throw err;
  } finally {
    await fh?.close();
  }
}

/**
 * Removes temp files a killed writer left behind. A file goes only when it is older than
 * `olderThanMs` by its mtime (a future mtime counts as new) and the writer its name carries
 * (tempFor: the pid) no longer runs here, or was this process: so a second process that is
 * saving right now (the app while the CLI reads) keeps its temp file, even when the wall clock
 * was stepped forward and makes every mtime look old. Returns the names removed.
 */
export async function removeStaleTemps(path: string, nowMs: number, olderThanMs = 60_000): Promise<string[]> {
  const dir = dirname(path);
  const prefix = `${basename(path)}${TEMP_MARK}`;
  const removed: string[] = [];
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!name.startsWith(prefix)) continue;
    const full = join(dir, name);
    const info = await stat(full).catch(() => null);
    // wall-clock: a file's mtime is a wall stamp, the only age a file has; the writer's pid guards a step forward
    if (!info || Math.max(0, nowMs - info.mtimeMs) < olderThanMs) continue;
    if (!(await writerGone(name.slice(prefix.length)))) continue;
    await unlink(full).catch(() => undefined);
    removed.push(name);
  }
  return removed;
}

/** Whether the writer a temp name's tail (`<pid>-<random>`) names is this process or no longer runs; true for a tail without one. */
async function writerGone(tail: string): Promise<boolean> {
  const pid = /^(\d+)-/.exec(tail)?.[1];
  if (pid === undefined || Number(pid) === process.pid) return true;
  return isProcessGone(Number(pid));
}
