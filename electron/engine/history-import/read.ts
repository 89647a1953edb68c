/** Reads an import file, recognises its format when not told, and returns a validated batch. */
import { readFile, stat } from 'node:fs/promises';

import { type ImportBatch, ImportError, MAX_IMPORT_BYTES } from './batch';
import { parseDdnsUpdater, parseIpwatchExport, parseJson } from './formats';
import { isSeedJson, parseSeedDatabase, parseSeedJson } from './seed';
import { chooseZone, type TimeReport } from './times';
import type { ImportFormat, ImportOptions } from './types';

const SQLITE_MAGIC = 'SQLite format 3\0';

export interface ReadImport {
  format: ImportFormat;
  batch: ImportBatch;
  /** How the file's times became UTC (formats other than IPWatch's own). */
  times?: TimeReport;
}

const EMPTY: ImportBatch = { runs: [], changes: [], outages: [] };

export async function readImport(
  path: string,
  format?: ImportFormat,
  options: ImportOptions = {},
): Promise<ReadImport> {
  const zone = chooseZone(options.tz);
  const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
    throw new ImportError(`cannot read ${path}: ${err.code ?? err.message}`);
  });
  if (!info.isFile()) throw new ImportError(`${path} is not a file`);
  if (info.size > MAX_IMPORT_BYTES)
    throw new ImportError(`${path} is too large to import (${info.size} bytes; limit ${MAX_IMPORT_BYTES})`);
  const bytes = await readFile(path);
  const isSqlite = bytes.subarray(0, 16).toString('latin1') === SQLITE_MAGIC;
  const noTimes = { fromCreatedAt: 0, inZone: 0, withOffset: 0, zone: zone.zone, zoneFrom: zone.from };
  // ddns-updater itself opens a zero-byte updates.json as an empty database.
  if (bytes.length === 0 && (format === undefined || format === 'ddns-updater'))
    return { format: 'ddns-updater', batch: EMPTY, times: noTimes };
  if (isSqlite) {
    if (format !== undefined && format !== 'seed')
      throw new ImportError(`${path} is an SQLite database; use --from seed`);
    const { batch, times } = await parseSeedDatabase(bytes, zone);
    return { format: 'seed', batch, times };
  }
  const text = bytes.toString('utf8');
  if (format === 'seed') {
    let data: unknown = null;
    try {
      data = JSON.parse(text);
    } catch {
      // reported below, with what was expected
    }
    if (!isSeedJson(data))
      throw new ImportError("not an SQLite database nor the seed bot's ip_history.json (a list of {ip, timestamp})");
    return { format, ...parseSeedJson(data, zone) };
  }
  const data = parseJson(text);
  const detected =
    format ??
    (isSeedJson(data) ? 'seed' : data && typeof data === 'object' && 'records' in data ? 'ddns-updater' : 'ipwatch');
  if (detected === 'seed') return { format: detected, ...parseSeedJson(data, zone) };
  if (detected === 'ddns-updater') {
    const batch = parseDdnsUpdater(data);
    const rows = (data as { records: { ips: unknown[] }[] }).records.reduce((n, r) => n + r.ips.length, 0);
    return { format: detected, batch, times: { ...noTimes, withOffset: rows } };
  }
  return { format: detected, batch: parseIpwatchExport(data) };
}
