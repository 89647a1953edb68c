/**
 * Per-source counters: ok/fail and latency (sum and max of successful answers), kept per
 * month and day forever and per hour for the retention window. All are written together, so
 * the daily and monthly tables always hold every day (five years are 60 months to add) and
 * the "rollup" is just dropping hours past the window. Sum plus max instead of a median
 * because they add up exactly across hours and days.
 *
 * Attempts accumulate in memory per (source, hour) and reach the table in batches,
 * so a check costs no SQL at all. Each table row holds one hour or day of every source,
 * packed (source-counts.ts).
 */
import { DAY_MS, HOUR_MS, type StoreContext } from './context';
import { addCounts, type CountsBySource, decodeCounts, encodeCounts, monthOfDay } from './source-counts';
import { all, num, one, str } from './sqlite';
import type { SourceAttemptRecord } from './types';

interface Bucket {
  source: string;
  hour: number;
  ok: number;
  fail: number;
  latencySum: number;
  latencyMax: number;
}

/** Buckets kept in memory before an early write: a few hours of a dozen sources, a few tens of KB. */
export const MAX_BUCKETS = 256;

export class SourceStats {
  private readonly buckets = new Map<string, Bucket>();
  private readonly ids = new Map<string, number>();
  private lastRollupDay = -1;

  constructor(
    private readonly ctx: StoreContext,
    private readonly retentionDays: number,
  ) {}

  /** Hour buckets held in memory, not yet in the tables (at most MAX_BUCKETS). */
  get pending(): number {
    return this.buckets.size;
  }

  /** Forgets cached ids (after a restore replaced the database). */
  reset(): void {
    this.ids.clear();
    this.lastRollupDay = -1;
  }

  record(a: SourceAttemptRecord): void {
    const hour = Math.floor(a.at / HOUR_MS);
    const k = `${hour}|${a.sourceId}`;
    let b = this.buckets.get(k);
    if (!b) {
      if (this.buckets.size >= MAX_BUCKETS) this.materialize();
      b = { source: a.sourceId, hour, ok: 0, fail: 0, latencySum: 0, latencyMax: 0 };
      this.buckets.set(k, b);
    }
    if (a.ok) {
      const ms = Math.max(0, Math.round(a.latencyMs));
      b.ok += 1;
      b.latencySum += ms;
      b.latencyMax = Math.max(b.latencyMax, ms);
    } else {
      b.fail += 1;
    }
    this.ctx.dirty('counter');
  }

  /** Adds the in-memory buckets to the tables; drops old hours once per day. */
  materialize(): void {
    if (this.buckets.size) {
      const hours = new Map<number, CountsBySource>();
      const days = new Map<number, CountsBySource>();
      const months = new Map<number, CountsBySource>();
      for (const b of this.buckets.values()) {
        const id = this.sourceId(b.source);
        const day = Math.floor(b.hour / 24);
        for (const [units, unit] of [
          [hours, b.hour],
          [days, day],
          [months, monthOfDay(day)],
        ] as const) {
          let counts = units.get(unit);
          if (!counts) units.set(unit, (counts = new Map()));
          addCounts(counts, id, b);
        }
      }
      this.merge('source_hours', 'hour', hours);
      this.merge('source_days', 'day', days);
      this.merge('source_months', 'month', months);
      this.buckets.clear();
    }
    const today = Math.floor(this.ctx.clock.now() / DAY_MS);
    if (today !== this.lastRollupDay) {
      this.lastRollupDay = today;
      this.rollup(today);
    }
  }

  /** Adds `units` to the packed rows of `table` (read, add, write back). */
  private merge(table: string, unit: string, units: Map<number, CountsBySource>): void {
    const { stmts } = this.ctx;
    for (const [u, add] of units) {
      const existing = stmts.first(`SELECT counts FROM ${table} WHERE ${unit} = ?`, [u])?.[0];
      const merged: CountsBySource = existing instanceof Uint8Array ? decodeCounts(existing) : new Map();
      for (const [id, c] of add) addCounts(merged, id, c);
      stmts.run(`INSERT OR REPLACE INTO ${table} (${unit}, counts) VALUES (?, ?)`, [u, encodeCounts(merged)]);
    }
  }

  /** Drops hourly rows of whole days older than the retention window; their days stay. */
  private rollup(today: number): void {
    const { db } = this.ctx;
    db.run('DELETE FROM source_hours WHERE hour < ?', [(today - this.retentionDays) * 24]);
    const dropped = db.getRowsModified();
    if (!dropped) return;
    // Hand the freed pages back so the file shrinks instead of carrying them forever.
    db.run('PRAGMA incremental_vacuum');
    this.ctx.logger.debug('hourly source stats past retention dropped', { rows: dropped });
  }

  private sourceId(name: string): number {
    const cached = this.ids.get(name);
    if (cached !== undefined) return cached;
    const { db } = this.ctx;
    db.run('INSERT OR IGNORE INTO sources (name) VALUES (?)', [name]);
    const id = num(one(db, 'SELECT id FROM sources WHERE name = ?', [name])?.id);
    this.ids.set(name, id);
    return id;
  }
}

export function sourceNames(ctx: StoreContext): Map<number, string> {
  return new Map(all(ctx.db, 'SELECT id, name FROM sources').map((r) => [num(r.id), str(r.name)]));
}
