/**
 * Crash-safe file replacement: the bytes go to a temp file in the same folder, are
 * fsynced, renamed over the target, and the folder is fsynced so the rename itself
 * survives a power cut. A reader therefore sees the old file or the new one, never half.
 */
import { copyFile, link, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let counter = 0;

const TEMP_MARK = '.tmp-';

export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const tmp = `${path}${TEMP_MARK}${process.pid}-${++counter}`;
  const fh = await open(tmp, 'w', 0o600);
  try {
    await fh.writeFile(bytes);
    await fh.sync();
  } catch (err) {
    await fh.close();
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
  await fh.close();
  try {
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
  await syncDir(dirname(path));
}

/**
 * Makes `copy` the current content of `path` (skipped when `path` does not exist yet), in one
 * rename, so `copy` is always a whole file. A hard link costs no copying; where links are not
 * supported the bytes are copied.
 */
export async function keepPrevious(path: string, copy: string): Promise<void> {
  const tmp = `${copy}${TEMP_MARK}${process.pid}-${++counter}`;
  try {
    await link(path, tmp);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'EMLINK') throw err;
    await copyFile(path, tmp);
  }
  try {
    await rename(tmp, copy);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}

/** fsync of a folder: needed on Linux for the rename to be durable; Windows cannot open folders, which is fine there. */
async function syncDir(dir: string): Promise<void> {
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
 * Removes temp files a killed writer left behind. Only files older than `olderThanMs`
 * go, so a second process that is saving right now (the app while the CLI reads) keeps
 * its temp file. Returns the names removed.
 */
export async function removeStaleTemps(path: string, nowMs: number, olderThanMs = 60_000): Promise<string[]> {
  const dir = dirname(path);
  const prefix = `${basename(path)}${TEMP_MARK}`;
  const removed: string[] = [];
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!name.startsWith(prefix)) continue;
    const full = join(dir, name);
    const info = await stat(full).catch(() => null);
    if (!info || nowMs - info.mtimeMs < olderThanMs) continue;
    await unlink(full).catch(() => undefined);
    removed.push(name);
  }
  return removed;
}
