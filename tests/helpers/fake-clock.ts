/**
 * The one controllable Clock of the test suite (engine, notifier and store tests). Timers
 * fire only when the test advances time; between timers the real event loop runs, so real
 * sockets to local fakes and real file writes keep working.
 */
import type { Clock, Timer } from '../../electron/engine/clock';

interface Pending {
  id: number;
  at: number;
  fn: () => void;
}

export class FakeClock implements Clock {
  private t: number;
  /** The monotonic reading: moved by advance() only, never by jump() or set() (the wall clock's). */
  private elapsed = 0;
  private seq = 0;
  private timers: Pending[] = [];

  constructor(start = Date.UTC(2026, 0, 1)) {
    this.t = start;
  }

  now(): number {
    return this.t;
  }

  monotonic(): number {
    return this.elapsed;
  }

  setTimeout(fn: () => void, ms: number): Timer {
    const id = ++this.seq;
    this.timers.push({ id, at: this.t + Math.max(0, ms), fn });
    return id as unknown as Timer;
  }

  clearTimeout(timer: Timer): void {
    this.timers = this.timers.filter((p) => p.id !== (timer as unknown as number));
  }

  /** Number of timers waiting. */
  get pending(): number {
    return this.timers.length;
  }

  /** When the waiting timers are due, soonest first: a negative check can see what is still ahead. */
  get dueTimes(): number[] {
    return this.timers.map((p) => p.at).sort((a, b) => a - b);
  }

  /** Moves the wall clock without firing timers (a machine waking from sleep). */
  jump(ms: number): void {
    this.t += ms;
  }

  /** Sets the wall clock without firing timers (e.g. to write history at given moments). */
  set(at: number): void {
    this.t = at;
  }

  /**
   * Advances time by `ms`, firing due timers in order and letting real I/O run after each
   * (so a check started by a timer can reach the local fakes before the next timer fires).
   */
  async advance(ms: number): Promise<void> {
    const end = this.t + ms;
    for (;;) {
      const next = this.timers.filter((p) => p.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!next) break;
      this.timers = this.timers.filter((p) => p !== next);
      this.elapsed += Math.max(0, next.at - this.t);
      this.t = Math.max(this.t, next.at);
      next.fn();
      await settle();
    }
    this.elapsed += Math.max(0, end - this.t);
    this.t = end;
  }
}

/** Lets pending promise callbacks and immediate I/O callbacks run. */
export const settle = (): Promise<void> => new Promise((r) => setImmediate(r));
