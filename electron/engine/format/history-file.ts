/**
 * IPWatch's history file: the JSON export's format id and version, and the CSV of the runs.
 * The store writes it, the history importer reads it back, the bot's /export writes a part.
 * Every cell goes through csvCell (formula-like text neutralised).
 */
import type { HistoryEntry } from '../../../shared/contract/history';
import { csvCell } from './csv-cell';

export const EXPORT_FORMAT_ID = 'ipwatch-history';
export const EXPORT_VERSION = 1;

export const CSV_HEADER = 'family,ip,prefix,first_seen,last_seen,checks,sources,trigger,previous_ip\n';

const iso = (t: number) => new Date(t).toISOString();

/** One run as a CSV line, in CSV_HEADER's columns. */
export const csvLine = (e: HistoryEntry) =>
  [
    e.family,
    e.ip,
    e.prefix,
    iso(e.firstSeen),
    iso(e.lastSeen),
    e.checks,
    e.sources.join(' '),
    e.change?.trigger ?? null,
    e.change?.from ?? null,
  ]
    .map(csvCell)
    .join(',') + '\n';
