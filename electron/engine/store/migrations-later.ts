/**
 * The history schema's later steps (migrations.ts runs them after its own, in one list): a file of
 * its own as the list grows a step at a time. Never edit a shipped step: add the next one.
 */
import { auditKind } from './audit-kinds';
import type { Database } from './sqlite';

export const LATER_MIGRATIONS: readonly { version: number; description: string; up(db: Database): void }[] = [
  {
    version: 20,
    description:
      "audit: sign out everywhere and a session's new role are access rows; each principal's rows of a kind bounded (store/audit.ts, issue 73)",
    up(db) {
      // The rows kept so far, by the one list of kinds as it stands: a few distinct action and result pairs.
      const pairs = db.exec('SELECT DISTINCT action, result, kind FROM audit')[0]?.values ?? [];
      for (const [action, result, kind] of pairs.map((p) => p.map(String))) {
        const now = auditKind(action!, result!);
        if (now !== kind)
          db.run('UPDATE audit SET kind = ? WHERE action = ? AND result = ? AND kind = ?', [
            now,
            action!,
            result!,
            kind!,
          ]);
      }
      // A principal's rows of a kind, oldest first: its share is kept at each write without a scan.
      db.run('CREATE INDEX audit_by_actor ON audit (kind, actor, id)');
    },
  },
  {
    version: 21,
    description:
      'clock_steps, sessions.shift_ms, outages.shift_ms: a step of the wall clock, and the time each span moves by to sit on the present clock (store/clock-steps.ts, issue 74)',
    up(db) {
      db.run(`CREATE TABLE clock_steps (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        step_ms INTEGER NOT NULL
      )`);
      db.run('CREATE INDEX clock_steps_at ON clock_steps (at)');
      // 0 for the spans kept so far: no step was seen while they ran.
      db.run('ALTER TABLE sessions ADD COLUMN shift_ms INTEGER NOT NULL DEFAULT 0');
      db.run('ALTER TABLE outages ADD COLUMN shift_ms INTEGER NOT NULL DEFAULT 0');
    },
  },
];
