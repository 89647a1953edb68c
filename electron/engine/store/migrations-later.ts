/**
 * The history schema's later steps (migrations.ts runs them after its own, in one list): a file of
 * its own as the list grows a step at a time. Never edit a shipped step: add the next one.
 */
import { auditKind } from './audit-kinds';
import { all, type Database } from './sqlite';

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
  {
    version: 23,
    description:
      'runs.seq, changes.seq, outages.seq and end_seq: one sequence orders the events, not the wall clock (store/sequence.ts, issue 74)',
    up(db) {
      for (const column of ['runs.seq', 'changes.seq', 'outages.seq', 'outages.end_seq']) {
        const [table, name] = column.split('.');
        db.run(`ALTER TABLE ${table!} ADD COLUMN ${name!} INTEGER`);
      }
      // The rows kept so far, numbered in the order they were read in: by time, then id; a change
      // before the run it opened, an outage's start before its end.
      const events = all(
        db,
        `SELECT 'changes' AS tbl, 'id' AS keycol, id, 'seq' AS col, at AS t, 0 AS kind FROM changes
         UNION ALL SELECT 'runs', 'id', id, 'seq', first_seen, 1 FROM runs
         UNION ALL SELECT 'outages', 'start_at', start_at, 'seq', start_at, 2 FROM outages
         UNION ALL SELECT 'outages', 'start_at', start_at, 'end_seq', end_at, 3 FROM outages WHERE end_at IS NOT NULL
         ORDER BY t, kind, id`,
      );
      events.forEach((e, i) =>
        db.run(`UPDATE ${String(e.tbl)} SET ${String(e.col)} = ? WHERE ${String(e.keycol)} = ?`, [i + 1, e.id!]),
      );
      // Newest first by number: the history's pages, the open run of each family, Activity's changes and outages.
      db.run('CREATE INDEX runs_seq ON runs (seq)');
      db.run('CREATE INDEX changes_seq ON changes (seq)');
      db.run('CREATE INDEX outages_seq ON outages (seq)');
      db.run('CREATE INDEX outages_end_seq ON outages (end_seq)');
    },
  },
  {
    version: 24,
    description:
      'clock_steps, sessions.shift_ms, outages.shift_ms, split_end and offline_before_ms: a step of the wall clock, in the sequence, and the time each span moves by to sit on the present clock (store/clock-steps.ts, issue 74)',
    up(db) {
      db.run(`CREATE TABLE clock_steps (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        step_ms INTEGER NOT NULL,
        seq INTEGER
      )`);
      db.run('CREATE INDEX clock_steps_seq ON clock_steps (seq)');
      // 0 for the spans kept so far: no step was seen while they ran.
      db.run('ALTER TABLE sessions ADD COLUMN shift_ms INTEGER NOT NULL DEFAULT 0');
      db.run('ALTER TABLE outages ADD COLUMN shift_ms INTEGER NOT NULL DEFAULT 0');
      // An outage a step cut in two: its first part ended by the step (not back online), and the
      // part after, which carries how long the outage had lasted before the step.
      db.run('ALTER TABLE outages ADD COLUMN split_end INTEGER NOT NULL DEFAULT 0');
      db.run('ALTER TABLE outages ADD COLUMN offline_before_ms INTEGER');
    },
  },
  {
    version: 25,
    description:
      "runs.block: the announced prefix holding the run's address, from the offline AS table (store/identities.ts, issue 77)",
    up(db) {
      // Empty for the runs kept so far: filled in when the store opens (fillBlocks).
      db.run('ALTER TABLE runs ADD COLUMN block TEXT');
    },
  },
  {
    version: 26,
    description:
      'paths: the route to the path target as tracepath or traceroute saw it, its hops as JSON, the newest kept (store/paths.ts, issue 77)',
    up(db) {
      db.run(`CREATE TABLE paths (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        trigger TEXT NOT NULL,
        tool TEXT NOT NULL,
        target TEXT NOT NULL,
        reached INTEGER NOT NULL,
        hops TEXT NOT NULL
      )`);
      db.run('CREATE INDEX paths_at ON paths (at)');
    },
  },
  {
    version: 27,
    description:
      "memory_watch: whether the runner's crossing of its memory bound was told, kept across a restart (store/memory-watch.ts, issue 77)",
    up(db) {
      db.run('CREATE TABLE memory_watch (id INTEGER PRIMARY KEY CHECK (id = 1), body TEXT NOT NULL)');
    },
  },
];
