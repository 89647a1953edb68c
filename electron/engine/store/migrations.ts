/**
 * Versioned schema. PRAGMA user_version holds the number of migrations applied; each
 * migration is one small function run in its own transaction, so a crash mid-upgrade
 * leaves the previous version intact. Never edit a shipped migration: add the next one.
 */
import { auditKind } from './audit-kinds';
import { LATER_MIGRATIONS } from './migrations-later';
import { addCounts, type CountsBySource, encodeCounts, monthOfDay } from './source-counts';
import type { Database } from './sqlite';

export interface Migration {
  version: number;
  description: string;
  up(db: Database): void;
}

/** Thrown when the file was written by a newer IPWatch; it is left untouched. */
export class NewerSchemaError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(`history file has schema version ${found}, this IPWatch knows up to ${known}; update IPWatch to open it`);
    this.name = 'NewerSchemaError';
  }
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'address runs, changes and offline spans',
    up(db) {
      // Small pages keep a small history (a few hundred rows per table a year) in a small file;
      // incremental auto-vacuum lets the stats rollup give pages back. Both only take
      // effect before the first table exists, which is why they live here.
      db.run('PRAGMA page_size = 1024');
      db.run('PRAGMA auto_vacuum = INCREMENTAL');
      db.run(`CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        family INTEGER NOT NULL CHECK (family IN (4, 6)),
        ip TEXT NOT NULL,
        prefix TEXT,
        first_seen INTEGER NOT NULL,
        last_seen INTEGER NOT NULL,
        checks INTEGER NOT NULL,
        sources TEXT NOT NULL DEFAULT ''
      )`);
      db.run('CREATE UNIQUE INDEX runs_key ON runs (family, first_seen, ip)');
      // History pages are newest first across both families.
      db.run('CREATE INDEX runs_time ON runs (first_seen)');
      db.run(`CREATE TABLE changes (
        id INTEGER PRIMARY KEY,
        family INTEGER NOT NULL CHECK (family IN (4, 6)),
        old TEXT,
        new TEXT NOT NULL,
        at INTEGER NOT NULL,
        sources TEXT NOT NULL DEFAULT '',
        trigger TEXT NOT NULL
      )`);
      db.run('CREATE UNIQUE INDEX changes_key ON changes (family, at, new)');
      db.run(`CREATE TABLE outages (
        start_at INTEGER PRIMARY KEY,
        end_at INTEGER,
        cause TEXT NOT NULL
      )`);
    },
  },
  {
    version: 2,
    description: 'per-source hourly and daily statistics',
    up(db) {
      // Source names are stored once; the counters refer to them by a small integer.
      db.run('CREATE TABLE sources (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)');
      // WITHOUT ROWID and (time, source) order: rows arrive in time order, so pages fill up.
      for (const [table, unit] of [
        ['source_hours', 'hour'],
        ['source_days', 'day'],
      ] as const) {
        db.run(`CREATE TABLE ${table} (
          ${unit} INTEGER NOT NULL,
          source INTEGER NOT NULL,
          ok INTEGER NOT NULL,
          fail INTEGER NOT NULL,
          latency_sum INTEGER NOT NULL,
          latency_max INTEGER NOT NULL,
          PRIMARY KEY (${unit}, source)
        ) WITHOUT ROWID`);
      }
    },
  },
  {
    version: 3,
    description: 'audit log',
    up(db) {
      db.run(`CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT,
        result TEXT NOT NULL
      )`);
    },
  },
  {
    version: 4,
    description: 'notification outbox',
    up(db) {
      db.run(`CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        channel TEXT NOT NULL,
        key TEXT NOT NULL,
        payload TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_at INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'expired')),
        last_error TEXT,
        done_at INTEGER,
        UNIQUE (channel, key)
      )`);
      db.run('CREATE INDEX outbox_queue ON outbox (channel, status, id)');
    },
  },
  {
    version: 5,
    description: "outbox: notices a service refused are set aside as 'rejected'",
    up(db) {
      // SQLite cannot change a CHECK constraint in place: copy into a new table.
      db.run(`CREATE TABLE outbox_v5 (
        id INTEGER PRIMARY KEY,
        channel TEXT NOT NULL,
        key TEXT NOT NULL,
        payload TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_at INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'expired', 'rejected')),
        last_error TEXT,
        done_at INTEGER,
        UNIQUE (channel, key)
      )`);
      db.run('INSERT INTO outbox_v5 SELECT * FROM outbox');
      db.run('DROP TABLE outbox');
      db.run('ALTER TABLE outbox_v5 RENAME TO outbox');
      db.run('CREATE INDEX outbox_queue ON outbox (channel, status, id)');
    },
  },
  {
    version: 6,
    description: 'monitor sessions',
    up(db) {
      db.run(`CREATE TABLE sessions (
        start_at INTEGER PRIMARY KEY,
        end_at INTEGER,
        last_alive INTEGER NOT NULL,
        clean INTEGER NOT NULL DEFAULT 0
      )`);
      // Before sessions were kept, all time from the first record to the last counted as
      // watched; one session over that stretch keeps the figures of existing histories.
      const bounds = db.exec(`SELECT min(t), max(t) FROM (
        SELECT first_seen AS t FROM runs UNION ALL SELECT last_seen FROM runs
        UNION ALL SELECT at FROM changes UNION ALL SELECT start_at FROM outages
        UNION ALL SELECT end_at FROM outages WHERE end_at IS NOT NULL)`)[0]?.values[0];
      const [lo, hi] = bounds ?? [];
      if (typeof lo === 'number' && typeof hi === 'number') {
        db.run('INSERT INTO sessions (start_at, end_at, last_alive, clean) VALUES (?, ?, ?, 1)', [lo, hi, hi]);
      }
    },
  },
  {
    version: 7,
    description: 'source statistics packed: one row per hour, day and month',
    up(db) {
      const read = (table: string, unit: string, key: (u: number) => number) => {
        const units = new Map<number, CountsBySource>();
        for (const [u, source, ok, fail, latencySum, latencyMax] of db.exec(
          `SELECT ${unit}, source, ok, fail, latency_sum, latency_max FROM ${table}`,
        )[0]?.values ?? []) {
          const k = key(Number(u));
          let counts = units.get(k);
          if (!counts) units.set(k, (counts = new Map()));
          addCounts(counts, Number(source), {
            ok: Number(ok),
            fail: Number(fail),
            latencySum: Number(latencySum),
            latencyMax: Number(latencyMax),
          });
        }
        return units;
      };
      const tables = [
        ['source_hours', 'hour', read('source_hours', 'hour', (h) => h)],
        ['source_days', 'day', read('source_days', 'day', (d) => d)],
        ['source_months', 'month', read('source_days', 'day', monthOfDay)],
      ] as const;
      for (const [table, unit, units] of tables) {
        db.run(`DROP TABLE IF EXISTS ${table}`);
        // The unit is the rowid: no separate key is stored.
        db.run(`CREATE TABLE ${table} (${unit} INTEGER PRIMARY KEY, counts BLOB NOT NULL)`);
        const insert = db.prepare(`INSERT INTO ${table} (${unit}, counts) VALUES (?, ?)`);
        try {
          for (const [u, counts] of units) insert.run([u, encodeCounts(counts)]);
        } finally {
          insert.free();
        }
      }
    },
  },
  {
    version: 8,
    description: 'indexes for period queries: runs by family and last seen, changes by time',
    up(db) {
      // Stats over a recent period read its runs and changes, not the whole history; covering
      // (every column those queries read), so a whole-period query is an index-only scan too.
      db.run('CREATE INDEX runs_last ON runs (family, last_seen, first_seen, ip)');
      db.run('CREATE INDEX changes_time ON changes (at, family)');
    },
  },
  {
    version: 9,
    description: 'recent checks: the last checks of each family, packed in one row',
    up(db) {
      // A rowid table (the family is the rowid): the counters' journal follows rowid tables only.
      db.run('CREATE TABLE recent_checks (family INTEGER PRIMARY KEY CHECK (family IN (4, 6)), checks BLOB NOT NULL)');
    },
  },
  {
    version: 10,
    description: "runs: the address's network identity (AS number, organisation, country, VPN flag)",
    up(db) {
      // Empty for the runs already kept: the store fills them in when it opens with a lookup.
      for (const column of ['asn INTEGER', 'org TEXT', 'country TEXT', 'vpn TEXT'])
        db.run(`ALTER TABLE runs ADD COLUMN ${column}`);
    },
  },
  {
    version: 11,
    description: "ddns_jobs: each dynamic DNS record's pending update, last address set, or stop (store/ddns-jobs.ts)",
    up(db) {
      db.run(`CREATE TABLE ddns_jobs (
        record_id TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        want TEXT NOT NULL,
        change_at INTEGER NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_at INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'done', 'stopped')),
        reason TEXT,
        done_at INTEGER
      )`);
    },
  },
  {
    version: 12,
    description: "monitor_states: service monitors' changes of state (store/monitor-states.ts)",
    up(db) {
      db.run(`CREATE TABLE monitor_states (
        id INTEGER PRIMARY KEY,
        monitor TEXT NOT NULL,
        at INTEGER NOT NULL,
        state TEXT NOT NULL,
        why TEXT,
        latency_ms INTEGER,
        after_change INTEGER NOT NULL DEFAULT 0
      )`);
      db.run('CREATE INDEX monitor_states_by_monitor ON monitor_states (monitor, at)');
    },
  },
  {
    version: 13,
    description: 'speed_tests: each speed test, its figures or why it failed (store/speed-tests.ts)',
    up(db) {
      db.run(`CREATE TABLE speed_tests (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        trigger TEXT NOT NULL,
        server TEXT NOT NULL,
        family INTEGER NOT NULL,
        down_mbps REAL,
        up_mbps REAL,
        latency_ms REAL,
        jitter_ms REAL,
        bytes INTEGER NOT NULL,
        duration_ms INTEGER NOT NULL,
        cut TEXT,
        error TEXT
      )`);
      db.run('CREATE INDEX speed_tests_at ON speed_tests (at)');
    },
  },
  {
    version: 14,
    description: 'fleet_sites, fleet_events: what a fleet watcher learnt of the sites it watches (store/fleet.ts)',
    up(db) {
      // A site's row is its whole view as the watcher holds it (JSON): read back whole, never queried by field.
      db.run('CREATE TABLE fleet_sites (site TEXT PRIMARY KEY, body TEXT NOT NULL)');
      db.run(`CREATE TABLE fleet_events (
        id INTEGER PRIMARY KEY,
        site TEXT NOT NULL,
        at INTEGER NOT NULL,
        kind TEXT NOT NULL,
        changes TEXT NOT NULL,
        detail TEXT,
        while_away INTEGER NOT NULL DEFAULT 0
      )`);
      db.run('CREATE INDEX fleet_events_by_site ON fleet_events (site, id)');
    },
  },
  {
    version: 15,
    description: 'audit.kind: each kind of audit row has a bound of its own (store/audit.ts auditKind, issue 58)',
    up(db) {
      db.run("ALTER TABLE audit ADD COLUMN kind TEXT NOT NULL DEFAULT 'change'");
      // The rows written so far, by the one list of kinds: a few distinct action and result pairs.
      const pairs = db.exec('SELECT DISTINCT action, result FROM audit')[0]?.values ?? [];
      for (const [action, result] of pairs.map((p) => p.map(String)))
        db.run('UPDATE audit SET kind = ? WHERE action = ? AND result = ?', [
          auditKind(action!, result!),
          action!,
          result!,
        ]);
      db.run('CREATE INDEX audit_by_kind ON audit (kind, id)');
    },
  },
  {
    version: 16,
    description: "ddns_jobs.reason_code: a job's reason as a catalogue code, said in the reader's language (issue 62)",
    up(db) {
      // Empty for the jobs already kept: their English reason stands.
      db.run('ALTER TABLE ddns_jobs ADD COLUMN reason_code TEXT');
    },
  },
  {
    version: 17,
    description:
      "monitor_states.reason_code, speed_tests.error_code: a change's why and a test's error as codes (issue 62)",
    up(db) {
      // Empty for the rows already kept: their English stands.
      db.run('ALTER TABLE monitor_states ADD COLUMN reason_code TEXT');
      db.run('ALTER TABLE speed_tests ADD COLUMN error_code TEXT');
    },
  },
  {
    version: 18,
    description: "audit.reason_code: a row's detail as a code, said in the reader's language (issue 62)",
    up(db) {
      // Empty for the rows already kept: their English detail stands.
      db.run('ALTER TABLE audit ADD COLUMN reason_code TEXT');
    },
  },
  {
    version: 19,
    description:
      "audit.repeat_times, audit.repeat_span_ms: a row counted several times, said in the reader's language (issue 62)",
    up(db) {
      // Empty for the rows already kept: their English count stands in the detail.
      db.run('ALTER TABLE audit ADD COLUMN repeat_times INTEGER');
      db.run('ALTER TABLE audit ADD COLUMN repeat_span_ms INTEGER');
    },
  },
  ...LATER_MIGRATIONS,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersion(db: Database): number {
  const v = db.exec('PRAGMA user_version')[0]?.values[0]?.[0];
  return typeof v === 'number' ? v : 0;
}

/**
 * Brings `db` up to `target` (default: latest). Returns the versions applied.
 * `migrations` is a parameter so tests can stop at any step.
 */
export function migrate(
  db: Database,
  target = SCHEMA_VERSION,
  migrations: readonly Migration[] = MIGRATIONS,
): number[] {
  const from = schemaVersion(db);
  if (from > migrations.length) throw new NewerSchemaError(from, migrations.length);
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= from || m.version > target) continue;
    db.run('BEGIN');
    try {
      m.up(db);
      db.run(`PRAGMA user_version = ${m.version}`);
      db.run('COMMIT');
    } catch (err) {
      db.run('ROLLBACK');
      throw new Error(`history migration ${m.version} (${m.description}) failed: ${String(err)}`);
    }
    applied.push(m.version);
  }
  return applied;
}
