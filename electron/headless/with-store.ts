/** How a CLI command gets at the history store: asked for by access, always closed after. */
import { readdir } from 'node:fs/promises';

import type { HistoryStore } from '../engine/store';
import type { StoreAccess } from '../host';
import { isDataFolder } from '../host/data-dir';
import { UsageError } from './cli-errors';

/** How a command asks for the store; the headless entry binds it to the data folder and settings. */
export type OpenStore = (access: StoreAccess) => Promise<HistoryStore>;

/** Opens, runs `fn`, and always closes; a failed close (the final save) fails the command. */
export async function withStore<T>(
  open: OpenStore,
  access: StoreAccess,
  fn: (store: HistoryStore) => Promise<T>,
): Promise<T> {
  const store = await open(access);
  let result: T;
  try {
    result = await fn(store);
  } catch (err) {
    await store.close().catch(() => undefined);
    throw err;
  }
  try {
    await store.close();
  } catch (err) {
    throw new Error(`could not save the history: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  return result;
}

/**
 * Refuses a folder that holds no IPWatch data (host/data-dir.ts) before a command that only
 * reads touches it: a mistyped --data-dir is said, never created and read as empty (exit 2).
 */
export async function requireDataFolder(dataDir: string): Promise<void> {
  const entries = await readdir(dataDir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return [];
    throw new Error(`cannot read the data folder ${dataDir}: ${err.message}`, { cause: err });
  });
  if (!isDataFolder(entries)) throw new UsageError(`no IPWatch data in ${dataDir}`);
}
