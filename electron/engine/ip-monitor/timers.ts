/**
 * The engine's timers: the one scheduled check (replaced whenever the next is planned) and any
 * number of one-off checks later (after a network change, its follow-up, a router re-check).
 * All of them go when monitoring stops.
 */
import type { Clock, Timer } from '../clock';

/** How far the wall clock may drift from the monotonic one before the shown due time follows it. */
const SHOWN_DRIFT_MS = 1000;

export class CheckTimers {
  private next: Timer | null = null;
  private extra = new Set<Timer>();
  /** When the scheduled check is due on the monotonic clock, as its timer fires: a step of the wall clock moves neither. */
  private dueMono: number | null = null;
  /** The due time as last shown (epoch ms): kept while the wall clock agrees, so reads stay equal. */
  private shownAt: number | null = null;

  constructor(private readonly clock: Clock) {}

  /**
   * When the scheduled check is due (epoch ms), as the wall clock reads now; null while none is
   * scheduled. The same whole ms at every read, until the wall clock steps away from it.
   */
  get nextAt(): number | null {
    const left = this.msLeft();
    if (left === null) return null;
    const due = Math.round(this.clock.now() + left);
    if (this.shownAt === null || Math.abs(due - this.shownAt) > SHOWN_DRIFT_MS) this.shownAt = due;
    return this.shownAt;
  }

  /** Plans the scheduled check `ms` from now, in place of any planned before. */
  schedule(ms: number, fn: () => void): void {
    if (this.next) this.clock.clearTimeout(this.next);
    this.dueMono = this.clock.monotonic() + ms;
    this.shownAt = null;
    this.next = this.clock.setTimeout(() => {
      this.next = null;
      this.dueMono = null;
      fn();
    }, ms);
  }

  /** The time to the scheduled check; null while none is scheduled. */
  msLeft(): number | null {
    return this.dueMono === null ? null : Math.max(0, this.dueMono - this.clock.monotonic());
  }

  /** Runs `fn` once, `ms` from now, beside the scheduled check. */
  later(ms: number, fn: () => void): void {
    const t = this.clock.setTimeout(() => {
      this.extra.delete(t);
      fn();
    }, ms);
    this.extra.add(t);
  }

  clear(): void {
    if (this.next) this.clock.clearTimeout(this.next);
    this.next = null;
    this.dueMono = null;
    this.shownAt = null;
    for (const t of this.extra) this.clock.clearTimeout(t);
    this.extra.clear();
  }
}
