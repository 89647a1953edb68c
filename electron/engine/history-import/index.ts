/**
 * electron/engine/history-import: history from files into the store. It owns the readers
 * (IPWatch's own export, the seed bot's SQLite database and ip_history.json, ddns-updater's
 * updates.json: read.ts, formats.ts, seed.ts), how their times become UTC (times.ts), and the
 * rules by which imported runs join the stored history so that a second import changes nothing
 * (plan.ts, merge.ts). It reaches the store only through HistoryStore.beginImport; the store
 * does not know it.
 */
import type { HistoryStore } from '../store';
import { mergeBatch } from './merge';
import { readImport } from './read';
import type { ImportFormat, ImportOptions, ImportResult } from './types';

export { ImportError, MAX_IMPORT_BYTES } from './batch';
export type * from './types';

/** Validates the whole file first, then merges it in one transaction: a bad file changes nothing. */
export async function importHistoryFile(
  store: Pick<HistoryStore, 'beginImport'>,
  file: string,
  format?: ImportFormat,
  options: ImportOptions = {},
): Promise<ImportResult> {
  // Asked before the file is read, so a read-only store says so whatever the file holds.
  const session = store.beginImport(file);
  const { format: found, batch, times } = await readImport(file, format, options);
  return session.apply((rows) => ({ ...mergeBatch(rows, found, batch), ...(times ? { times } : {}) }));
}
