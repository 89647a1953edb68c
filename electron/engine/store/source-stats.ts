/**
 * Per-source counters: ok/fail and latency (sum and max of successful answers), kept per
 * day forever and per hour for the retention window. Both are written together, so the
 * daily table always holds every day (a year of totals is a few hundred rows to sum) and
 * the "rollup" is just dropping hours past the window. Sum plus max instead of a median
 * because they add up exactly across hours and days.
 *
 * Attempts accumulate in memory per (source, hour) and reach the table in batches,
 * so a check costs no SQL at all.
 */
import { DAY_MS, HOUR_MS, type StoreContext } from './context';
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

/** Buckets kept in memory before an early write: a few hours of a dozen sources. */
const MAX_BUCKETS = 256;

export class SourceStats {
  private readonly buckets = new Map<string, Bucket>();
  private readonly ids = new Map<string, number>();
  private lastRollupDay = -1;

  constructor(
    private readonly ctx: StoreContext,
    private readonly retentionDays: number,
  ) {}

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

  /** Adds the in-memory buckets to both tables; drops old hours once per day. */
  materialize(): void {
    const { db } = this.ctx;
    if (this.buckets.size) {
      const upsert = (table: string, unit: string) =>
        db.prepare(
          `INSERT INTO ${table} (${unit}, source, ok, fail, latency_sum, latency_max) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (${unit}, source) DO UPDATE SET ok = ok + excluded.ok, fail = fail + excluded.fail,
             latency_sum = latency_sum + excluded.latency_sum, latency_max = max(latency_max, excluded.latency_max)`,
        );
      const hours = upsert('source_hours', 'hour');
      const days = upsert('source_days', 'day');
      try {
        for (const b of this.buckets.values()) {
          const id = this.sourceId(b.source);
          hours.run([b.hour, id, b.ok, b.fail, b.latencySum, b.latencyMax]);
          days.run([Math.floor(b.hour / 24), id, b.ok, b.fail, b.latencySum, b.latencyMax]);
        }
      } finally {
        hours.free();
        days.free();
      }
      this.buckets.clear();
    }
    const today = Math.floor(this.ctx.clock.now() / DAY_MS);
    if (today !== this.lastRollupDay) {
      this.lastRollupDay = today;
      this.rollup(today);
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
