/**
 * One run of the hook program: started directly (spawn without a shell, so no argument is ever
 * parsed as shell syntax), the event as JSON on its standard input, its output kept up to a
 * bound, and killed with everything it started when the timeout passes: on POSIX it leads a
 * process group of its own, which is sent SIGTERM and, if still there after a grace, SIGKILL.
 * Windows has no process groups: there `taskkill /T /F` ends the program's tree (what it started
 * is found by its parent), and the program alone is killed if taskkill cannot run. A `.bat` or
 * `.cmd` program runs through cmd.exe with a line quoted by command-line.ts. A program that cannot
 * start, whether spawn throws (EINVAL, ENOTDIR...) or emits 'error', ends as a run whose
 * `startError` says why: runProcess never rejects.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

import type { Reason } from '../../../shared/reason';
import type { Clock, Timer } from '../clock';
import { reason } from '../reason';
import { startCommand, UnsafeCommandError } from './command-line';

/** Kept of each output stream; the rest is counted, not kept. */
export const OUTPUT_LIMIT = 16 * 1024;
/** Between SIGTERM and SIGKILL, for a program that cleans up on SIGTERM. */
export const KILL_GRACE_MS = 2000;

export interface ProcessRequest {
  program: string;
  args: string[];
  env: Record<string, string>;
  /** The folder the program runs in (folder.ts): fixed, never IPWatch's own working folder. */
  cwd: string;
  stdin: string;
  timeoutMs: number;
  clock: Clock;
  /** IPWatch is stopping: the program and its group are killed at once. */
  signal?: AbortSignal;
  /** Kept of each output stream (OUTPUT_LIMIT unless given). */
  outputLimit?: number;
  /** A program that writes past `outputLimit` is killed with its group at once (a plugin's answer has a cap). */
  killPastLimit?: boolean;
}

export interface ProcessOutcome {
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  durationMs: number;
  stdout: string;
  stderr: string;
  /** Bytes past the output limit, dropped (counted until the program ends or, with killPastLimit, is killed). */
  cutBytes: number;
  /** Killed for writing past the output limit (killPastLimit). */
  overflowed: boolean;
  /** Why the program could not be started (not found, not executable), or null. */
  startError: Reason | null;
}

const GROUPS = process.platform !== 'win32';

/**
 * How a run's program and what it started are ended: a signal to its process group (POSIX: it
 * leads one), or on Windows taskkill over its tree (/T), forced (/F: a console program ignores
 * the polite close). Pure.
 */
export function treeKill(
  platform: NodeJS.Platform,
  pid: number,
  sig: NodeJS.Signals,
): { kind: 'group'; pid: number; sig: NodeJS.Signals } | { kind: 'taskkill'; args: string[] } {
  if (platform === 'win32') return { kind: 'taskkill', args: ['/PID', String(pid), '/T', '/F'] };
  return { kind: 'group', pid: -pid, sig };
}

/** Runs the program once; never rejects. */
export function runProcess(req: ProcessRequest): Promise<ProcessOutcome> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const out = { stdout: '', stderr: '', cutBytes: 0 };
    let exit: { code: number | null; signal: string | null } = { code: null, signal: null };
    let timedOut = false;
    let overflowed = false;
    const limit = req.outputLimit ?? OUTPUT_LIMIT;
    const timers: Timer[] = [];
    let child: ChildProcessWithoutNullStreams;
    try {
      // Throws, rather than emitting 'error', for a command Windows or Node refuses (EINVAL, ENOTDIR...).
      const cmd = startCommand(process.platform, req.program, req.args, req.env.SystemRoot);
      child = spawn(cmd.file, cmd.args, {
        shell: false,
        detached: GROUPS,
        windowsHide: true,
        windowsVerbatimArguments: cmd.verbatim,
        env: req.env,
        cwd: req.cwd,
        stdio: ['pipe', 'pipe', 'pipe'],
      });
    } catch (err) {
      resolve(notStarted(err as NodeJS.ErrnoException, req.program, Math.round(performance.now() - t0)));
      return;
    }
    const kill = (sig: NodeJS.Signals) => {
      if (child.pid === undefined) return;
      const how = treeKill(process.platform, child.pid, sig);
      try {
        if (how.kind === 'group') process.kill(how.pid, how.sig);
        else spawn('taskkill', how.args, { windowsHide: true, stdio: 'ignore' }).once('error', () => child.kill(sig));
      } catch {
        // Already gone.
      }
    };
    let done = false;
    const finish = (startError: Reason | null) => {
      if (done) return;
      done = true;
      for (const t of timers) req.clock.clearTimeout(t);
      const durationMs = Math.round(performance.now() - t0);
      resolve({ exitCode: exit.code, signal: exit.signal, timedOut, overflowed, durationMs, ...out, startError });
    };
    const keep = (which: 'stdout' | 'stderr') => (chunk: Buffer) => {
      const room = limit - out[which].length;
      const text = chunk.toString('utf8');
      out[which] += text.slice(0, Math.max(0, room));
      out.cutBytes += Math.max(0, text.length - Math.max(0, room));
      if (req.killPastLimit && out.cutBytes > 0 && !overflowed) {
        overflowed = true;
        kill('SIGKILL');
      }
    };
    child.stdout.on('data', keep('stdout'));
    child.stderr.on('data', keep('stderr'));
    // A program that never reads its input closes the pipe: EPIPE is not a failure of the run.
    child.stdin.on('error', () => undefined);
    child.once('error', (err: NodeJS.ErrnoException) => finish(startErrorReason(err, req.program)));
    child.once('exit', (code, signal) => {
      exit = { code, signal };
    });
    // 'close': the program and whatever it started that held its output have ended.
    child.once('close', () => finish(null));
    timers.push(
      req.clock.setTimeout(() => {
        timedOut = true;
        kill('SIGTERM');
        timers.push(req.clock.setTimeout(() => kill('SIGKILL'), KILL_GRACE_MS));
      }, req.timeoutMs),
    );
    const stop = () => kill('SIGKILL');
    if (req.signal?.aborted) stop();
    req.signal?.addEventListener('abort', stop, { once: true });
    child.once('close', () => req.signal?.removeEventListener('abort', stop));
    child.stdin.end(req.stdin);
  });
}

/** The common refusals of a start (`reason.hook.startRefused`); another code is shown with the system's message. */
const START_REFUSALS: ReadonlySet<string> = new Set([
  'EINVAL',
  'ENOTDIR',
  'ENAMETOOLONG',
  'E2BIG',
  'ENOEXEC',
  'ERR_INVALID_ARG_VALUE',
]);

/** Why a start failed, as a reason (the hook's log and Test answer: "could not start: EINVAL (...)"). */
export function startErrorReason(err: NodeJS.ErrnoException, program: string): Reason {
  if (err.code === 'ENOENT') return reason('reason.hook.notFound', { program });
  if (err.code === 'EACCES') return reason('reason.hook.notExecutable', { program });
  if (err instanceof UnsafeCommandError) return reason('reason.hook.unsafe', { program, said: err.message });
  const code = err.code ?? 'error';
  return reason('reason.hook.startRefused', {
    program,
    code,
    refusal: START_REFUSALS.has(code) ? code : 'other',
    said: err.message,
  });
}

/** The outcome of a run whose program never started (spawn threw). */
function notStarted(err: NodeJS.ErrnoException, program: string, durationMs: number): ProcessOutcome {
  const startError = startErrorReason(err, program);
  return {
    exitCode: null,
    signal: null,
    timedOut: false,
    overflowed: false,
    durationMs,
    stdout: '',
    stderr: '',
    cutBytes: 0,
    startError,
  };
}
