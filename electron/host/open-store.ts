/**
 * Opens the history store of a data folder, for the app, the headless runner and its commands.
 * One process writes a data folder: a writer (the monitor, `import`, `restore`, `repair`)
 * takes the folder's lock first and is refused while another holds it; everything else
 * opens the store read-only, which works beside a running monitor and changes nothing. A writer
 * that writes anything before its store (settings.json's defaults, first-run.json, the upgrade)
 * takes the lock with lockDataFolder first and hands it over here.
 */
import { mkdir } from 'node:fs/promises';

import type { NetworkIdentity } from '../../shared/identity';
import type { Settings } from '../../shared/settings';
import { systemClock } from '../engine/clock';
import type { Logger } from '../engine/logger';
import { type HistoryStore, openHistoryStore, parseKey } from '../engine/store';
import { acquireDataLock, type DataLock } from '../engine/store/data-lock';

export type StoreAccess =
  | { mode: 'read' }
  /** `role` names the writer to whoever is refused; `onLost` is called if the lock is lost while held. */
  | {
      mode: 'write';
      role: string;
      onLost?: (err: Error) => void;
      /** Stamps each run with its address's network identity (identity.ts). */
      identify?: (ip: string) => NetworkIdentity | null;
      /** The folder's lock, taken already (lockDataFolder); the store's close releases it. */
      lock?: DataLock;
    };

/**
 * Takes a data folder's lock for a writer, making the folder if needed, before anything is written
 * into it: two starts at once on an empty folder then never both write its settings.json or
 * first-run.json. Throws DataLockedError naming the holder.
 */
export async function lockDataFolder(
  dataDir: string,
  logger: Logger,
  role: string,
  onLost?: (err: Error) => void,
): Promise<DataLock> {
  await mkdir(dataDir, { recursive: true });
  return acquireDataLock(dataDir, { logger: logger.child('lock'), role, ...(onLost ? { onLost } : {}) });
}

export async function openStoreFor(
  dataDir: string,
  env: NodeJS.ProcessEnv,
  logger: Logger,
  history: Settings['history'],
  access: StoreAccess,
): Promise<HistoryStore> {
  const options = {
    dataDir,
    backupsKeep: history.backupsKeep,
    statsRetentionDays: history.statsRetentionDays,
    clock: systemClock,
    logger: logger.child('store'),
    // Read when opened, so a bad IPWATCH_DB_KEY is reported as a clear error, not at load time.
    key: () => parseKey(env.IPWATCH_DB_KEY),
  };
  if (access.mode === 'read') return openHistoryStore({ ...options, readOnly: true });
  const lock = access.lock ?? (await lockDataFolder(dataDir, logger, access.role, access.onLost));
  let store: HistoryStore;
  try {
    store = await openHistoryStore({ ...options, ...(access.identify ? { identify: access.identify } : {}) });
  } catch (err) {
    await lock.release();
    throw err;
  }
  return {
    ...store,
    async close() {
      try {
        await store.close();
      } finally {
        await lock.release();
      }
    },
  };
}
