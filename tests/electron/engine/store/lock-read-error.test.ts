/**
 * A held lock that cannot be read is not a lost lock (issue 73). A child process holds a data
 * folder's lock (the real data-lock.ts, staleMs 2000: it reads its lock every second); the test
 * then lowers the child's open-file limit with prlimit(1) to its lowest free descriptor, so every
 * open in it fails with EMFILE as under a flood of connections, while stat and utimes still work.
 * The child must say so in words, keep its lock fresh and keep holding it; once the limit is back
 * it reads its lock again. Before the fix it read EMFILE as an empty lock, took the lock for
 * another process's and gave it up (onLost: the runner stopped without saving).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { LOCK_FILE, readLockOwner } from '../../../../electron/engine/store/data-lock';
import { jsonLines } from '../../../helpers/headless';
import { until } from '../../../helpers/until';
import { tempDir } from './helpers';

const DATA_LOCK = new URL('../../../../electron/engine/store/data-lock.ts', import.meta.url).pathname;
/** Holds the lock of the folder given, logging each line as JSON; a lost lock ends it with 3. */
const holder = `
  const { acquireDataLock } = await import(${JSON.stringify(DATA_LOCK)});
  const say = (o) => process.stdout.write(JSON.stringify(o) + '\\n');
  const log = (level) => (msg, fields) => say({ type: 'log', level, msg, ...fields });
  const logger = { error: log('error'), warn: log('warn'), info: log('info'), debug() {} };
  const onLost = (err) => { say({ type: 'lost', error: err.message }); process.exit(3); };
  await acquireDataLock(process.argv[1], { logger, role: 'monitor', staleMs: 2000, onLost });
  say({ type: 'held' });
  setInterval(() => undefined, 1000);`;

/** The lowest descriptor number `pid` has free: with its limit there, every open fails with EMFILE. */
function lowestFreeFd(pid: number): number {
  const used = new Set(readdirSync(`/proc/${pid}/fd`).map(Number));
  let fd = 0;
  while (used.has(fd)) fd++;
  return fd;
}

const prlimit = (pid: number, soft: number | string, hard: number | string) =>
  execFileSync('prlimit', ['--pid', String(pid), `--nofile=${soft}:${hard}`]);

let child: ChildProcess | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

describe('a held lock that cannot be read', () => {
  it('is said in words, kept fresh and kept, never taken as lost (EMFILE through a real open-file limit)', async () => {
    const dir = await tempDir();
    child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', holder, dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const lines = jsonLines(child);
    await lines.until((l) => l.type === 'held', 20_000);
    const pid = child.pid!;
    const [soft, hard] = execFileSync('prlimit', [
      '--pid',
      String(pid),
      '--nofile',
      '--raw',
      '--noheadings',
      '-o',
      'SOFT,HARD',
    ])
      .toString()
      .trim()
      .split(/\s+/);
    prlimit(pid, lowestFreeFd(pid), hard!);
    const said = await lines.until((l) => l.type === 'lost' || (l.type === 'log' && l.level === 'warn'), 10_000);
    expect(said, stderr).toMatchObject({
      msg: 'the data folder lock cannot be read now; this runner still holds it and reads it again',
      error: `cannot read the data folder lock ${join(dir, LOCK_FILE)}: this runner has too many files open`,
    });
    // It goes on reading it (and touching it, which needs no open file): two rounds more, still held.
    const lock = join(dir, LOCK_FILE);
    const touched = statSync(lock).mtimeMs;
    await until(() => statSync(lock).mtimeMs >= touched + 1_500, { what: 'the lock touched again while unreadable' });
    expect(child.exitCode).toBeNull();
    prlimit(pid, soft!, hard!);
    await lines.until((l) => l.type === 'lost' || (l.type === 'log' && l.level === 'info'), 10_000);
    expect(lines.lines.some((l) => l.type === 'lost')).toBe(false);
    expect(child.exitCode).toBeNull();
    expect((await readLockOwner(dir))?.pid).toBe(pid);
  }, 40_000);
});
