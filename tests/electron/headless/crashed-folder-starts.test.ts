/**
 * Two starts on a crashed folder leave one runner (issue 59, "Done when"): a real built runner
 * is killed with SIGKILL while it holds its data folder, then, in each of 50 trials on a fresh
 * copy of that folder, two real built runners are started at once (a seeded gap of 0 to 30 ms
 * between them varies who goes first). Exactly one keeps running and holds the lock; the other
 * exits 1 with the words that name the holder. lock-race.test.ts checks the lock itself with
 * two processes; this is the same through the runner's whole start.
 */
import type { ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readLockOwner } from '../../../electron/engine/store/data-lock';
import { collect, type RunResult, spawnHeadless } from '../../helpers/headless';
import { seeded } from '../../helpers/random';
import { until } from '../../helpers/until';
import { startWorld, type World } from '../../helpers/world';

const TRIALS = 50;
let world: World;
let root: string;
let crashed: string;

const alive = (c: ChildProcess) => c.exitCode === null && c.signalCode === null;

beforeAll(async () => {
  world = await startWorld();
  root = await mkdtemp(path.join(tmpdir(), 'ipwatch-crashed-starts-'));
  crashed = path.join(root, 'crashed');
  await mkdir(crashed);
  // The world's settings: no request leaves the machine, one family, no API.
  const settings = world.settings({ monitor: { intervalSec: 3600, ipv6: false, networkWatch: false } });
  await writeFile(path.join(crashed, 'settings.json'), JSON.stringify(settings));
  // The runner that crashes: killed with SIGKILL once it holds the folder, its lock left behind.
  const victim = spawnHeadless(['--data-dir', crashed]);
  await until(async () => (await readLockOwner(crashed))?.pid === victim.pid, {
    timeoutMs: 30_000,
    what: 'the first runner holding its folder',
  });
  victim.kill('SIGKILL');
  await new Promise((r) => victim.once('exit', r));
  if (!(await readLockOwner(crashed))) throw new Error('the killed runner left no lock');
}, 60_000);
afterAll(async () => {
  await world?.close();
  await rm(root, { recursive: true, force: true });
});

describe('two runners started at once on a crashed folder', () => {
  it(`leave one runner in each of ${TRIALS} trials, the other refused in words naming it`, async () => {
    const { random } = seeded('two runners on a crashed folder');
    const firstWins: boolean[] = [];
    const started = Date.now();
    for (let trial = 0; trial < TRIALS; trial++) {
      const dir = path.join(root, `trial-${trial}`);
      await cp(crashed, dir, { recursive: true });
      const gapMs = Math.floor(random() * 30);
      const runners = [spawnHeadless(['--data-dir', dir])];
      await new Promise((r) => setTimeout(r, gapMs));
      runners.push(spawnHeadless(['--data-dir', dir]));
      const results = runners.map((c) => collect(c, 60_000));
      // Whichever is refused exits; with two holders neither would, and this wait fails.
      const refused: RunResult & { i: number } = await Promise.race(
        results.map((p, i) => p.then((r) => ({ ...r, i }))),
      );
      const winner = runners[1 - refused.i]!;
      expect({ trial, gapMs, code: refused.code }).toEqual({ trial, gapMs, code: 1 });
      expect(refused.stderr).toContain(`is in use by IPWatch (monitor, pid ${winner.pid} `);
      expect({ trial, winnerAlive: alive(winner) }).toEqual({ trial, winnerAlive: true });
      expect((await readLockOwner(dir))?.pid).toBe(winner.pid);
      firstWins.push(refused.i === 1);
      // Ended at once: the clean stop is runner-stop's matter, and the next trial has its own folder.
      winner.kill('SIGKILL');
      await results[1 - refused.i];
      await rm(dir, { recursive: true, force: true });
    }
    console.log(`${TRIALS} trials of two runners took ${Date.now() - started} ms`);
    // Both orders happened: the starts did interleave.
    expect(new Set(firstWins).size).toBe(2);
  }, 240_000);
});
