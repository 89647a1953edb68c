/**
 * Steps of the wall clock (runtime/clock-step.ts finds them): each is an event of the history
 * (`clock_steps`: when, after the step, and by how much), and a cut in the spans that measure time.
 * The running session and an open outage end at `before`, the wall time the clock would read
 * without the step, and go on from `at`; every span kept until then moves by the step
 * (`shift_ms`), so monitored and offline time read as the sums of what really ran, on the
 * present clock: forward a year reads as the minutes watched, not a year; back a day loses none.
 * The stamps themselves stay as they were written: they say what the clock read then.
 */
import type { StoreContext } from './context';
import { nextSeq } from './sequence';
import type { SessionRecorder } from './sessions';
import { type Database, num, numOrNull, one, str } from './sqlite';

export interface ClockStepRecord {
  /** The wall time after the step (epoch ms). */
  at: number;
  /** The wall time the clock would read without the step. */
  before: number;
  /** at - before: positive forward, negative back. */
  stepMs: number;
}

export function recordClockStep(ctx: StoreContext, sessions: SessionRecorder, step: ClockStepRecord): void {
  const { db } = ctx;
  const at = Math.round(step.at);
  const before = Math.round(step.before);
  const stepMs = at - before;
  // An outage is open only while a session runs; one a crash left open is closed by the next start.
  // Its first part ends at `before` marked as ended by the step (Activity says no "back online"),
  // and the step's event comes between its two parts in the sequence.
  const open = sessions.liveStart === null ? undefined : openOutage(db);
  if (open) {
    db.run('UPDATE outages SET end_at = max(start_at, ?), end_seq = ?, split_end = 1 WHERE start_at = ?', [
      before,
      nextSeq(db),
      open.start,
    ]);
  }
  db.run('INSERT INTO clock_steps (at, step_ms, seq) VALUES (?, ?, ?)', [at, stepMs, nextSeq(db)]);
  // Everything kept so far ran before the step, the running session too (it ends at `before` below).
  db.run('UPDATE sessions SET shift_ms = shift_ms + ?', [stepMs]);
  db.run('UPDATE outages SET shift_ms = shift_ms + ?', [stepMs]);
  sessions.split(before, at);
  if (open) {
    // The part after the step carries how long the outage had lasted, so its end says the whole.
    const lasted = (open.before ?? 0) + Math.max(0, before - open.start);
    db.run(
      `INSERT INTO outages (start_at, end_at, cause, seq, offline_before_ms) VALUES (?, NULL, ?, ?, ?)
       ON CONFLICT (start_at) DO UPDATE SET end_at = NULL, end_seq = NULL, cause = excluded.cause, shift_ms = 0,
         split_end = 0, offline_before_ms = excluded.offline_before_ms`,
      [at, open.cause, nextSeq(db), lasted],
    );
  }
  ctx.dirty('event');
}

function openOutage(db: Database): { start: number; cause: string; before: number | null } | undefined {
  const r = one(
    db,
    'SELECT start_at, cause, offline_before_ms FROM outages WHERE end_at IS NULL ORDER BY seq DESC LIMIT 1',
  );
  return r ? { start: num(r.start_at), cause: str(r.cause), before: numOrNull(r.offline_before_ms) } : undefined;
}
