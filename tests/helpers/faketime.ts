/**
 * A real wall-clock step for a child process, its monotonic clock left real, as on a machine whose
 * clock NTP or an admin steps: Debian's libfaketime (packages `faketime`, `libfaketime` 0.9.10),
 * preloaded into the child. What each setting does, from libfaketime's README and source
 * (github.com/wolfcw/libfaketime, tag v0.9.10):
 * - LD_PRELOAD of the library (README 4a). The multi-threaded build, libfaketimeMT.so.1: it
 *   "single-threads calls through the time() intercept because several variables are statically
 *   cached" (README, "Compatibility issues"), and node asks the time from several threads.
 * - FAKETIME_DONT_FAKE_MONOTONIC=1: CLOCK_MONOTONIC is passed through unfaked
 *   (src/libfaketime.c `get_fake_monotonic_setting`), so node's performance.now() and libuv's
 *   hrtime and timers stay real; only CLOCK_REALTIME (Date) moves.
 * - FAKETIME_TIMESTAMP_FILE: the offset is read from this file, one line as FAKETIME would hold it
 *   (README 4a b), "+N" or "-N" seconds (README 4d). FAKETIME itself must be unset: "the FAKETIME
 *   environment variable _always_ has priority over the files". Rewritten while the child runs,
 *   it steps the clock ("Changing the 'x' modifier during run-time"); the file is renamed into
 *   place, since libfaketime reads it with fgets and a half-written line would be a wrong offset.
 * - FAKETIME_CACHE_DURATION=1: the file is read again once the last read is over a second old
 *   (README "Caveats": cached 10 s by default; src/libfaketime.c compares whole seconds), so a
 *   step reaches the child within about 2 s. Callers wait for the child to show the new time.
 * - NO_FAKE_STAT=1: file times read back as stored (README "Since version 0.6, system calls to
 *   file timestamps are also intercepted... define the environment variable NO_FAKE_STAT"), as on
 *   a real machine, where a step does not move the times of files written before it. utime calls
 *   pass the times given unchanged in this build (FAKE_FILE_TIMESTAMPS is not compiled in).
 * - Without the `faketime` wrapper, each preloaded process makes its own semaphore and shared
 *   memory, /dev/shm/sem.faketime_sem_PID and /dev/shm/faketime_shm_PID, removed at a clean exit;
 *   a process killed leaves them, and a later process with that pid fails to start ("shm_open
 *   failed: File exists", README "Cleaning up shared memory"): `freeShm` removes them.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { peer } from './peers';

export const faketimePeer = peer('libfaketime', { packages: ['faketime', 'libfaketime'], commands: ['faketime'] });

/** The preloaded library, from the package's own file list; null when it is not installed. */
export function libfaketimePath(): string | null {
  try {
    const files = execFileSync('dpkg', ['-L', 'libfaketime'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return files.split('\n').find((f) => f.endsWith('/libfaketimeMT.so.1')) ?? null;
  } catch {
    return null;
  }
}

/** An offset in libfaketime's words: whole seconds with their sign (README 4d). */
export function offsetWords(offsetMs: number): string {
  if (offsetMs % 1000 !== 0) throw new Error(`libfaketime offsets are whole seconds, not ${offsetMs} ms`);
  return `${offsetMs < 0 ? '-' : '+'}${Math.abs(offsetMs / 1000)}`;
}

function baseEnv(): Record<string, string> {
  const lib = libfaketimePath();
  if (!lib) throw new Error('libfaketimeMT.so.1 not found in `dpkg -L libfaketime`');
  return { LD_PRELOAD: lib, FAKETIME_DONT_FAKE_MONOTONIC: '1', NO_FAKE_STAT: '1' };
}

/** A wall clock a fixed offset from the real one, for a child started with this environment. */
export function fixedClockEnv(offsetMs: number): Record<string, string> {
  return { ...baseEnv(), FAKETIME: offsetWords(offsetMs) };
}

export interface SteppableClock {
  /** The environment of a child whose wall clock this steps. */
  env: Record<string, string>;
  /** The offset last written, ms. */
  offsetMs: number;
  /** Moves the wall clock of every child started with `env` to the real one plus `offsetMs`. */
  step(offsetMs: number): Promise<void>;
  close(): Promise<void>;
}

export async function steppableClock(): Promise<SteppableClock> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-faketime-'));
  const file = path.join(dir, 'faketimerc');
  const write = async (offsetMs: number) => {
    await writeFile(`${file}.tmp`, `${offsetWords(offsetMs)}\n`);
    await rename(`${file}.tmp`, file);
  };
  await write(0);
  const clock: SteppableClock = {
    env: { ...baseEnv(), FAKETIME_TIMESTAMP_FILE: file, FAKETIME_CACHE_DURATION: '1' },
    offsetMs: 0,
    async step(offsetMs) {
      await write(offsetMs);
      clock.offsetMs = offsetMs;
    },
    close: () => rm(dir, { recursive: true, force: true }),
  };
  return clock;
}

/** What a child with `env` reads from both clocks, against this process's reads around it. */
export interface ClockProbe {
  /** The child's Date.now() minus this process's, ms (the middle of the two reads around it). */
  wallAheadMs: number;
  /** The child's monotonic clock (hrtime, the one CLOCK_MONOTONIC every process shares) minus this process's, ms. */
  monotonicAheadMs: number;
  /** Half the time the probe took: how far either figure may be off. */
  slackMs: number;
}

/**
 * Runs a tiny node child under `env` that prints its Date.now() and process.hrtime: proof that the
 * preload moves Date and leaves the monotonic clock real. The comparison of wall clocks is this
 * harness's purpose, not a duration.
 */
export function probeClock(env: Record<string, string>): Promise<ClockProbe> {
  const script =
    'process.stdout.write(JSON.stringify({ wall: Date.now(), mono: Number(process.hrtime.bigint() / 1000n) / 1000 }))';
  const wall0 = Date.now();
  const hr0 = Number(process.hrtime.bigint() / 1000n) / 1000;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-e', script], { env: { ...process.env, ...env }, timeout: 15_000 }, (err, out) => {
      if (err) return reject(new Error(`the clock probe failed: ${err.message}`));
      const hr1 = Number(process.hrtime.bigint() / 1000n) / 1000;
      const wall1 = Date.now();
      const { wall, mono } = JSON.parse(out) as { wall: number; mono: number };
      resolve({
        wallAheadMs: wall - (wall0 + wall1) / 2,
        monotonicAheadMs: mono - (hr0 + hr1) / 2,
        slackMs: (hr1 - hr0) / 2 + 1,
      });
    });
  });
}

/** Removes the semaphore and shared memory libfaketime made for `pid`, left when it was killed. */
export async function freeShm(pid: number | undefined): Promise<void> {
  if (!pid) return;
  await Promise.all(
    [`sem.faketime_sem_${pid}`, `faketime_shm_${pid}`].map((f) => rm(path.join('/dev/shm', f), { force: true })),
  );
}
