/**
 * What each history migration (electron/engine/store/migrations.ts) adds, and data written before
 * it that must survive it: migrations.test.ts runs each step. A file of its own, as the list grows
 * a step at a time.
 */
import { expect } from 'vitest';

import { decodeCounts } from '../../../../electron/engine/store/source-counts';
import { all, type Database } from '../../../../electron/engine/store/sqlite';

export const columns = (db: Database, table: string) =>
  all(db, `PRAGMA table_info(${table})`).map((r) => String(r.name));

/** What each step adds, and data written before it that must survive it. */
export const steps: {
  version: number;
  adds: Record<string, string[]>;
  seed?: (db: Database) => void;
  check?: (db: Database) => void;
}[] = [
  {
    version: 1,
    adds: {
      runs: ['id', 'family', 'ip', 'prefix', 'first_seen', 'last_seen', 'checks', 'sources'],
      changes: ['id', 'family', 'old', 'new', 'at', 'sources', 'trigger'],
      outages: ['start_at', 'end_at', 'cause'],
    },
    check: (db) => {
      expect(db.exec('PRAGMA page_size')[0]?.values[0]?.[0]).toBe(1024);
      expect(db.exec('PRAGMA auto_vacuum')[0]?.values[0]?.[0]).toBe(2);
    },
  },
  {
    version: 2,
    adds: {
      sources: ['id', 'name'],
      source_hours: ['hour', 'source', 'ok', 'fail', 'latency_sum', 'latency_max'],
      source_days: ['day', 'source', 'ok', 'fail', 'latency_sum', 'latency_max'],
    },
    seed: (db) =>
      db.run("INSERT INTO runs (family, ip, first_seen, last_seen, checks) VALUES (4, '203.0.113.1', 1, 2, 3)"),
    check: (db) => expect(all(db, 'SELECT ip, checks FROM runs')).toEqual([{ ip: '203.0.113.1', checks: 3 }]),
  },
  {
    version: 3,
    adds: { audit: ['id', 'at', 'actor', 'action', 'detail', 'result'] },
    seed: (db) => db.run("INSERT INTO sources (name) VALUES ('ipify')"),
    check: (db) => expect(all(db, 'SELECT name FROM sources')).toEqual([{ name: 'ipify' }]),
  },
  {
    version: 4,
    adds: {
      outbox: [
        'id',
        'channel',
        'key',
        'payload',
        'created_at',
        'attempts',
        'next_at',
        'status',
        'last_error',
        'done_at',
      ],
    },
    seed: (db) => db.run("INSERT INTO audit (at, actor, action, result) VALUES (1, 'cli', 'x', 'ok')"),
    check: (db) => {
      expect(all(db, 'SELECT actor FROM audit')).toEqual([{ actor: 'cli' }]);
      db.run(
        "INSERT INTO outbox (channel, key, payload, created_at, next_at, status) VALUES ('c', 'k', '{}', 1, 1, 'pending')",
      );
      expect(() =>
        db.run(
          "INSERT INTO outbox (channel, key, payload, created_at, next_at, status) VALUES ('c', 'k', '{}', 1, 1, 'pending')",
        ),
      ).toThrow(/UNIQUE/);
    },
  },
  {
    version: 5,
    adds: {},
    seed: (db) =>
      db.run(
        "INSERT INTO outbox (channel, key, payload, created_at, next_at, status, attempts) VALUES ('c', 'k2', '{}', 1, 1, 'sent', 2)",
      ),
    check: (db) => {
      // Rows, the uniqueness of (channel, key) and the queue index survive the rebuild.
      expect(all(db, "SELECT key, status, attempts FROM outbox WHERE key = 'k2'")).toEqual([
        { key: 'k2', status: 'sent', attempts: 2 },
      ]);
      db.run(
        "INSERT INTO outbox (channel, key, payload, created_at, next_at, status) VALUES ('c', 'k3', '{}', 1, 1, 'rejected')",
      );
      expect(() =>
        db.run(
          "INSERT INTO outbox (channel, key, payload, created_at, next_at, status) VALUES ('c', 'k3', '{}', 1, 1, 'pending')",
        ),
      ).toThrow(/UNIQUE/);
      expect(() =>
        db.run(
          "INSERT INTO outbox (channel, key, payload, created_at, next_at, status) VALUES ('c', 'k4', '{}', 1, 1, 'lost')",
        ),
      ).toThrow(/CHECK/);
      expect(all(db, "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'outbox_queue'")).toHaveLength(1);
    },
  },
  {
    version: 6,
    adds: { sessions: ['start_at', 'end_at', 'last_alive', 'clean'] },
    seed: (db) => {
      db.run("INSERT INTO runs (family, ip, first_seen, last_seen, checks) VALUES (4, '203.0.113.1', 100, 900, 3)");
      db.run("INSERT INTO outages (start_at, end_at, cause) VALUES (950, 1200, 'wifi')");
    },
    // The time an older history covers counts as monitored, as it did before sessions.
    check: (db) =>
      expect(all(db, 'SELECT * FROM sessions')).toEqual([{ start_at: 100, end_at: 1200, last_alive: 1200, clean: 1 }]),
  },
  {
    version: 7,
    adds: { source_months: ['month', 'counts'] },
    seed: (db) => {
      const rows = [
        [479928, 1, 30, 0, 2781, 156],
        [479928, 2, 28, 2, 3332, 153],
        [479929, 1, 1, 0, 70_000, 70_000],
      ];
      for (const r of rows)
        db.run(
          'INSERT INTO source_hours (hour, source, ok, fail, latency_sum, latency_max) VALUES (?, ?, ?, ?, ?, ?)',
          r,
        );
      db.run(
        'INSERT INTO source_days (day, source, ok, fail, latency_sum, latency_max) VALUES (19997, 3, 700, 5, 71751, 159)',
      );
    },
    // Every counter survives the packing, one row per hour and per day.
    check: (db) => {
      expect(columns(db, 'source_hours')).toEqual(['hour', 'counts']);
      expect(columns(db, 'source_days')).toEqual(['day', 'counts']);
      const unpack = (table: string, unit: string) =>
        all(db, `SELECT ${unit} AS u, counts FROM ${table} ORDER BY ${unit}`).map((r) => [
          r.u,
          Object.fromEntries(decodeCounts(r.counts as Uint8Array)),
        ]);
      expect(unpack('source_hours', 'hour')).toEqual([
        [
          479928,
          {
            1: { ok: 30, fail: 0, latencySum: 2781, latencyMax: 156 },
            2: { ok: 28, fail: 2, latencySum: 3332, latencyMax: 153 },
          },
        ],
        [479929, { 1: { ok: 1, fail: 0, latencySum: 70_000, latencyMax: 70_000 } }],
      ]);
      expect(unpack('source_days', 'day')).toEqual([
        [19997, { 3: { ok: 700, fail: 5, latencySum: 71751, latencyMax: 159 } }],
      ]);
      // Day 19997 is 2024-10-02: its month holds its totals.
      expect(unpack('source_months', 'month')).toEqual([
        [2024 * 12 + 9, { 3: { ok: 700, fail: 5, latencySum: 71751, latencyMax: 159 } }],
      ]);
    },
  },
  {
    version: 8,
    adds: {},
    // Covering indexes: a recent period's runs and changes are found without a scan.
    check: (db) => {
      const plan = (sql: string) =>
        db
          .exec(`EXPLAIN QUERY PLAN ${sql}`)[0]!
          .values.map((v) => String(v[3]))
          .join(' | ');
      expect(
        plan('SELECT ip, first_seen, last_seen FROM runs WHERE family = 4 AND last_seen >= 5 AND first_seen <= 9'),
      ).toMatch(/USING COVERING INDEX runs_last \(family=\? AND last_seen>\?\)/);
      expect(plan('SELECT family, at FROM changes WHERE at BETWEEN 5 AND 9')).toMatch(
        /USING COVERING INDEX changes_time \(at>\? AND at<\?\)/,
      );
    },
  },
  {
    version: 9,
    adds: { recent_checks: ['family', 'checks'] },
  },
  {
    version: 10,
    adds: {},
    seed: (db) =>
      db.run("INSERT INTO runs (family, ip, first_seen, last_seen, checks) VALUES (4, '203.0.113.1', 1, 2, 3)"),
    check: (db) => {
      expect(columns(db, 'runs').slice(-4)).toEqual(['asn', 'org', 'country', 'vpn']);
      // The runs kept before stay, with no identity until the store fills it in.
      expect(all(db, 'SELECT ip, checks, asn, org, country, vpn FROM runs')).toEqual([
        { ip: '203.0.113.1', checks: 3, asn: null, org: null, country: null, vpn: null },
      ]);
    },
  },
  {
    version: 11,
    adds: {
      ddns_jobs: [
        'record_id',
        'fingerprint',
        'want',
        'change_at',
        'attempts',
        'next_at',
        'status',
        'reason',
        'done_at',
      ],
    },
    seed: (db) =>
      db.run("INSERT INTO runs (family, ip, first_seen, last_seen, checks) VALUES (4, '203.0.113.1', 1, 2, 3)"),
    check: (db) => {
      expect(all(db, 'SELECT ip, checks FROM runs')).toEqual([{ ip: '203.0.113.1', checks: 3 }]);
      // One row per record; a status outside the three is refused.
      db.run(
        "INSERT INTO ddns_jobs (record_id, fingerprint, want, change_at, next_at, status) VALUES ('home', 'f', '203.0.113.1', 1, 1, 'pending')",
      );
      expect(() =>
        db.run(
          "INSERT INTO ddns_jobs (record_id, fingerprint, want, change_at, next_at, status) VALUES ('nas', 'f', '203.0.113.1', 1, 1, 'maybe')",
        ),
      ).toThrow();
      expect(all(db, 'SELECT record_id, attempts FROM ddns_jobs')).toEqual([{ record_id: 'home', attempts: 0 }]);
    },
  },
  {
    version: 12,
    adds: { monitor_states: ['id', 'monitor', 'at', 'state', 'why', 'latency_ms', 'after_change'] },
    seed: (db) =>
      db.run("INSERT INTO runs (family, ip, first_seen, last_seen, checks) VALUES (4, '203.0.113.1', 1, 2, 3)"),
    check: (db) => {
      expect(all(db, 'SELECT ip, checks FROM runs')).toEqual([{ ip: '203.0.113.1', checks: 3 }]);
      expect(all(db, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'monitor_states'")).toEqual([
        { name: 'monitor_states_by_monitor' },
      ]);
    },
  },
  {
    version: 13,
    adds: {
      speed_tests: [
        'id',
        'at',
        'trigger',
        'server',
        'family',
        'down_mbps',
        'up_mbps',
        'latency_ms',
        'jitter_ms',
        'bytes',
        'duration_ms',
        'cut',
        'error',
      ],
    },
    seed: (db) =>
      db.run("INSERT INTO runs (family, ip, first_seen, last_seen, checks) VALUES (4, '203.0.113.1', 1, 2, 3)"),
    check: (db) => {
      expect(all(db, 'SELECT ip, checks FROM runs')).toEqual([{ ip: '203.0.113.1', checks: 3 }]);
      expect(all(db, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'speed_tests'")).toEqual([
        { name: 'speed_tests_at' },
      ]);
    },
  },
  {
    version: 14,
    adds: {
      fleet_sites: ['site', 'body'],
      fleet_events: ['id', 'site', 'at', 'kind', 'changes', 'detail', 'while_away'],
    },
    seed: (db) =>
      db.run("INSERT INTO runs (family, ip, first_seen, last_seen, checks) VALUES (4, '203.0.113.1', 1, 2, 3)"),
    check: (db) => {
      expect(all(db, 'SELECT ip, checks FROM runs')).toEqual([{ ip: '203.0.113.1', checks: 3 }]);
      expect(all(db, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'fleet_events'")).toEqual([
        { name: 'fleet_events_by_site' },
      ]);
    },
  },
  {
    version: 15,
    // No table: the audit log's rows each get their kind (store/audit.ts auditKind), by an index.
    adds: {},
    seed: (db) => {
      const row = "INSERT INTO audit (at, actor, action, detail, result) VALUES (1, 'a', ?, null, ?)";
      for (const [action, result] of [
        ['session.sign-in', 'ok'],
        ['session.sign-in', 'refused'],
        ['setSettings', 'applied'],
        ['discord pause', 'done'],
        ['session.end', 'applied'],
      ])
        db.run(row, [action!, result!]);
    },
    check: (db) => {
      expect(all(db, 'SELECT action, kind FROM audit ORDER BY id')).toEqual([
        { action: 'session.sign-in', kind: 'access' },
        { action: 'session.sign-in', kind: 'refused' },
        { action: 'setSettings', kind: 'change' },
        { action: 'discord pause', kind: 'bot' },
        { action: 'session.end', kind: 'access' },
      ]);
      expect(columns(db, 'audit')).toEqual(['id', 'at', 'actor', 'action', 'detail', 'result', 'kind']);
      expect(all(db, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit'")).toEqual([
        { name: 'audit_by_kind' },
      ]);
    },
  },
  {
    version: 16,
    // A column, no table: a job saved before keeps its English reason, with no code.
    adds: {},
    seed: (db) =>
      db.run(
        "INSERT INTO ddns_jobs (record_id, fingerprint, want, change_at, next_at, status, reason) VALUES ('home', 'f', '203.0.113.1', 1, 1, 'stopped', 'badauth')",
      ),
    check: (db) => {
      expect(columns(db, 'ddns_jobs')).toContain('reason_code');
      expect(all(db, 'SELECT reason, reason_code FROM ddns_jobs')).toEqual([{ reason: 'badauth', reason_code: null }]);
    },
  },
  {
    version: 17,
    // Columns, no table: a change or a test kept before keeps its English, with no code.
    adds: {},
    seed: (db) =>
      db.exec(
        "INSERT INTO monitor_states (monitor, at, state, why, after_change) VALUES ('web', 1, 'down', 'timed out', 0); INSERT INTO speed_tests (at, trigger, server, family, bytes, duration_ms, error) VALUES (1, 'manual', 's', 4, 0, 0, 'cancelled')",
      ),
    check: (db) => {
      expect(all(db, 'SELECT why, reason_code FROM monitor_states')).toEqual([{ why: 'timed out', reason_code: null }]);
      expect(all(db, 'SELECT error, error_code FROM speed_tests')).toEqual([{ error: 'cancelled', error_code: null }]);
    },
  },
  {
    version: 18,
    // A column, no table: an audit row kept before keeps its English detail, with no code.
    adds: {},
    seed: (db) => db.run("INSERT INTO audit (at, actor, action, detail, result) VALUES (1, 'ui', 'x', 'd', 'ok')"),
    check: (db) => {
      expect(columns(db, 'audit')).toContain('reason_code');
      expect(all(db, 'SELECT detail, reason_code FROM audit')).toEqual([{ detail: 'd', reason_code: null }]);
    },
  },
  {
    version: 19,
    // Columns, no table: a row counted before keeps its English count in the detail, with no count of its own.
    adds: {},
    seed: (db) => db.run("INSERT INTO audit (at, actor, action, detail, result) VALUES (1, 'ui', 'x', 'd', 'ok')"),
    check: (db) => {
      expect(columns(db, 'audit')).toEqual(expect.arrayContaining(['repeat_times', 'repeat_span_ms']));
      expect(all(db, 'SELECT detail, repeat_times, repeat_span_ms FROM audit')).toEqual([
        { detail: 'd', repeat_times: null, repeat_span_ms: null },
      ]);
    },
  },
  {
    version: 20,
    // An index, no table: rows kept before move to their kind as it stands now, each whole.
    adds: {},
    seed: (db) =>
      db.exec(
        "INSERT INTO audit (at, actor, action, detail, result, kind) VALUES (1, 'eve (viewer, session)', 'session.sign-out-everywhere', '1 session ended', 'ok', 'change'), (2, 'ipwatch', 'session.role', 'r', 'applied', 'change'), (3, 'ops (admin, token)', 'token.revoke', 't', 'applied', 'change'), (4, 'eve (viewer, session)', 'session.sign-out-everywhere', 'no', 'refused', 'refused')",
      ),
    check: (db) => {
      expect(all(db, 'SELECT at, actor, action, detail, result, kind FROM audit ORDER BY id')).toEqual([
        {
          at: 1,
          actor: 'eve (viewer, session)',
          action: 'session.sign-out-everywhere',
          detail: '1 session ended',
          result: 'ok',
          kind: 'access',
        },
        { at: 2, actor: 'ipwatch', action: 'session.role', detail: 'r', result: 'applied', kind: 'access' },
        { at: 3, actor: 'ops (admin, token)', action: 'token.revoke', detail: 't', result: 'applied', kind: 'change' },
        {
          at: 4,
          actor: 'eve (viewer, session)',
          action: 'session.sign-out-everywhere',
          detail: 'no',
          result: 'refused',
          kind: 'refused',
        },
      ]);
      expect(
        all(db, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit' ORDER BY name"),
      ).toEqual([{ name: 'audit_by_actor' }, { name: 'audit_by_kind' }]);
    },
  },
  {
    version: 21,
    // The steps of the wall clock; the spans kept before move by none of them.
    adds: { clock_steps: ['id', 'at', 'step_ms'] },
    seed: (db) => {
      db.run('INSERT INTO sessions (start_at, end_at, last_alive, clean) VALUES (100, 900, 900, 1)');
      db.run("INSERT INTO outages (start_at, end_at, cause) VALUES (200, 300, 'wifi')");
    },
    check: (db) => {
      expect(all(db, 'SELECT start_at, shift_ms FROM sessions')).toEqual([{ start_at: 100, shift_ms: 0 }]);
      expect(all(db, 'SELECT start_at, shift_ms FROM outages')).toEqual([{ start_at: 200, shift_ms: 0 }]);
    },
  },
];
