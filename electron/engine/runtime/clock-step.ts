/**
 * A step of the wall clock: NTP moving a Raspberry Pi's stale boot time months forward, an admin
 * setting the date, a laptop waking (on Linux and macOS the monotonic clock stands still while the
 * machine sleeps, so a sleep reads as a step forward by its length). Every CLOCK_STEP_WATCH_MS
 * (Tailscale's netmon looks at the wall clock as often), at each check's start and when the system
 * says it woke, the wall clock's progress is compared with the monotonic clock's; a difference of
 * more than STEP_MIN_MS either way is a step. The history records it, ends monitored time and any
 * outage at the wall time the clock would have read without it, and opens them again at the new
 * one (store/clock-steps.ts), so neither monitored time nor an outage spans it.
 */
import type { Clock, Timer } from '../clock';
import type { Logger } from '../logger';

/** How often the clocks are compared while nothing else asks. */
export const CLOCK_STEP_WATCH_MS = 15_000;
/**
 * A difference larger than this is a step. NTP slews at most 500 ppm (7.5 ms in 15 s), and a busy
 * event loop delays the look, not the readings; a few seconds is no drift.
 */
export const STEP_MIN_MS = 5_000;

/** Both clocks read at one moment. */
export interface ClockReading {
  wall: number;
  mono: number;
}

export interface ClockStep {
  /** The wall time after the step (epoch ms). */
  at: number;
  /** The wall time the clock would read without the step: the last reading plus the monotonic time since. */
  before: number;
  /** at - before: positive forward, negative back. */
  stepMs: number;
}

/** The step between two readings, or null within STEP_MIN_MS. Pure. */
export function clockStepBetween(last: ClockReading, now: ClockReading, minMs = STEP_MIN_MS): ClockStep | null {
  // Whole ms: the history keeps integers, and performance.now() has fractions.
  const before = Math.round(last.wall + (now.mono - last.mono));
  const stepMs = now.wall - before;
  return Math.abs(stepMs) > minMs ? { at: now.wall, before, stepMs } : null;
}

export interface ClockWatchOptions {
  clock: Clock;
  logger: Logger;
  /** Told of each step once, synchronously, before anything later is stamped. */
  onStep(step: ClockStep): void;
}

export class ClockWatch {
  private last: ClockReading | null = null;
  private timer: Timer | null = null;

  constructor(private readonly opts: ClockWatchOptions) {}

  start(): void {
    this.stop();
    this.last = this.read();
    this.schedule();
  }

  stop(): void {
    if (this.timer) this.opts.clock.clearTimeout(this.timer);
    this.timer = null;
    this.last = null;
  }

  /** Compares the clocks now; the step, if any, is told to onStep and returned. Nothing while stopped. */
  check(): ClockStep | null {
    if (!this.last) return null;
    const now = this.read();
    const step = clockStepBetween(this.last, now);
    this.last = now;
    if (!step) return null;
    this.opts.logger.warn('the wall clock stepped', { stepMs: step.stepMs, before: step.before, at: step.at });
    try {
      this.opts.onStep(step);
    } catch (err) {
      this.opts.logger.error('the clock step could not be recorded', { error: String(err) });
    }
    return step;
  }

  private read(): ClockReading {
    return { wall: this.opts.clock.now(), mono: this.opts.clock.monotonic() };
  }

  private schedule(): void {
    this.timer = this.opts.clock.setTimeout(() => {
      this.schedule();
      this.check();
    }, CLOCK_STEP_WATCH_MS);
  }
}

/** What a step is told to: the history (which cuts its spans) and the monitor (which moves an outage under way). */
export interface ClockStepParts {
  clock: Clock;
  logger: Logger;
  store: { recordClockStep(step: ClockStep): void };
  engine: {
    clockStepped(before: number, at: number): void;
    onCheckRun(listener: (run: { phase: 'start' | 'end' }) => void): () => void;
  };
}

/**
 * The runtime's watch: the monitor first (in memory, it cannot fail), then the history. Each check
 * looks at the clocks as it starts, so nothing it stamps falls on the wrong side of a step.
 */
export function watchClockSteps({ clock, logger, store, engine }: ClockStepParts): ClockWatch {
  const watch = new ClockWatch({
    clock,
    logger,
    onStep: (step) => {
      engine.clockStepped(step.before, step.at);
      store.recordClockStep(step);
    },
  });
  engine.onCheckRun((run) => {
    if (run.phase === 'start') watch.check();
  });
  return watch;
}
