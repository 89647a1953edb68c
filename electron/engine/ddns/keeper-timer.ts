/**
 * A record keeper's one timer and its pending job's due time (record-keeper.ts), both on the
 * monotonic clock: a wall clock set back a day leaves a retry due in 33 s due in 33 s, and one set
 * forward a year makes nothing due that was not. The wall clock only says when, for status.
 */
import type { Clock, Timer } from '../clock';

export class KeeperTimer {
  private timer: Timer | null = null;
  /** When the pending job is due, monotonic ms. */
  private dueAt: number;
  private closed = false;

  constructor(
    private readonly clock: Clock,
    private readonly failed: (err: unknown) => void,
  ) {
    this.dueAt = clock.monotonic();
  }

  /** Monotonic ms now. */
  mono(): number {
    return this.clock.monotonic();
  }

  /** The pending job is due `ms` from now. */
  dueIn(ms: number): void {
    this.dueAt = this.mono() + Math.max(0, ms);
  }

  /** What is left of the pending job's wait (0: due), and the wall time shown for it. */
  left(): { ms: number; at: number } {
    const ms = Math.max(0, this.dueAt - this.mono());
    return { ms, at: this.clock.now() + ms };
  }

  /** Runs `run` after `ms` (a wait, never a wall time), in place of whatever was set before. */
  schedule(ms: number, run: () => Promise<void>): void {
    if (this.closed) return;
    this.cancel();
    this.timer = this.clock.setTimeout(
      () => {
        this.timer = null;
        run().catch(this.failed);
      },
      Math.max(0, ms),
    );
  }

  cancel(): void {
    if (this.timer) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  close(): void {
    this.closed = true;
    this.cancel();
  }
}
