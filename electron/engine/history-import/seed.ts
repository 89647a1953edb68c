/**
 * The seed project's history: the Python "Discord IP Monitor Bot"
 * (froghouse/Discord-IP-Monitor-Bot, ip_monitor/storage.py). Its SQLiteIPStorage keeps
 * `ip_history (id INTEGER PRIMARY KEY AUTOINCREMENT, ip TEXT, timestamp TEXT, created_at
 * DATETIME DEFAULT CURRENT_TIMESTAMP)` and adds a row, with `timestamp =
 * datetime.now().isoformat()`, each time the address changes. Before 2025-07 its IPStorage
 * kept the same rows as a JSON list of `{ip, timestamp}` (ip_history.json). How the zone-less
 * times become UTC is in times.ts. Other column names seen in forks are still accepted.
 */
import { readForeignDatabase } from '../store';
import { type ImportBatch, ImportError, sightingsToBatch } from './batch';
import { resolveTimes, type TimedRow, type TimeReport, type ZoneChoice } from './times';

const IP_COLUMNS = ['ip', 'ip_address', 'address', 'new_ip'];
const TIME_COLUMNS = ['timestamp', 'changed_at', 'created_at', 'time', 'date', 'detected_at'];
const SOURCE = 'import:seed';

export interface SeedImport {
  batch: ImportBatch;
  times: TimeReport;
}

function toBatch(rows: (TimedRow & { ip: unknown })[], zone: ZoneChoice): SeedImport {
  const { at, report } = resolveTimes(rows, zone);
  const sightings = rows.map((r, i) => {
    if (typeof r.ip !== 'string') throw new ImportError(`row ${r.id}: no address`);
    return { ip: r.ip, at: at[i] as number };
  });
  return { batch: sightingsToBatch(sightings, SOURCE), times: report };
}

export async function parseSeedDatabase(bytes: Uint8Array, zone: ZoneChoice): Promise<SeedImport> {
  const db = await readForeignDatabase(bytes);
  if (!db) throw new ImportError("not an SQLite database (expected the seed bot's database file)");
  try {
    // Only read, never written, so none of its would run; refused all the same: the seed bot makes none.
    const planted = db.all("SELECT type, name FROM sqlite_master WHERE type IN ('view', 'trigger')");
    if (planted.length) {
      const named = planted.slice(0, 5).map((r) => `${String(r.type)} ${JSON.stringify(String(r.name).slice(0, 60))}`);
      throw new ImportError(`the seed bot's database holds no views or triggers, this one does (${named.join(', ')})`);
    }
    const tables = db.all("SELECT name FROM sqlite_master WHERE type = 'table'").map((r) => String(r.name));
    if (!tables.includes('ip_history')) {
      throw new ImportError(`no ip_history table in this database (tables: ${tables.join(', ') || 'none'})`);
    }
    const columns = db.all('PRAGMA table_info(ip_history)').map((r) => String(r.name));
    const ipCol = IP_COLUMNS.find((c) => columns.includes(c));
    const timeCol = TIME_COLUMNS.find((c) => columns.includes(c));
    if (!ipCol || !timeCol) {
      const missing = !ipCol
        ? `address column (looked for ${IP_COLUMNS.join(', ')})`
        : `time column (looked for ${TIME_COLUMNS.join(', ')})`;
      throw new ImportError(`ip_history has no ${missing}; its columns are: ${columns.join(', ')}`);
    }
    const rowid = columns.includes('id') ? 'id' : 'rowid';
    const created = timeCol !== 'created_at' && columns.includes('created_at') ? ', created_at AS c' : '';
    // The bot writes rows in time order, so the row order settles a wall time the clock showed twice.
    const rows = db.all(
      `SELECT ${rowid} AS id, "${ipCol}" AS ip, "${timeCol}" AS t${created} FROM ip_history ORDER BY ${rowid}`,
    );
    return toBatch(
      rows.map((r) => ({ id: `ip_history row ${String(r.id)}`, ip: r.ip, time: r.t, createdAt: r.c })),
      zone,
    );
  } catch (err) {
    // SQLite finds a damaged page only when a query reads it, after the file opened.
    if (err instanceof ImportError) throw err;
    const said = (err instanceof Error ? err.message : String(err)).slice(0, 200);
    throw new ImportError(`the database is damaged and cannot be read (SQLite says: ${said})`);
  } finally {
    db.close();
  }
}

/** True for the bot's older ip_history.json: a list of objects with ip and timestamp. */
export function isSeedJson(data: unknown): data is unknown[] {
  return Array.isArray(data) && data.every((x) => x !== null && typeof x === 'object' && 'ip' in x && 'timestamp' in x);
}

export function parseSeedJson(data: unknown, zone: ZoneChoice): SeedImport {
  if (!isSeedJson(data)) {
    throw new ImportError("not the seed bot's ip_history.json: expected a list of {ip, timestamp}");
  }
  if (data.length > 1_000_000) throw new ImportError('ip_history.json has more than 1000000 rows');
  const rows = data.map((x, i) => {
    const { ip, timestamp } = x as { ip: unknown; timestamp: unknown };
    return { id: `item ${i}`, ip, time: timestamp };
  });
  return toBatch(rows, zone);
}
