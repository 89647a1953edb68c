import envPaths from 'env-paths';

import { RUNNER_FILE } from '../engine/api/host-proof/host-proof';
import { HISTORY_FILE, PREVIOUS_FILE } from '../engine/store/disk';

/** The OS app-data folder for IPWatch (e.g. ~/.local/share/IPWatch, %APPDATA%\IPWatch\Data). */
export const defaultDataDir = (env: NodeJS.ProcessEnv = process.env): string =>
  env.IPWATCH_DATA_DIR || envPaths('IPWatch', { suffix: '' }).data;

/**
 * What IPWatch itself writes into a data folder first: its settings, its history (or the copy a
 * save keeps), and where its running API listens (a runner on embedded defaults before its first
 * save has only that).
 */
const DATA_MARKS: readonly string[] = ['settings.json', 'settings.yaml', HISTORY_FILE, PREVIOUS_FILE, RUNNER_FILE];

/**
 * Whether a folder holding these entries is an IPWatch data folder: one a command that only
 * reads may read, where anything else would be a mistyped --data-dir to refuse, not to fill. Pure.
 *
 * | the folder holds                                      | data folder |
 * |-------------------------------------------------------|-------------|
 * | settings.json (a monitor ran, or it was written)      | yes         |
 * | settings.yaml (written by hand or by convert)         | yes         |
 * | history.sqlite, with or without settings.json         | yes         |
 * | runner.json (a runner's API listens, nothing saved)   | yes         |
 * | history.sqlite.prev only (a save was cut short)       | yes         |
 * | other files only (backups/, notes, another program's) | no          |
 * | nothing (an empty folder, or no such folder)          | no          |
 */
export function isDataFolder(entries: readonly string[]): boolean {
  return entries.some((e) => DATA_MARKS.includes(e));
}
