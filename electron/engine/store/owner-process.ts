/**
 * Whether the process named by a lock's owner still runs, so a dead owner's lock can be taken
 * over at once and a live one's never, whatever its age or the wall clock says (issue 74: a start
 * whose clock was 120 s ahead took a live runner's lock, by comparing times).
 *
 * A pid alone can mislead both ways. kill(pid, 0) succeeds for a zombie, a process that has
 * exited but that its parent has not reaped yet (a runner killed with SIGKILL under a shell that
 * died too stays one until PID 1 reaps it, and forever in a container whose PID 1 never reaps):
 * on Linux /proc/PID/stat gives the state, and Z (zombie) or X (dead) count as gone. And a pid is
 * reused: after a reboot or a container's restart another process, even this one, may have it.
 * So a lock also names its owner's start: on Linux the boot's id and the start in clock ticks
 * since boot (/proc/PID/stat field 22), on macOS the start `ps` shows. A pid that runs with
 * another start is another process. Where no start can be read (Windows, a /proc hidden from
 * this user, a lock written before this version), a pid that runs counts as the owner: the safe side.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { hostname } from 'node:os';

/** Z zombie, X dead (x: the same, as Linux 2.6.33 to 3.13 wrote it). */
const GONE_STATES = new Set(['Z', 'X', 'x']);
/** How long `ps` may take to name a process's start (macOS). */
export const PS_TIMEOUT_MS = 2_000;

/** The fields of a /proc/PID/stat line after the command name, from the state (field 3) on. */
function fieldsAfterName(stat: string): string[] | null {
  const end = stat.lastIndexOf(')');
  return end < 0
    ? null
    : stat
        .slice(end + 1)
        .split(' ')
        .slice(1);
}

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

/** Field 22 of a /proc/PID/stat line, the process's start in clock ticks since boot, or null. Pure. */
export function procStatStartTicks(stat: string): string | null {
  const ticks = fieldsAfterName(stat)?.[22 - 3];
  return ticks !== undefined && /^\d+$/.test(ticks) ? ticks : null;
}

const readText = (file: string): Promise<string | null> => readFile(file, 'utf8').catch(() => null);

/** The state of `pid` from /proc, or null where there is no /proc (not Linux) or no such process. */
async function readProcState(pid: number): Promise<string | null> {
  const stat = await readText(`/proc/${pid}/stat`);
  return stat === null ? null : procStatState(stat);
}

/** `ps`'s start of `pid` (macOS: a time to the second, kept from the fork), or null. */
function psStart(pid: number): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(
      'ps',
      ['-o', 'lstart=', '-p', String(pid)],
      { timeout: PS_TIMEOUT_MS, env: { ...process.env, LC_ALL: 'C' }, maxBuffer: 4096 },
      (err, stdout) => {
        const text = err ? '' : String(stdout).trim().replace(/\s+/g, ' ');
        resolve(text ? text : null);
      },
    );
  });
}

/**
 * What names the start of process `pid` on this machine, or null where it cannot be read. Linux:
 * "linux <boot id> <ticks since boot>", so a pid reused after a reboot does not match; macOS:
 * "darwin <ps lstart>"; Windows: null (asking PowerShell takes seconds; a pid that runs is taken
 * for the owner).
 */
export async function processStart(pid: number): Promise<string | null> {
  if (process.platform === 'linux') {
    const [stat, boot] = await Promise.all([
      readText(`/proc/${pid}/stat`),
      readText('/proc/sys/kernel/random/boot_id'),
    ]);
    const ticks = stat === null ? null : procStatStartTicks(stat);
    const bootId = boot?.trim();
    return ticks && bootId ? `linux ${bootId} ${ticks}` : null;
  }
  if (process.platform === 'darwin') {
    const start = await psStart(pid);
    return start ? `darwin ${start}` : null;
  }
  return null;
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

/** Where a lock's owner stands: runs on this host, is gone from it, or is not on this host. */
export type Standing = 'live' | 'gone' | 'elsewhere';

export interface OwnerFacts {
  /** Its pid runs on this host (not gone, not a zombie). */
  pidRuns: boolean;
  /** The start the lock names; null in a lock of an IPWatch before this version, or not read then. */
  recorded: string | null;
  /** The start of the process that has the pid now; null when it cannot be read. */
  current: string | null;
  /** The pid is this process's. */
  ours: boolean;
}

/**
 * Whether an owner on this host is live, from what was read. Pure; the table is in
 * tests/electron/engine/store/owner-process.test.ts. A start in the lock that differs from the
 * pid's names another process. A lock without a start in this process's own pid was written by
 * an IPWatch before this version (this one writes its start when it can read it), so by an
 * earlier process: a container's runner is PID 1 again after a restart. Otherwise a pid that
 * runs is the owner (the safe side).
 */
export function judgeOwner(f: OwnerFacts): Exclude<Standing, 'elsewhere'> {
  if (!f.pidRuns) return 'gone';
  if (f.recorded !== null && f.current !== null) return f.recorded === f.current ? 'live' : 'gone';
  if (f.recorded === null && f.ours && f.current !== null) return 'gone';
  return 'live';
}

/** Where the owner named by a lock (or a takeover marker) stands now. */
export async function ownerStanding(owner: { pid: number; host: string; start?: string }): Promise<Standing> {
  if (owner.host !== hostname()) return 'elsewhere';
  const ours = owner.pid === process.pid;
  if (!ours && (await isProcessGone(owner.pid))) return 'gone';
  const current = await processStart(owner.pid);
  return judgeOwner({ pidRuns: true, recorded: owner.start ?? null, current, ours });
}
