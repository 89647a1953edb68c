/**
 * Monitor sessions: when the monitor ran. Time outside every session was not watched, so it
 * is neither online nor offline. A session ends cleanly at stop; after a crash it ends at
 * the last time the monitor was known alive, which each check moves forward in memory and
 * every save writes (like a run's counters). An outage can only be open while a session is:
 * ending one closes it, so an outage never stretches across the monitor's own downtime.
 */
import type { Span } from '../../../shared/spans';
import type { StoreContext } from './context';
import { all, num, numOrNull, one, type Row } from './sqlite';

export interface SessionRecord {
  start: number;
  /** null while the session runs (or after a crash, until the next start closes it). */
  end: number | null;
  /** The last time the monitor was known alive in this session. */
  lastAlive: number;
  /** True when the monitor stopped itself; false for a session closed after a crash. */
  clean: boolean;
}

interface Live {
  start: number;
  lastAlive: number;
  dirty: boolean;
}

export class SessionRecorder {
  private live: Live | null = null;

  constructor(private readonly ctx: StoreContext) {}

  /** Start of this process's running session, or null. */
  get liveStart(): number | null {
    return this.live?.start ?? null;
  }

  /**
   * Opens a session at `at`. Sessions a crash left open end at their last-alive time, and
   * the outages still open end at the last moment anything was known alive. Returns the
   * sessions closed that way.
   */
  start(at: number): SessionRecord[] {
    if (this.live) this.end(at);
    const { db } = this.ctx;
    const orphans = all(db, 'SELECT * FROM sessions WHERE end_at IS NULL ORDER BY start_at').map(toRecord);
    db.run('UPDATE sessions SET end_at = last_alive, clean = 0 WHERE end_at IS NULL');
    const known = numOrNull(one(db, 'SELECT max(end_at) AS t FROM sessions')?.t);
    if (known !== null) this.closeOutages(Math.min(known, at));
    else this.closeOutages(at);
    // A session that ended this very millisecond simply goes on.
    db.run(
      `INSERT INTO sessions (start_at, end_at, last_alive, clean) VALUES (?, NULL, ?, 0)
       ON CONFLICT (start_at) DO UPDATE SET end_at = NULL, clean = 0`,
      [at, at],
    );
    this.live = { start: at, lastAlive: at, dirty: false };
    this.ctx.dirty('event');
    if (orphans.length) {
      this.ctx.logger.warn('the monitor did not stop cleanly last time; its session ends at the last sign of life', {
        sessions: orphans.map((s) => ({ start: s.start, lastAlive: s.lastAlive })),
      });
    }
    return orphans.map((s) => ({ ...s, end: s.lastAlive }));
  }

  /** The monitor is alive at `at` (a check ran); reaches the file with the next save. */
  alive(at: number): void {
    if (!this.live || at <= this.live.lastAlive) return;
    this.live.lastAlive = at;
    this.live.dirty = true;
    this.ctx.dirty('counter');
  }

  /** A clean stop at `at`: the session ends, and so does an outage still open. */
  end(at: number): void {
    if (!this.live) return;
    const end = Math.max(at, this.live.start);
    this.ctx.db.run('UPDATE sessions SET end_at = ?, last_alive = ?, clean = 1 WHERE start_at = ?', [
      end,
      end,
      this.live.start,
    ]);
    this.closeOutages(end);
    this.live = null;
    this.ctx.dirty('event');
  }

  /**
   * The wall clock stepped (store/clock-steps.ts): the running session ends at `before`, the wall
   * time the clock would read without the step, and a new one starts at `at`. False when none runs.
   */
  split(before: number, at: number): boolean {
    if (!this.live) return false;
    const end = Math.max(before, this.live.start);
    this.ctx.db.run('UPDATE sessions SET end_at = ?, last_alive = ?, clean = 1 WHERE start_at = ?', [
      end,
      end,
      this.live.start,
    ]);
    this.live = null;
    this.start(at);
    return true;
  }

  materialize(): void {
    if (!this.live?.dirty) return;
    this.ctx.stmts.run('UPDATE sessions SET last_alive = ? WHERE start_at = ?', [this.live.lastAlive, this.live.start]);
    this.live.dirty = false;
  }

  /** After the database was replaced (restore): the running session goes on in the new one. */
  reload(): void {
    if (!this.live) return;
    this.ctx.db.run(
      `INSERT INTO sessions (start_at, end_at, last_alive, clean) VALUES (?, NULL, ?, 0)
       ON CONFLICT (start_at) DO UPDATE SET end_at = NULL, last_alive = excluded.last_alive`,
      [this.live.start, this.live.lastAlive],
    );
  }

  private closeOutages(at: number): void {
    this.ctx.db.run('UPDATE outages SET end_at = max(start_at, ?) WHERE end_at IS NULL', [at]);
  }
}

const toRecord = (r: Row): SessionRecord => ({
  start: num(r.start_at),
  end: numOrNull(r.end_at),
  lastAlive: num(r.last_alive),
  clean: num(r.clean) === 1,
});

/** The start of the newest session without an end (a runner's, or one a crash left), or null. */
export function openSessionStart(db: StoreContext['db']): number | null {
  return numOrNull(one(db, 'SELECT max(start_at) AS t FROM sessions WHERE end_at IS NULL')?.t);
}

/**
 * The monitored time overlapping [from, to] as spans: the running session (started at
 * `liveStart`) lasts until `now`; any other session without an end lasts until its last
 * sign of life. Each span is moved by its shift (the wall-clock steps since it, clock-steps.ts),
 * so spans on either side of a step sit on the present clock, end to end, as they ran.
 */
export function monitoredSpans(
  db: StoreContext['db'],
  from: number,
  to: number,
  now: number,
  liveStart: number | null,
): Span[] {
  return all(
    db,
    `SELECT start_at, end_at, last_alive, shift_ms FROM sessions
     WHERE start_at + shift_ms <= ? AND coalesce(end_at + shift_ms, ?) >= ?`,
    [to, Number.MAX_SAFE_INTEGER, from],
  ).map((r): Span => {
    const start = num(r.start_at);
    const end = r.end_at != null ? num(r.end_at) : start === liveStart ? now : num(r.last_alive);
    const shift = num(r.shift_ms);
    return [start + shift, end + shift];
  });
}
