/**
 * Runs one event source's child process for as long as it is wanted: its stdout read line by
 * line through the source's reader, a signal for each chunk with a line that matters, the
 * child started again with a growing delay when it dies, and given up on when it cannot run
 * (not installed, or dying at once time after time). stop() kills it.
 */
import { type ChildProcess, spawn } from 'node:child_process';

import type { Reason, ReasonValues } from '../../../shared/contract/reason';
import type { Clock, Timer } from '../clock';
import type { Logger } from '../logger';
import { inEnglish, reason as reasonOf } from '../reason';
import type { WatchSpec } from './types';

/** A run this long counts as a success: the next death starts the delays over. */
export const STEADY_MS = 60_000;
/** Deaths in a row, each before STEADY_MS, after which the source is given up. */
export const MAX_QUICK_DEATHS = 5;
const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 5 * 60_000;
/** A line longer than this is no line of ours: it is dropped rather than held. */
const MAX_LINE = 64 * 1024;

export type Restart = { retryInMs: number } | { giveUp: true };

/**
 * After a death: wait 1 s, 2 s, 4 s... (at most 5 min) and try again, unless the command cannot
 * start at all or died quickly MAX_QUICK_DEATHS times in a row.
 *
 * | cannot start | quick deaths in a row | -> |
 * |---|---|---|
 * | yes | any | give up |
 * | no | 1..4 | retry in 1 s * 2^(n-1) |
 * | no | 5 | give up |
 */
export function restartAfter(quickDeaths: number, cannotStart: boolean): Restart {
  if (cannotStart || quickDeaths >= MAX_QUICK_DEATHS) return { giveUp: true };
  return { retryInMs: Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, quickDeaths - 1)) };
}

export interface ChildWatchOptions {
  spec: WatchSpec;
  clock: Clock;
  logger: Logger;
  /** A line that matters arrived, or the child said it lost events: the state is worth reading again. */
  onSignal(): void;
  /** The child runs (reason null), or it does not, and why: in English, and as its code. */
  onState(running: boolean, reason: string | null, code?: Reason | null): void;
}

export class ChildWatch {
  private child: ChildProcess | null = null;
  private retry: Timer | null = null;
  private quickDeaths = 0;
  private stopped = true;

  constructor(private readonly o: ChildWatchOptions) {}

  /** The running child's process id (null while none runs). */
  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  start(): void {
    this.stopped = false;
    this.launch();
  }

  stop(): void {
    this.stopped = true;
    if (this.retry) this.o.clock.clearTimeout(this.retry);
    this.retry = null;
    const child = this.child;
    this.child = null;
    if (child && child.exitCode === null && child.signalCode === null) child.kill();
  }

  private launch(): void {
    const { spec } = this.o;
    const name = [spec.command, ...spec.args].join(' ');
    const startedAt = this.o.clock.monotonic();
    const read = spec.reader();
    let partial = '';
    let stderr = '';
    let spawned = false;
    let ended = false;
    const child = spawn(spec.command, [...spec.args], {
      env: spec.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    this.child = child;
    // Like the engine's timers, the watch never keeps the process alive by itself.
    child.unref();
    for (const s of [child.stdout, child.stderr]) (s as unknown as { unref?: () => void } | null)?.unref?.();

    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      if (partial.length > MAX_LINE) partial = '';
      // Every line goes through the reader (it may keep state); one signal per chunk.
      let matters = false;
      for (const line of lines) if (read(line)) matters = true;
      if (matters && child === this.child) this.o.onSignal();
    });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-500);
      // iproute2 says "netlink receive error ... No buffer space available" and goes on: events were lost.
      if (spawned && child === this.child) this.o.onSignal();
    });
    child.on('spawn', () => {
      spawned = true;
      if (child !== this.child) return;
      this.o.logger.info('watching network events', { kind: spec.kind, command: name });
      this.o.onState(true, null);
    });
    const end = (why: ReasonValues, cannotStart: boolean) => {
      if (ended) return;
      ended = true;
      if (child !== this.child || this.stopped) return;
      this.child = null;
      const ranMs = this.o.clock.monotonic() - startedAt;
      this.quickDeaths = spawned && ranMs >= STEADY_MS ? 1 : this.quickDeaths + 1;
      const detail = stderr.trim().split('\n').pop();
      const said = { ...why, hasStderr: detail ? 'yes' : 'no', stderr: detail ?? '' };
      const stopped = reasonOf('reason.watch.stopped', { ...said, retry: 'no', retrySec: '' });
      const reason = inEnglish(stopped);
      const next = restartAfter(this.quickDeaths, cannotStart);
      if ('giveUp' in next) {
        this.o.logger.warn('network events unavailable: interfaces are polled', { command: name, reason });
        this.o.onState(false, reason, stopped);
        return;
      }
      this.o.logger.warn('network event source stopped: polling until it runs again', {
        command: name,
        reason,
        retryInMs: next.retryInMs,
      });
      const retrying = reasonOf('reason.watch.stopped', {
        ...said,
        retry: 'yes',
        retrySec: String(next.retryInMs / 1000),
      });
      this.o.onState(false, inEnglish(retrying), retrying);
      this.retry = this.o.clock.setTimeout(() => {
        this.retry = null;
        if (!this.stopped) this.launch();
      }, next.retryInMs);
    };
    child.on('error', (err: NodeJS.ErrnoException) => {
      const missing = err.code === 'ENOENT' || err.code === 'EACCES';
      const why = missing
        ? { what: 'cannotRun', command: spec.command, code: err.code ?? '', signal: 'none', said: '' }
        : { what: 'error', command: spec.command, code: '', signal: 'none', said: err.message };
      end(why, !spawned && missing);
    });
    child.on('close', (code, signal) =>
      end({ what: 'exited', command: spec.command, code: String(code), signal: signal ?? 'none', said: '' }, false),
    );
  }
}
