/** Opens the history store of a data folder for the headless runner and its commands. */
import type { Settings } from '../../shared/settings';
import { systemClock } from '../engine/clock';
import type { Logger } from '../engine/logger';
import { type HistoryStore, openHistoryStore, parseKey } from '../engine/store';

export function openStoreFor(
  dataDir: string,
  env: NodeJS.ProcessEnv,
  logger: Logger,
  history: Settings['history'],
): Promise<HistoryStore> {
  return openHistoryStore({
    dataDir,
    backupsKeep: history.backupsKeep,
    statsRetentionDays: history.statsRetentionDays,
    clock: systemClock,
    logger: logger.child('store'),
    // Read when opened, so a bad IPWATCH_DB_KEY is reported as a clear error, not at load time.
    key: () => parseKey(env.IPWATCH_DB_KEY),
  });
}
