/** The later history migrations' steps (migrations-later.ts), for migration-steps.ts's list: as that list grows. */
import { expect } from 'vitest';

import { all, type Database } from '../../../../electron/engine/store/sqlite';

export const LATER_STEPS: {
  version: number;
  adds: Record<string, string[]>;
  seed?: (db: Database) => void;
  check?: (db: Database) => void;
}[] = [
  {
    version: 21,
    // Columns, no table: a notice kept before is stamped when queued, its planned retry a wait from then.
    adds: {},
    seed: (db) =>
      db.exec(
        "INSERT INTO outbox (channel, key, payload, created_at, next_at, status, attempts) VALUES ('c', 'k', '{}', 1000, 31000, 'pending', 2), ('c', 'k2', '{}', 5000, 4000, 'sent', 1)",
      ),
    check: (db) => {
      expect(
        all(db, 'SELECT key, attempts, waited_ms, due_ms, stamped_at, stamp_mono, stamp_run FROM outbox ORDER BY id'),
      ).toEqual([
        { key: 'k', attempts: 2, waited_ms: 0, due_ms: 30_000, stamped_at: 1000, stamp_mono: 0, stamp_run: '' },
        { key: 'k2', attempts: 1, waited_ms: 0, due_ms: 0, stamped_at: 5000, stamp_mono: 0, stamp_run: '' },
      ]);
    },
  },
  {
    version: 22,
    // A column, no table: a job saved before keeps its wait unknown (plan.ts resumedWait bounds it by its attempts).
    adds: {},
    seed: (db) =>
      db.run(
        "INSERT INTO ddns_jobs (record_id, fingerprint, want, change_at, attempts, next_at, status, reason, done_at) VALUES ('r', 'f', '192.0.2.1', 1, 2, 5, 'pending', 'busy', NULL)",
      ),
    check: (db) => {
      expect(all(db, 'PRAGMA table_info(ddns_jobs)').map((c) => c.name)).toContain('wait_ms');
      expect(all(db, 'SELECT record_id, attempts, next_at, wait_ms FROM ddns_jobs')).toEqual([
        { record_id: 'r', attempts: 2, next_at: 5, wait_ms: null },
      ]);
    },
  },
  {
    version: 23,
    // Columns and indexes, no table: the rows kept before are numbered in the order they were read in
    // (by time, then id; a change before the run it opened, an outage's start before its end).
    adds: {},
    seed: (db) =>
      db.exec(`INSERT INTO runs (id, family, ip, first_seen, last_seen, checks) VALUES
          (1, 4, '203.0.113.2', 300, 400, 2), (2, 4, '203.0.113.1', 100, 250, 3), (3, 6, '2001:db8::1', 300, 350, 1);
        INSERT INTO changes (id, family, old, new, at, trigger) VALUES
          (1, 4, '203.0.113.1', '203.0.113.2', 300, 'interval'), (2, 4, NULL, '203.0.113.1', 100, 'startup');
        INSERT INTO outages (start_at, end_at, cause) VALUES (200, 260, 'wifi'), (500, NULL, 'cable');`),
    check: (db) => {
      const seq = (sql: string) => all(db, sql).map((r) => Object.values(r).join(' '));
      expect(
        seq(`SELECT 'change' AS k, id, seq FROM changes UNION ALL SELECT 'run', id, seq FROM runs
             UNION ALL SELECT 'offline', start_at, seq FROM outages
             UNION ALL SELECT 'online', start_at, end_seq FROM outages WHERE end_seq IS NOT NULL ORDER BY seq`),
      ).toEqual([
        'change 2 1', // 100
        'run 2 2', // 100, after the change that opened it
        'offline 200 3',
        'online 200 4', // 260
        'change 1 5', // 300
        'run 1 6', // 300, the lower id first
        'run 3 7',
        'offline 500 8', // still open: no end number
      ]);
      expect(
        all(
          db,
          "SELECT name FROM sqlite_master WHERE type = 'index' AND name IN ('runs_seq', 'changes_seq', 'outages_seq', 'outages_end_seq') ORDER BY name",
        ),
      ).toEqual([{ name: 'changes_seq' }, { name: 'outages_end_seq' }, { name: 'outages_seq' }, { name: 'runs_seq' }]);
    },
  },
  {
    version: 24,
    // The steps of the wall clock; the spans kept before move by none of them.
    adds: { clock_steps: ['id', 'at', 'step_ms', 'seq'] },
    seed: (db) => {
      db.run('INSERT INTO sessions (start_at, end_at, last_alive, clean) VALUES (100, 900, 900, 1)');
      db.run("INSERT INTO outages (start_at, end_at, cause) VALUES (200, 300, 'wifi')");
    },
    check: (db) => {
      expect(all(db, 'SELECT start_at, shift_ms FROM sessions')).toEqual([{ start_at: 100, shift_ms: 0 }]);
      expect(all(db, 'SELECT start_at, shift_ms, split_end, offline_before_ms FROM outages')).toEqual([
        { start_at: 200, shift_ms: 0, split_end: 0, offline_before_ms: null },
      ]);
    },
  },
  {
    version: 25,
    // A column, no table: the runs kept before have no block until the store opens with the table.
    adds: {},
    seed: (db) =>
      db.run("INSERT INTO runs (family, ip, first_seen, last_seen, checks, asn) VALUES (4, '8.8.8.8', 1, 2, 1, 15169)"),
    check: (db) => {
      expect(all(db, 'SELECT ip, asn, block FROM runs')).toEqual([{ ip: '8.8.8.8', asn: 15169, block: null }]);
    },
  },
  {
    version: 26,
    // The paths traced, none before.
    adds: { paths: ['id', 'at', 'trigger', 'tool', 'target', 'reached', 'hops'] },
  },
  {
    version: 27,
    // One row of the memory watch's state; nothing kept before changes.
    adds: { memory_watch: ['id', 'body'] },
  },
];
