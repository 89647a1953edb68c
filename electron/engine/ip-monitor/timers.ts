/**
 * The engine's timers: the one scheduled check (replaced whenever the next is planned) and any
 * number of one-off checks later (after a network change, its follow-up, a router re-check).
 * All of them go when monitoring stops.
 */
import type { Clock, Timer } from '../clock';

export class CheckTimers {
  private next: Timer | null = null;
  private extra = new Set<Timer>();
  /** When the scheduled check is due (epoch ms, shown); null while none is scheduled. */
  nextAt: number | null = null;
  /** The same on the monotonic clock, which the time left is measured on. */
  private dueMono: number | null = null;

  constructor(private readonly clock: Clock) {}

  /** Plans the scheduled check `ms` from now, in place of any planned before. */
  schedule(ms: number, fn: () => void): void {
    if (this.next) this.clock.clearTimeout(this.next);
    this.nextAt = this.clock.now() + ms;
    this.dueMono = this.clock.monotonic() + ms;
    this.next = this.clock.setTimeout(() => {
      this.next = null;
      this.nextAt = null;
      this.dueMono = null;
      fn();
    }, ms);
  }

  /** The time to the scheduled check, whatever the wall clock did meanwhile; null while none is scheduled. */
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
    this.nextAt = null;
    this.dueMono = null;
    for (const t of this.extra) this.clock.clearTimeout(t);
    this.extra.clear();
  }
}
