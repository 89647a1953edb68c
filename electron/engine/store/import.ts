/** Reads an import file, recognises its format when not told, and returns a validated batch. */
import { readFile, stat } from 'node:fs/promises';

import type { ImportFormat } from './history-types';
import { parseDdnsUpdater, parseIpwatchExport, parseJson } from './import-formats';
import { type ImportBatch, ImportError, MAX_IMPORT_BYTES } from './import-merge';
import { parseSeedDatabase } from './import-seed';

const SQLITE_MAGIC = 'SQLite format 3\0';

export async function readImport(
  path: string,
  format?: ImportFormat,
): Promise<{ format: ImportFormat; batch: ImportBatch }> {
  const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
    throw new ImportError(`cannot read ${path}: ${err.code ?? err.message}`);
  });
  if (!info.isFile()) throw new ImportError(`${path} is not a file`);
  if (info.size > MAX_IMPORT_BYTES)
    throw new ImportError(`${path} is too large to import (${info.size} bytes; limit ${MAX_IMPORT_BYTES})`);
  const bytes = await readFile(path);
  const isSqlite = bytes.subarray(0, 16).toString('latin1') === SQLITE_MAGIC;
  if (format === 'seed' || (!format && isSqlite)) return { format: 'seed', batch: await parseSeedDatabase(bytes) };
  if (isSqlite) throw new ImportError(`${path} is an SQLite database; use --from seed`);
  const data = parseJson(bytes.toString('utf8'));
  const detected = format ?? (data && typeof data === 'object' && 'records' in data ? 'ddns-updater' : 'ipwatch');
  return { format: detected, batch: detected === 'ddns-updater' ? parseDdnsUpdater(data) : parseIpwatchExport(data) };
}
