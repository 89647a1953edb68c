/**
 * The lock decided atomically (issue 59): two starts at once on a crashed folder (its lock left
 * by a process killed with SIGKILL) leave exactly one holder, however they interleave. Two real
 * processes take the real lock in each trial; a seeded spin before each start varies who goes
 * first and by how much. Before, the owner file was written after the lock, so the second could
 * read the dead owner beside the fresh lock and take it over: two holders in about 1 trial in 12.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readLockOwner } from '../../../../electron/engine/store/data-lock';
import { seeded } from '../../../helpers/random';
import { tempDir } from './helpers';

const DATA_LOCK = new URL('../../../../electron/engine/store/data-lock.ts', import.meta.url).pathname;
const TRIALS = 60;

/** A child that takes the lock of `go <dir> <spin ns>` and answers held or refused; `release` gives it up. */
const starterScript = `
  const { acquireDataLock } = await import(${JSON.stringify(DATA_LOCK)});
  const logger = { error() {}, warn() {}, info() {}, debug() {} };
  logger.child = () => logger;
  let held = null;
  const lines = (await import('node:readline')).createInterface({ input: process.stdin });
  for await (const line of lines) {
    const [word, dir, spin] = line.split(' ');
    if (word === 'go') {
      const end = process.hrtime.bigint() + BigInt(spin);
      while (process.hrtime.bigint() < end);
      try {
        held = await acquireDataLock(dir, { logger, role: 'monitor' });
        console.log('held');
      } catch (e) {
        console.log(e.name === 'DataLockedError' ? 'refused' : 'error ' + e.message);
      }
    } else if (word === 'release') {
      await held?.release();
      held = null;
      console.log('released');
    }
  }`;

interface Starter {
  child: ChildProcess;
  next(): Promise<string>;
  send(line: string): void;
}

function startStarter(): Starter {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', starterScript], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const waiting: ((line: string) => void)[] = [];
  const ready: string[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const w = waiting.shift();
    if (w) w(line);
    else ready.push(line);
  });
  return {
    child,
    next: () => (ready.length ? Promise.resolve(ready.shift()!) : new Promise((r) => waiting.push(r))),
    send: (line) => void child.stdin!.write(`${line}\n`),
  };
}

/** A data folder whose lock a process left when it was killed with SIGKILL, as the real lock leaves it. */
async function crashedFolder(): Promise<string> {
  const dir = await tempDir();
  const script = `
    const { acquireDataLock } = await import(${JSON.stringify(DATA_LOCK)});
    const logger = { error() {}, warn() {}, info() {}, debug() {} };
    await acquireDataLock(process.argv[1], { logger, role: 'monitor' });
    process.kill(process.pid, 'SIGKILL');`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, dir], {
    stdio: 'inherit',
  });
  await new Promise((r) => child.on('exit', r));
  if (!(await readLockOwner(dir))) throw new Error('the killed holder left no lock');
  return dir;
}

let starters: Starter[] = [];
let crashed: string;
beforeAll(async () => {
  crashed = await crashedFolder();
  starters = [startStarter(), startStarter()];
}, 60_000);
afterAll(() => {
  for (const s of starters) s.child.kill();
});

describe('two starts at once on a crashed folder', () => {
  it(`leave exactly one holder in each of ${TRIALS} trials`, async () => {
    const { random } = seeded('two starts on a crashed folder');
    const outcomes: string[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const dir = await tempDir();
      // A fresh copy each time: the lock just left by the dead process, its time now.
      await cp(crashed, dir, { recursive: true });
      for (const s of starters) s.send(`go ${dir} ${Math.floor(random() * 3_000_000)}`);
      const answers = await Promise.all(starters.map((s) => s.next()));
      outcomes.push(answers.join('+'));
      const holders = answers.filter((a) => a === 'held').length;
      expect({ trial, answers, holders }).toEqual({ trial, answers, holders: 1 });
      expect(await readLockOwner(join(dir))).toMatchObject({
        pid: starters[answers.indexOf('held')]!.child.pid,
      });
      for (const s of starters) s.send('release');
      await Promise.all(starters.map((s) => s.next()));
    }
    // Both orders happened: the trials did interleave.
    expect(new Set(outcomes).size).toBe(2);
  }, 120_000);
});
