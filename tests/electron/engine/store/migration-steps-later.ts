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
];
