/**
 * Daily backups: the first save of each (UTC) day also writes its bytes to
 * backups/history-YYYY-MM-DD.sqlite; older ones beyond `keep` are deleted. The bytes are
 * the file as stored, so an encrypted store has encrypted backups.
 */
import { mkdir, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';

import { writeFileAtomic } from './atomic-file';

const NAME = /^history-(\d{4}-\d{2}-\d{2})\.sqlite$/;

export const backupName = (at: number): string => `history-${new Date(at).toISOString().slice(0, 10)}.sqlite`;

/** Backup files, newest first. */
export async function listBackups(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .filter((n) => NAME.test(n))
    .sort()
    .reverse()
    .map((n) => join(dir, n));
}

/** Writes today's backup unless it exists, then prunes. Returns the path written, or null. */
export async function dailyBackup(dir: string, bytes: Uint8Array, at: number, keep: number): Promise<string | null> {
  const path = join(dir, backupName(at));
  const existing = await listBackups(dir);
  if (existing.includes(path)) return null;
  await mkdir(dir, { recursive: true });
  await writeFileAtomic(path, bytes);
  const all = await listBackups(dir);
  for (const old of all.slice(Math.max(keep, 1))) await unlink(old).catch(() => undefined);
  return path;
}
