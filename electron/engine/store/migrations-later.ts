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
    description: "outbox: a notice's age and retry plan on the monotonic clock (store/outbox-age.ts, issue 74)",
    up(db) {
      db.run('ALTER TABLE outbox ADD COLUMN waited_ms INTEGER NOT NULL DEFAULT 0');
      db.run('ALTER TABLE outbox ADD COLUMN due_ms INTEGER NOT NULL DEFAULT 0');
      db.run('ALTER TABLE outbox ADD COLUMN stamped_at INTEGER NOT NULL DEFAULT 0');
      db.run('ALTER TABLE outbox ADD COLUMN stamp_mono REAL NOT NULL DEFAULT 0');
      db.run("ALTER TABLE outbox ADD COLUMN stamp_run TEXT NOT NULL DEFAULT ''");
      // The rows kept so far: stamped when queued, their planned retry as a wait from then; the
      // wall time since counts at the next open as a stop would (bounded, outbox-age.ts).
      db.run('UPDATE outbox SET stamped_at = created_at, due_ms = MAX(0, next_at - created_at)');
    },
  },
  {
    version: 22,
    description:
      "ddns_jobs.wait_ms: the wait a pending update was given, so a start waits what is left of it, never a wall clock's step (ddns/plan.ts resumedWait, issue 74)",
    up(db) {
      db.run('ALTER TABLE ddns_jobs ADD COLUMN wait_ms INTEGER');
    },
  },
];
