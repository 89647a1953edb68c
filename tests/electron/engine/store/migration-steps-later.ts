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
];
