import { spawn } from 'node:child_process';
import { mkdir, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  ACQUIRE_WITHIN_MS,
  acquireDataLock,
  type DataLock,
  DataLockedError,
  LOCK_FILE,
  LOCK_STALE_MS,
  readLockOwner,
} from '../../../../electron/engine/store/data-lock';
import { LEGACY_OWNER_FILE, STUCK_MARKER_MS } from '../../../../electron/engine/store/lock-file';
import { processStart, procStatState } from '../../../../electron/engine/store/owner-process';
import { until } from '../../../helpers/until';
import { tempDir, testLogger } from './helpers';

const logger = testLogger().logger;

/** A pid that existed a moment ago and no longer does. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((r) => child.on('exit', r));
  return child.pid!;
}

const DATA_LOCK = new URL('../../../../electron/engine/store/data-lock.ts', import.meta.url).pathname;
/** A child script: takes the lock of the folder given as its argument, then `then`. */
const holderScript = (then: string) => `
  const { acquireDataLock } = await import(${JSON.stringify(DATA_LOCK)});
  await acquireDataLock(process.argv[1], { logger: { error() {}, warn() {}, info() {}, debug() {} }, role: 'monitor' });
  ${then}`;

/** The state letter of a process on Linux, null once it is reaped. */
const stateOf = (pid: number) => readFile(`/proc/${pid}/stat`, 'utf8').then(procStatState, () => null);

/** Leaves a lock as another process would: the lock file naming its owner. */
async function foreignLock(
  dir: string,
  owner: { pid: number; host: string; since?: number; start?: string },
  ageMs = 0,
) {
  await writeFile(join(dir, LOCK_FILE), JSON.stringify({ since: 1, ...owner, role: 'monitor', nonce: 'n-foreign' }));
  const t = (Date.now() - ageMs) / 1000;
  await utimes(join(dir, LOCK_FILE), t, t);
}

describe('data folder lock', () => {
  it('admits one holder, names it to the next, and is free again after release', async () => {
    const dir = await tempDir();
    const lock = await acquireDataLock(dir, { logger, role: 'monitor' });
    expect(await readLockOwner(dir)).toMatchObject({ pid: process.pid, host: hostname(), role: 'monitor' });
    const err = await acquireDataLock(dir, { logger, role: 'import' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataLockedError);
    expect(String(err)).toContain(`pid ${process.pid}`);
    await lock.release();
    expect(await readLockOwner(dir)).toBeNull();
    const next = await acquireDataLock(dir, { logger, role: 'import' });
    await next.release();
    await next.release();
  });

  it('takes over at once the lock of a process that no longer runs on this host', async () => {
    const dir = await tempDir();
    await foreignLock(dir, { pid: await deadPid(), host: hostname() });
    const lock = await acquireDataLock(dir, { logger, role: 'monitor' });
    expect(await readLockOwner(dir)).toMatchObject({ pid: process.pid });
    await lock.release();
  });

  it('names the winner, not the dead owner, when another starter is taking the lock over (CI: 1 start in 50 under load)', async () => {
    const dir = await tempDir();
    await foreignLock(dir, { pid: await deadPid(), host: hostname() });
    // Another starter mid-way through its takeover: its marker made, its own lock not yet renamed in.
    await writeFile(join(dir, `${LOCK_FILE}.takeover-n-foreign.1`), '');
    const { logger: watched, records } = testLogger();
    const refusal = acquireDataLock(dir, { logger: watched, role: 'import' }).catch((e: unknown) => e);
    await until(() => records.some((r) => r.message.startsWith('taking over the lock')));
    const winner = {
      ...{ pid: process.pid, host: hostname(), since: Date.now(), role: 'monitor', nonce: 'n-winner' },
      start: await processStart(process.pid),
    };
    await writeFile(join(dir, `${LOCK_FILE}.new`), JSON.stringify(winner));
    await rename(join(dir, `${LOCK_FILE}.new`), join(dir, LOCK_FILE));
    const err = await refusal;
    expect(err).toBeInstanceOf(DataLockedError);
    expect((err as DataLockedError).owner).toMatchObject({ pid: process.pid, role: 'monitor' });
  });

  it("waits out the marker of a taker that died mid-way, then takes the dead owner's lock over", async () => {
    const dir = await tempDir();
    await foreignLock(dir, { pid: await deadPid(), host: hostname() });
    // A taker's marker, left 200 ms short of STUCK_MARKER_MS: it stops others only until then.
    const marker = join(dir, `${LOCK_FILE}.takeover-n-foreign.1`);
    await writeFile(marker, '');
    const t = (Date.now() - STUCK_MARKER_MS + 200) / 1000;
    await utimes(marker, t, t);
    const lock = await acquireDataLock(dir, { logger, role: 'monitor' });
    expect(await readLockOwner(dir)).toMatchObject({ pid: process.pid, role: 'monitor' });
    await lock.release();
  });

  it('takes over at once a lock in our own pid taken before this process started (a container restarted as PID 1)', async () => {
    const dir = await tempDir();
    const before = Date.now() - process.uptime() * 1000 - 60_000;
    await foreignLock(dir, { pid: process.pid, host: hostname(), since: before });
    const lock = await acquireDataLock(dir, { logger, role: 'monitor' });
    expect((await readLockOwner(dir))!.since).toBeGreaterThan(before);
    await lock.release();
  });

  it.runIf(process.platform === 'linux')(
    "refuses a lock naming this process's own start (taken twice), whatever its time",
    async () => {
      const dir = await tempDir();
      const start = (await processStart(process.pid))!;
      await foreignLock(dir, { pid: process.pid, host: hostname(), since: 1, start }, 10 * LOCK_STALE_MS);
      await expect(acquireDataLock(dir, { logger, role: 'monitor' })).rejects.toThrow(`pid ${process.pid}`);
    },
  );

  it.runIf(process.platform === 'linux')(
    'takes over at once a lock whose pid runs with another start than it names (a pid reused), and refuses it with its own',
    async () => {
      const dir = await tempDir();
      const other = spawn('sleep', ['30'], { stdio: 'ignore' });
      try {
        const start = (await processStart(other.pid!))!;
        // Fresh and a year ahead: no age lets it in; only its start can.
        const owner = { pid: other.pid!, host: hostname(), since: Date.now() };
        await foreignLock(dir, { ...owner, start }, -365 * 86_400_000);
        await expect(acquireDataLock(dir, { logger, role: 'monitor' })).rejects.toThrow(`pid ${other.pid}`);
        const [boot, ticks] = start.split(' ').slice(1);
        await foreignLock(dir, { ...owner, start: `linux ${boot} ${Number(ticks) - 1}` });
        const lock = await acquireDataLock(dir, { logger, role: 'monitor' });
        expect(await readLockOwner(dir)).toMatchObject({ pid: process.pid, start: await processStart(process.pid) });
        await lock.release();
        // Another boot's lock: the same pid and ticks after a reboot are another process.
        await foreignLock(dir, { ...owner, start: `linux 00000000-0000-0000-0000-000000000000 ${ticks}` });
        await (await acquireDataLock(dir, { logger, role: 'monitor' })).release();
      } finally {
        const exited = new Promise((r) => other.on('exit', r));
        other.kill();
        await exited;
      }
    },
  );

  it('refuses a live taker still at it within ACQUIRE_WITHIN_MS on the monotonic clock, naming it', async () => {
    const dir = await tempDir();
    await foreignLock(dir, { pid: await deadPid(), host: hostname() });
    // A taker that runs (the test runner's parent) holds the marker: it is never passed over.
    const taker = { pid: process.ppid, host: hostname(), since: 1, role: 'import', nonce: 'n-taker' };
    await writeFile(join(dir, `${LOCK_FILE}.takeover-n-foreign.1`), JSON.stringify(taker));
    // The monotonic clock runs 200 times fast: the bound comes in about a tenth of a second.
    const clock = { now: () => Date.now(), monotonic: () => 200 * performance.now() };
    const began = performance.now();
    const err = await acquireDataLock(dir, { logger, role: 'monitor', clock }).catch((e: unknown) => e);
    expect([err instanceof DataLockedError, (err as DataLockedError).owner]).toMatchObject([
      true,
      { pid: process.ppid, role: 'import' },
    ]);
    expect(performance.now() - began).toBeLessThan(ACQUIRE_WITHIN_MS / 10);
  });

  it('refuses a fresh lock of a live process, naming it', async () => {
    const dir = await tempDir();
    await foreignLock(dir, { pid: process.ppid, host: hostname() });
    await expect(acquireDataLock(dir, { logger, role: 'monitor' })).rejects.toThrow(`pid ${process.ppid}`);
    // Nothing was taken over.
    expect(await readLockOwner(dir)).toMatchObject({ pid: process.ppid });
  });

  it.each([
    ['refuses a lock of another host touched within the stale time', LOCK_STALE_MS - 10_000, 4242],
    ['takes over a lock of another host not touched for longer (its owner died)', 2 * LOCK_STALE_MS, process.pid],
  ])('%s', async (_, ageMs, holder) => {
    const dir = await tempDir();
    await foreignLock(dir, { pid: 4242, host: 'elsewhere.invalid' }, ageMs);
    const got = await acquireDataLock(dir, { logger, role: 'monitor' }).catch((e: unknown) => e);
    expect([got instanceof DataLockedError, await readLockOwner(dir)]).toMatchObject([
      holder !== process.pid,
      { pid: holder },
    ]);
    if (!(got instanceof DataLockedError)) await (got as DataLock).release();
  });

  it('keeps the lock fresh, and reports a lost lock through onLost instead of crashing', async () => {
    const dir = await tempDir();
    const { logger: log, records } = testLogger();
    const lost: Error[] = [];
    const lock = await acquireDataLock(dir, {
      logger: log,
      role: 'monitor',
      staleMs: 2000,
      onLost: (e) => lost.push(e),
    });
    const first = (await stat(join(dir, LOCK_FILE))).mtimeMs;
    await until(async () => (await stat(join(dir, LOCK_FILE))).mtimeMs > first, {
      timeoutMs: 5000,
      what: 'lock update',
    });
    await unlink(join(dir, LOCK_FILE));
    await until(() => lost.length > 0, { timeoutMs: 5000, what: 'onLost' });
    expect(records.some((r) => r.level === 'error' && /lock lost/.test(r.message))).toBe(true);
    // Another process takes the free folder; the lost holder's release leaves its lock.
    await foreignLock(dir, { pid: process.ppid, host: hostname() });
    await lock.release();
    expect(await readLockOwner(dir)).toMatchObject({ pid: process.ppid });
  });

  it('reports the lock lost when another process has taken it over (the lock names another holding)', async () => {
    const dir = await tempDir();
    const lost: Error[] = [];
    const lock = await acquireDataLock(dir, { logger, role: 'monitor', staleMs: 2000, onLost: (e) => lost.push(e) });
    // The new holder's lock, as a takeover leaves it.
    await foreignLock(dir, { pid: process.ppid, host: hostname() });
    await until(() => lost.length > 0, { timeoutMs: 5000, what: 'onLost' });
    expect(lost[0]).toMatchObject({ code: 'ECOMPROMISED' });
    await lock.release();
    // The lock is the new holder's: release leaves it.
    expect(await readLockOwner(dir)).toMatchObject({ pid: process.ppid });
  });

  it('takes over the folder lock of an IPWatch before this version once its owner is gone, and refuses a live one', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, LOCK_FILE));
    await writeFile(join(dir, LEGACY_OWNER_FILE), JSON.stringify({ pid: process.ppid, host: hostname(), since: 1 }));
    await expect(acquireDataLock(dir, { logger, role: 'monitor' })).rejects.toThrow(`pid ${process.ppid}`);
    await writeFile(join(dir, LEGACY_OWNER_FILE), JSON.stringify({ pid: await deadPid(), host: hostname(), since: 1 }));
    const lock = await acquireDataLock(dir, { logger, role: 'monitor' });
    expect([(await stat(join(dir, LOCK_FILE))).isFile(), await readLockOwner(dir)]).toMatchObject([
      true,
      { pid: process.pid },
    ]);
    await lock.release();
  });

  it.runIf(process.platform === 'linux')(
    'takes over at once the lock of a process that exited but was never reaped (a zombie)',
    async () => {
      const dir = await tempDir();
      // The shell starts the holder in the background, then becomes `sleep`, which never reaps
      // it: the holder, killed once it has the lock, stays a zombie while `sleep` runs.
      const parent = spawn(
        'sh',
        [
          '-c',
          '"$0" --import tsx --input-type=module -e "$1" "$2" & exec sleep 600',
          process.execPath,
          holderScript("process.kill(process.pid, 'SIGKILL');"),
          dir,
        ],
        { stdio: 'ignore' },
      );
      try {
        await until(
          async () => {
            const owner = await readLockOwner(dir);
            return owner !== null && (await stateOf(owner.pid)) === 'Z';
          },
          { timeoutMs: 20_000, what: 'the lock holder a zombie' },
        );
        const zombie = (await readLockOwner(dir))!.pid;
        // Taking it at all is the proof, with no clock: the lock was touched moments ago, so it
        // goes stale only after LOCK_STALE_MS (60 s), and acquireDataLock never waits; it takes
        // over or throws DataLockedError. Only the check that its owner is gone can let it in.
        expect(Date.now() - (await stat(join(dir, LOCK_FILE))).mtimeMs).toBeLessThan(LOCK_STALE_MS);
        const lock = await acquireDataLock(dir, { logger, role: 'monitor' });
        expect([await stateOf(zombie), await readLockOwner(dir)]).toMatchObject(['Z', { pid: process.pid }]);
        await lock.release();
      } finally {
        const exited = new Promise((r) => parent.on('exit', r));
        parent.kill();
        await exited;
      }
    },
    30_000,
  );

  it('frees the folder when its process exits without releasing it', async () => {
    const dir = await tempDir();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', holderScript('process.exit(3);'), dir],
      {
        stdio: 'ignore',
      },
    );
    const code = await new Promise((r) => child.on('exit', r));
    expect([code, await stat(join(dir, LOCK_FILE)).catch(() => 'gone')]).toEqual([3, 'gone']);
  });
});
