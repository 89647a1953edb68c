/**
 * removeStaleTemps (electron/engine/store/atomic-file.ts): a killed writer's temp file goes once
 * it is old; a live writer's stays, even when the wall clock was stepped forward a year and makes
 * every mtime look old, and a file with a future mtime (the clock set back) counts as new. The
 * writers are real processes: one that ran and exited, one that still runs.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { removeStaleTemps } from '../../../../electron/engine/store/atomic-file';

const MIN = 60_000;
const DAY = 86_400_000;
let dir: string;
let live: ChildProcess;
let gonePid: number;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ipwatch-temps-'));
  live = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1e6)'], { stdio: 'ignore' });
  const ended = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((r) => ended.once('exit', r));
  gonePid = ended.pid!;
});
afterAll(async () => {
  live.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

/** A temp of the history named for writer `pid`, its mtime `mtime` (epoch ms). */
async function temp(pid: number, mtime: number): Promise<string> {
  const name = `history.sqlite.tmp-${pid}-${Math.random().toString(16).slice(2, 8)}`;
  await writeFile(join(dir, name), 'half');
  await utimes(join(dir, name), new Date(mtime), new Date(mtime));
  return name;
}

describe('removeStaleTemps', () => {
  it.each([
    ['no step', 0],
    ['the wall clock set forward a year', 365 * DAY],
  ])('removes an old temp of a gone writer or of this process, keeps a live writer’s (%s)', async (_, step) => {
    const now = Date.now();
    const gone = await temp(gonePid, now - 10 * MIN);
    const mine = await temp(process.pid, now - 10 * MIN);
    const fresh = await temp(live.pid!, now);
    const removed = await removeStaleTemps(join(dir, 'history.sqlite'), now + step);
    expect(removed.sort()).toEqual([gone, mine].sort());
    expect(await readdir(dir)).toEqual([fresh]);
    await rm(join(dir, fresh));
  });

  it('keeps a fresh temp of a gone writer, and one whose mtime is ahead of the clock (set back a day)', async () => {
    const now = Date.now();
    const fresh = await temp(gonePid, now - 1000);
    const ahead = await temp(gonePid, now);
    expect(await removeStaleTemps(join(dir, 'history.sqlite'), now - DAY)).toEqual([]);
    expect(await removeStaleTemps(join(dir, 'history.sqlite'), now)).toEqual([]);
    expect((await readdir(dir)).sort()).toEqual([fresh, ahead].sort());
    for (const n of [fresh, ahead]) await rm(join(dir, n));
  });
});
