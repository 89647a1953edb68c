/**
 * The data folder's lock across wall-clock steps (issue 74), with real built runners. A second
 * start whose wall clock is 120 s (or a year) ahead, moved by libfaketime with its monotonic clock
 * left real, used to take a live runner's lock as stale; the first then stopped without saving.
 * A takeover marker dated an hour ahead used to hang a start for good (no monitoring, no exit).
 * And a lock naming a pid that runs with another start is a reused pid, taken over at once.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ACQUIRE_WITHIN_MS, LOCK_FILE, readLockOwner } from '../../../electron/engine/store/data-lock';
import { processStart } from '../../../electron/engine/store/owner-process';
import { faketimePeer, fixedClockEnv } from '../../helpers/faketime';
import { cleanEnv, collect, jsonLines, type RunResult, runHeadless, spawnHeadless } from '../../helpers/headless';
import { startWorld, type World } from '../../helpers/world';

const faketime = process.platform === 'linux' ? faketimePeer : { skip: true };
let world: World;
let root: string;
let n = 0;

const alive = (c: ChildProcess) => c.exitCode === null && c.signalCode === null;

/** A fresh data folder with the world's settings: no request leaves the machine, no API. */
async function dataDir(): Promise<string> {
  const dir = path.join(root, `folder-${++n}`);
  await mkdir(dir);
  const settings = world.settings({ monitor: { intervalSec: 3600, ipv6: false, networkWatch: false } });
  await writeFile(path.join(dir, 'settings.json'), JSON.stringify(settings));
  return dir;
}

/** A runner started on `dir`, once it holds the folder and has seen its address; `stop` ends it with SIGTERM. */
async function holder(dir: string, env = cleanEnv()): Promise<{ child: ChildProcess; stop(): Promise<RunResult> }> {
  const child = spawnHeadless(['--data-dir', dir, '--json'], env);
  const lines = jsonLines(child);
  const run = collect(child, 120_000);
  try {
    await lines.until((l) => l.type === 'change', ACQUIRE_WITHIN_MS + 30_000);
  } catch (err) {
    child.kill('SIGKILL');
    throw new Error(`runner ${child.pid} did not start on ${dir}: ${String(err)}\n${(await run).stderr}`);
  }
  expect((await readLockOwner(dir))?.pid).toBe(child.pid);
  return { child, stop: () => (child.kill('SIGTERM'), run) };
}

/** Leaves a lock as a runner would: its owner named, touched now (or `mtimeMs`). */
async function lockOf(dir: string, owner: { pid: number; start?: string }, mtimeMs = Date.now()) {
  const file = path.join(dir, LOCK_FILE);
  const text = { host: hostname(), since: Date.now(), role: 'monitor', nonce: `n-${owner.pid}`, ...owner };
  await writeFile(file, JSON.stringify(text));
  await utimes(file, mtimeMs / 1000, mtimeMs / 1000);
}

beforeAll(async () => {
  world = await startWorld();
  root = await mkdtemp(path.join(tmpdir(), 'ipwatch-clock-step-lock-'));
}, 60_000);
afterAll(async () => {
  await world?.close();
  await rm(root, { recursive: true, force: true });
});

describe.skipIf(faketime.skip)('a second start whose wall clock is ahead (libfaketime)', () => {
  it.each([
    ['120 s', 120_000],
    ['a year', 365 * 86_400_000],
  ])(
    "is refused by a live runner's lock, naming it, when its clock is %s ahead",
    async (_label, offsetMs) => {
      const dir = await dataDir();
      const first = await holder(dir);
      const second = await runHeadless(['--data-dir', dir], cleanEnv(fixedClockEnv(offsetMs)), 60_000);
      expect({ code: second.code, stderr: second.stderr }).toMatchObject({
        code: 1,
        stderr: expect.stringContaining(`is in use by IPWatch (monitor, pid ${first.child.pid} `),
      });
      // The first runs on and still holds its folder: nothing was taken from it.
      expect([alive(first.child), (await readLockOwner(dir))?.pid]).toEqual([true, first.child.pid]);
      const stopped = await first.stop();
      expect({ code: stopped.code, lost: /lock lost|was taken over/.test(stopped.stderr) }).toEqual({
        code: 0,
        lost: false,
      });
    },
    120_000,
  );
});

describe('a start beside a lock whose times cannot be trusted', () => {
  it.runIf(process.platform === 'linux')(
    'takes over at once a lock naming a pid that runs with another start (a pid reused), however fresh',
    async () => {
      const dir = await dataDir();
      const other = spawn('sleep', ['60'], { stdio: 'ignore' });
      try {
        const [boot, ticks] = (await processStart(other.pid!))!.split(' ').slice(1);
        // Touched an hour ahead: it never goes stale by its age.
        await lockOf(dir, { pid: other.pid!, start: `linux ${boot} ${Number(ticks) - 1}` }, Date.now() + 3_600_000);
        const runner = await holder(dir);
        expect((await readLockOwner(dir))?.start).toBe(await processStart(runner.child.pid!));
        expect((await runner.stop()).code).toBe(0);
      } finally {
        const exited = new Promise((r) => other.on('exit', r));
        other.kill();
        await exited;
      }
    },
    120_000,
  );

  it(`does not hang on a takeover marker dated an hour ahead: it takes the dead owner's lock within ACQUIRE_WITHIN_MS`, async () => {
    const dir = await dataDir();
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => dead.on('exit', r));
    await lockOf(dir, { pid: dead.pid! });
    // A marker naming no taker (as where there are no hard links), stamped an hour ahead.
    const marker = path.join(dir, `${LOCK_FILE}.takeover-n-${dead.pid}.1`);
    await writeFile(marker, '');
    const ahead = (Date.now() + 3_600_000) / 1000;
    await utimes(marker, ahead, ahead);
    const began = performance.now();
    const runner = await holder(dir);
    console.log(`the start took the lock in ${Math.round(performance.now() - began)} ms`);
    expect((await runner.stop()).code).toBe(0);
  }, 120_000);
});
