/**
 * Whether the process named by a lock's owner file is gone, so its lock can be taken over at
 * once instead of after the stale time.
 *
 * kill(pid, 0) alone is not enough: it succeeds for a zombie, a process that has exited but
 * that its parent has not reaped yet. A runner killed with SIGKILL under a shell that died too
 * stays one until PID 1 reaps it, and forever in a container whose PID 1 never reaps. On
 * Linux, /proc/PID/stat gives the state, and Z (zombie) or X (dead) count as gone.
 */
import { readFile } from 'node:fs/promises';

/** Z zombie, X dead (x: the same, as Linux 2.6.33 to 3.13 wrote it). */
const GONE_STATES = new Set(['Z', 'X', 'x']);

/**
 * The state letter of a /proc/PID/stat line ("1234 (comm) S 1 ..."), or null if the line has
 * none. Pure. The command name in parentheses may itself hold spaces and parentheses, so the
 * state is read after the last ')'.
 */
export function procStatState(stat: string): string | null {
  const end = stat.lastIndexOf(')');
  if (end < 0) return null;
  return /^ ([A-Za-z])(?: |$)/.exec(stat.slice(end + 1))?.[1] ?? null;
}

/** The state of `pid` from /proc, or null where there is no /proc (not Linux) or no such process. */
async function readProcState(pid: number): Promise<string | null> {
  try {
    return procStatState(await readFile(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return null;
  }
}

/** True when `pid` certainly no longer runs on this machine (EPERM means it runs under another user). */
export async function isProcessGone(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
  const state = await readProcState(pid);
  return state !== null && GONE_STATES.has(state);
}
