/**
 * The change hook: the user's program run on the events chosen (settings `hook`), one run at a
 * time. Events that arrive during a run wait in a queue and run in order after it (not merged:
 * an IPv4 and an IPv6 change are two runs, and a program keeping a firewall in step needs each);
 * past MAX_QUEUED the oldest waiting are dropped and counted, so a flapping line cannot pile up
 * runs. Its output goes to the log (bounded, secrets masked), its exit code and duration to the
 * status. A failing program is logged and shown; monitoring never waits for it.
 */
import { statSync } from 'node:fs';

import type { HookRun, HookStatus } from '../../../shared/contract/watcher';
import type { Reason } from '../../../shared/reason';
import type { HookSettings } from '../../../shared/settings/watcher';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { inEnglish, reason } from '../reason';
import { hookFolder } from './folder';
import { type HookPayload, hookEnvironment } from './hook-event';
import { type ProcessOutcome, runProcess } from './process';

export const MAX_QUEUED = 16;
/** Of a failing program's standard error, the last line is kept in the status, up to this long. */
const ERROR_TAIL = 200;

export interface HookDeps {
  clock: Clock;
  logger: Logger;
  /** Masks secrets in what the status keeps (the logger masks its own records). */
  redact: (text: string) => string;
  /** IPWatch's own environment, of which the program gets only PATH, HOME, the locale... */
  env: NodeJS.ProcessEnv;
}

interface Waiting {
  payload: HookPayload;
  done?: (run: HookRun) => void;
}

export class HookRunner {
  private queue: Waiting[] = [];
  private running: Promise<void> | null = null;
  private dropped = 0;
  private lastRun: HookRun | null = null;
  private closed = false;
  private readonly stopping = new AbortController();

  constructor(
    private settings: HookSettings,
    private readonly deps: HookDeps,
  ) {}

  update(settings: HookSettings): void {
    this.settings = settings;
    // Switched off: what waited is not run.
    if (!settings.enabled) this.queue = this.queue.filter((w) => w.done);
  }

  /** Queues a run for an engine event when the hook is on and runs on that event; says whether it did. */
  offer(payload: HookPayload): boolean {
    const { enabled, events } = this.settings;
    if (this.closed || !enabled || payload.event === 'test' || !events.includes(payload.event)) return false;
    this.enqueue({ payload });
    return true;
  }

  /** Runs the program once with `payload` (the Settings page's Test), after any run under way. */
  test(payload: HookPayload): Promise<HookRun> {
    return new Promise((done) => this.enqueue({ payload, done }));
  }

  status(): HookStatus {
    return {
      enabled: this.settings.enabled,
      running: this.running !== null,
      queued: this.queue.length,
      dropped: this.dropped,
      lastRun: this.lastRun,
    };
  }

  /** Drops what waits and kills the run under way, with what it started. */
  async close(): Promise<void> {
    this.closed = true;
    this.stopping.abort();
    for (const w of this.queue) w.done?.(this.notRun(w.payload, reason('reason.hook.stopping')));
    this.queue = [];
    await this.running;
  }

  private enqueue(w: Waiting): void {
    this.queue.push(w);
    while (this.queue.length > MAX_QUEUED) {
      const i = this.queue.findIndex((q) => !q.done);
      if (i < 0) break;
      const [old] = this.queue.splice(i, 1);
      this.dropped++;
      this.deps.logger.warn('hook: too many events waiting; the oldest is not run', { event: old!.payload.event });
    }
    this.running ??= this.drain();
  }

  private async drain(): Promise<void> {
    try {
      for (let w = this.queue.shift(); w; w = this.queue.shift()) {
        const run = await this.runOne(w.payload).catch((err: unknown) => this.failed(w.payload, err));
        this.lastRun = run;
        w.done?.(run);
      }
    } finally {
      // In the same step as the empty queue is seen: an event queued by whoever awaited the last run
      // (they resume later) then starts a drain of its own instead of waiting behind one that has ended.
      this.running = null;
    }
  }

  /** A run that threw (a fault of IPWatch's, not the program's): said, and the queue goes on. */
  private failed(payload: HookPayload, err: unknown): HookRun {
    const why = reason('reason.hook.couldNotRun', { said: err instanceof Error ? err.message : String(err) });
    this.deps.logger.error(`hook: ${inEnglish(why)}`, { event: payload.event });
    return this.notRun(payload, this.redacted(why));
  }

  private async runOne(payload: HookPayload): Promise<HookRun> {
    const { program, args, timeoutSec } = this.settings;
    if (program === '') return this.notRun(payload, reason('reason.hook.noProgram'));
    const at = this.deps.clock.now();
    this.deps.logger.debug('hook: running', { event: payload.event, program });
    const outcome = await runProcess({
      program,
      args,
      env: hookEnvironment(payload, this.deps.env),
      cwd: hookFolder(process.platform, this.deps.env, isFolder),
      stdin: `${JSON.stringify(payload)}\n`,
      timeoutMs: timeoutSec * 1000,
      clock: this.deps.clock,
      signal: this.stopping.signal,
    });
    this.logOutput(outcome);
    const why = this.errorOf(outcome, timeoutSec);
    const run: HookRun = {
      event: payload.event,
      at,
      durationMs: outcome.durationMs,
      exitCode: outcome.exitCode,
      signal: outcome.signal,
      timedOut: outcome.timedOut,
      ...told(why),
    };
    const data = { event: run.event, exitCode: run.exitCode, durationMs: run.durationMs };
    if (run.error) this.deps.logger.warn(`hook: ${run.error}`, data);
    else this.deps.logger.info('hook: ran', data);
    return run;
  }

  private notRun(payload: HookPayload, why: Reason): HookRun {
    const at = this.deps.clock.now();
    return { event: payload.event, at, durationMs: 0, exitCode: null, signal: null, timedOut: false, ...told(why) };
  }

  /** `why` with its words masked (a secret in the program's path or its standard error). */
  private redacted(why: Reason): Reason {
    const values = Object.fromEntries(
      Object.entries(why.values).map(([k, v]) => [k, typeof v === 'string' ? this.deps.redact(v) : v]),
    );
    return { ...why, values };
  }

  private errorOf(o: ProcessOutcome, timeoutSec: number): Reason | null {
    if (o.startError) return this.redacted(o.startError);
    if (o.timedOut) return reason('reason.hook.timedOut', { seconds: String(timeoutSec) });
    if (o.exitCode === 0) return null;
    const tail = o.stderr.trim().split('\n').at(-1)?.slice(0, ERROR_TAIL) ?? '';
    const how = o.exitCode !== null ? 'exit' : o.signal ? 'signal' : 'other';
    return this.redacted(
      reason('reason.hook.ended', {
        how,
        code: String(o.exitCode ?? ''),
        signal: o.signal ?? '',
        hasStderr: tail ? 'yes' : 'no',
        stderr: tail,
      }),
    );
  }

  private logOutput(o: ProcessOutcome): void {
    if (o.stdout.trim()) this.deps.logger.info('hook: standard output', { text: o.stdout.trimEnd() });
    if (o.stderr.trim()) this.deps.logger.info('hook: standard error', { text: o.stderr.trimEnd() });
    if (o.cutBytes) this.deps.logger.info('hook: output past the limit not kept', { characters: o.cutBytes });
  }
}

/** A run's `error` and `reason` from its why (null: it exited 0). */
const told = (why: Reason | null): Pick<HookRun, 'error' | 'reason'> =>
  why ? { error: inEnglish(why), reason: why } : { error: null };

const isFolder = (p: string): boolean => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};
