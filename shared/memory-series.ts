/**
 * The runner's memory over time (issue 77), bounded: one point a minute for the last day, one an
 * hour for the 29 days before, and nothing older. Points fall in their minute or hour by the
 * monotonic clock (a wall step moves no point into another bucket); each keeps the sample of its
 * bucket with the highest RSS, so a peak is never averaged away. At most FINE_MAX + COARSE_MAX
 * points, whatever the sampling period. Pure (no clock of its own: the caller gives both readings).
 */
import type { MemorySample } from './memory-bound';

export const FINE_MS = 60_000;
export const COARSE_MS = 3_600_000;
/** A day of minutes. */
export const FINE_MAX = 1440;
/** 29 days of hours before it: 30 days in all. */
export const COARSE_MAX = 29 * 24;

interface Kept {
  bucket: number;
  sample: MemorySample;
}

const higher = (a: MemorySample, b: MemorySample) => (b.rssBytes > a.rssBytes ? b : a);

/** Puts `sample` into the last point when it falls in the same bucket (the higher RSS stays), else after it. */
function into(list: Kept[], bucket: number, sample: MemorySample): void {
  const last = list.at(-1);
  if (last && last.bucket === bucket) last.sample = higher(last.sample, sample);
  else list.push({ bucket, sample });
}

export class MemorySeries {
  private readonly fine: Kept[] = [];
  private readonly coarse: Kept[] = [];
  private count = 0;

  /** Adds a sample read at `mono` (the monotonic clock, ms). */
  add(sample: MemorySample, mono: number): void {
    this.count += 1;
    const minute = Math.floor(mono / FINE_MS);
    into(this.fine, minute, sample);
    // By age, not by count: a slow sampling period must not stretch the day of minutes.
    while (this.fine[0]!.bucket <= minute - FINE_MAX) {
      const old = this.fine.shift()!;
      into(this.coarse, Math.floor((old.bucket * FINE_MS) / COARSE_MS), old.sample);
    }
    const hour = Math.floor(mono / COARSE_MS);
    while (this.coarse.length && this.coarse[0]!.bucket <= hour - FINE_MAX / 60 - COARSE_MAX) this.coarse.shift();
  }

  /** The points, oldest first: the hours, then the minutes. */
  points(): MemorySample[] {
    return [...this.coarse, ...this.fine].map((k) => k.sample);
  }

  /** Samples taken since the series began (each is compared with the bound, kept or not). */
  taken(): number {
    return this.count;
  }
}
