/**
 * What the process guard (electron/host/process-guard.ts) reports to: errors no part handled,
 * each with the part whose work threw it, logged, counted per part and kept for the status.
 *
 * The part is known from where the work began, not guessed from a stack: the runtime runs each
 * part's construction, start, settings, contract handlers and event listeners through `within`,
 * an AsyncLocalStorage scope, and what that work starts (timers, promises, sockets) carries the
 * scope with it. Node gives a rejection's handler the scope in which the promise was made, and an
 * exception's the scope of the callback that threw; work begun outside every scope is `unknown`.
 *
 * The log is bounded: one part repeating the same message is logged once a minute, counted always.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

import {
  type InternalError,
  type InternalErrorsStatus,
  RECENT_INTERNAL_ERROR_MS,
} from '../../../shared/internal-errors';
import type { Clock } from '../clock';
import type { Logger } from '../logger';

/** The same part and message is logged again after this long. */
export const REPEAT_LOG_MS = 60_000;

export interface InternalErrorsDeps {
  clock: Clock;
  logger: Logger;
  /** Masks secrets in the message kept for the status (the logger masks its own records). */
  redact: (text: string) => string;
}

export class InternalErrors {
  private readonly scope = new AsyncLocalStorage<string>();
  private readonly counts = new Map<string, number>();
  /** Per part: the message last logged, and when (a monotonic reading: a wall step neither hurries nor holds the next log). */
  private readonly logged = new Map<string, { message: string; mono: number }>();
  private last: InternalError | null = null;
  /** When the last error came, on the monotonic clock: how recent it is. */
  private lastMono = 0;

  constructor(private readonly deps: InternalErrorsDeps) {}

  /** Runs `fn` as work of `part`: what it starts stays that part's. */
  within<T>(part: string, fn: () => T): T {
    return this.scope.run(part, fn);
  }

  /** The part whose work runs now, or null outside every part. */
  current(): string | null {
    return this.scope.getStore() ?? null;
  }

  /** An error no part handled: logged with its part, counted, kept for Health. Never throws. */
  report(err: unknown, part: string = this.current() ?? 'unknown'): void {
    const at = this.deps.clock.now();
    const mono = this.deps.clock.monotonic();
    const message = this.deps.redact(messageOf(err));
    this.counts.set(part, (this.counts.get(part) ?? 0) + 1);
    this.last = { part, message, at };
    this.lastMono = mono;
    const before = this.logged.get(part);
    if (before?.message === message && mono - before.mono < REPEAT_LOG_MS) return;
    this.logged.set(part, { message, mono });
    this.deps.logger.error(`internal error in ${part}, caught: monitoring goes on`, {
      error: message,
      count: this.counts.get(part),
      ...(err instanceof Error && err.stack ? { stack: topFrames(err.stack) } : {}),
    });
  }

  status(): InternalErrorsStatus {
    const byPart = Object.fromEntries(this.counts);
    const total = [...this.counts.values()].reduce((a, b) => a + b, 0);
    const recent = this.last !== null && this.deps.clock.monotonic() - this.lastMono < RECENT_INTERNAL_ERROR_MS;
    return { total, byPart, last: this.last, recent };
  }
}

function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  if (typeof err === 'string') return err;
  return `a value that is not an Error was thrown (${typeof err})`;
}

/** Where it was thrown: the first frames, enough to find the code without the whole trace. */
const topFrames = (stack: string): string =>
  stack
    .split('\n')
    .filter((l) => /^\s+at /.test(l))
    .slice(0, 3)
    .map((l) => l.trim())
    .join(' | ');
