/**
 * The seed project's history: the Python "Discord IP Monitor Bot" keeps a table
 * `ip_history` in SQLite. Its exact shape is not published, so the reader looks for an
 * address column and a time column under the likely names and says plainly which one is
 * missing. Times without a zone are read as UTC (SQLite's CURRENT_TIMESTAMP is UTC).
 */
import type { ImportBatch } from './import-merge';
import { ImportError, sightingsToBatch } from './import-merge';
import { all, type Database, loadSql, type SqlValue } from './sqlite';

const IP_COLUMNS = ['ip', 'ip_address', 'address', 'new_ip'];
const TIME_COLUMNS = ['timestamp', 'changed_at', 'created_at', 'time', 'date', 'detected_at'];

/** Seconds or ms since the epoch, or a date text ("2024-05-01 12:00:00", ISO 8601). */
export function parseSeedTime(v: SqlValue): number | null {
  if (typeof v === 'number') return v < 1e11 ? Math.round(v * 1000) : Math.round(v);
  if (typeof v !== 'string') return null;
  const t = v.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return parseSeedTime(Number(t));
  const hasZone = /([zZ]|[+-]\d{2}:?\d{2})$/.test(t);
  const ms = Date.parse(hasZone ? t.replace(' ', 'T') : `${t.replace(' ', 'T')}Z`);
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
}

export async function parseSeedDatabase(bytes: Uint8Array): Promise<ImportBatch> {
  const SQL = await loadSql();
  let db: Database;
  try {
    db = new SQL.Database(bytes);
    db.exec('SELECT count(*) FROM sqlite_master');
  } catch {
    throw new ImportError("not an SQLite database (expected the seed bot's database file)");
  }
  try {
    const tables = all(db, "SELECT name FROM sqlite_master WHERE type = 'table'").map((r) => String(r.name));
    if (!tables.includes('ip_history')) {
      throw new ImportError(`no ip_history table in this database (tables: ${tables.join(', ') || 'none'})`);
    }
    const columns = all(db, 'PRAGMA table_info(ip_history)').map((r) => String(r.name));
    const ipCol = IP_COLUMNS.find((c) => columns.includes(c));
    const timeCol = TIME_COLUMNS.find((c) => columns.includes(c));
    if (!ipCol || !timeCol) {
      const missing = !ipCol
        ? `address column (looked for ${IP_COLUMNS.join(', ')})`
        : `time column (looked for ${TIME_COLUMNS.join(', ')})`;
      throw new ImportError(`ip_history has no ${missing}; its columns are: ${columns.join(', ')}`);
    }
    const rowid = columns.includes('id') ? 'id' : 'rowid';
    const rows = all(db, `SELECT ${rowid} AS id, "${ipCol}" AS ip, "${timeCol}" AS t FROM ip_history`);
    const sightings = rows.map((r) => {
      const at = parseSeedTime(r.t ?? null);
      if (at === null) throw new ImportError(`ip_history row ${String(r.id)}: unreadable time ${JSON.stringify(r.t)}`);
      if (typeof r.ip !== 'string') throw new ImportError(`ip_history row ${String(r.id)}: no address`);
      return { ip: r.ip, at };
    });
    return sightingsToBatch(sightings, 'import:seed');
  } finally {
    db.close();
  }
}
