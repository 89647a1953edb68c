/**
 * Steps of the wall clock (runtime/clock-step.ts finds them): each is an event of the history
 * (`clock_steps`: when, after the step, and by how much), and a cut in the spans that measure time.
 * The running session and an open outage end at `before`, the wall time the clock would read
 * without the step, and go on from `at`; every span kept until then moves by the step
 * (`shift_ms`), so monitored and offline time read as the sums of what really ran, on the
 * present clock: forward a year reads as the minutes watched, not a year; back a day loses none.
 * The stamps themselves stay as they were written: they say what the clock read then.
 */
import type { RecentEvent } from '../../../shared/contract/events';
import type { StoreContext } from './context';
import type { SessionRecorder } from './sessions';
import { all, type Database, num, one, str } from './sqlite';

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
  db.run('INSERT INTO clock_steps (at, step_ms) VALUES (?, ?)', [at, stepMs]);
  // An outage is open only while a session runs; one a crash left open is closed by the next start.
  const open = sessions.liveStart === null ? undefined : openOutage(db);
  if (open) db.run('UPDATE outages SET end_at = max(start_at, ?) WHERE start_at = ?', [before, open.start]);
  // Everything kept so far ran before the step, the running session too (it ends at `before` below).
  db.run('UPDATE sessions SET shift_ms = shift_ms + ?', [stepMs]);
  db.run('UPDATE outages SET shift_ms = shift_ms + ?', [stepMs]);
  sessions.split(before, at);
  if (open) {
    db.run(
      `INSERT INTO outages (start_at, end_at, cause) VALUES (?, NULL, ?)
       ON CONFLICT (start_at) DO UPDATE SET end_at = NULL, cause = excluded.cause, shift_ms = 0`,
      [at, open.cause],
    );
  }
  ctx.dirty('event');
}

function openOutage(db: Database): { start: number; cause: string } | undefined {
  const r = one(db, 'SELECT start_at, cause FROM outages WHERE end_at IS NULL ORDER BY start_at DESC LIMIT 1');
  return r ? { start: num(r.start_at), cause: str(r.cause) } : undefined;
}

/** The newest `limit` steps as Activity's events. */
export function recentClockSteps(db: Database, limit: number): RecentEvent[] {
  return all(db, 'SELECT at, step_ms FROM clock_steps ORDER BY at DESC, id DESC LIMIT ?', [limit]).map(
    (r): RecentEvent => ({ type: 'clockStep', at: num(r.at), stepMs: num(r.step_ms) }),
  );
}
