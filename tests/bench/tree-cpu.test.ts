import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { parseStatTimes, treeCpuMs } from '../../bench/lab/tree-cpu';
import { until } from '../helpers/until';

/** A /proc/<pid>/stat line (proc(5)) with `comm` and the four times; the other fields as a kernel writes them. */
const stat = (comm: string, utime: number, stime: number, cutime: number, cstime: number) =>
  `4242 (${comm}) S 1 4242 4242 0 -1 4194560 1200 0 0 0 ${utime} ${stime} ${cutime} ${cstime} 20 0 11 0 123456 1097854976 20000 18446744073709551615 1 1 0 0 0 0 0 16781312 134235650 0 0 0 17 1 0 0 0 0 0\n`;

describe('parseStatTimes', () => {
  it.each([
    { what: 'a plain name', line: stat('node', 120, 30, 4, 1), own: 150, reaped: 5 },
    { what: 'a name with a space', line: stat('MainThread x', 7, 3, 0, 0), own: 10, reaped: 0 },
    { what: 'a name with ") (" in it', line: stat('a) (b', 1, 2, 3, 4), own: 3, reaped: 7 },
    { what: 'a thread pool name', line: stat('node-MainThread', 0, 0, 0, 0), own: 0, reaped: 0 },
  ])('$what: own $own, reaped $reaped ticks', ({ line, own, reaped }) => {
    expect(parseStatTimes(line)).toEqual({ own, reaped });
  });

  it.each(['', 'garbage', '4242 (node) S 1 2'])('refuses %j', (line) => {
    expect(() => parseStatTimes(line)).toThrow(/not a \/proc\/<pid>\/stat line/);
  });
});

describe.runIf(process.platform === 'linux')('treeCpuMs', () => {
  it('reads a process and the child it started, the root first', async () => {
    // A shell that starts a sleeping child, says its pid and waits on it: a tree of two.
    const sh = spawn('sh', ['-c', 'sleep 30 & echo $!; wait'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let kid = 0;
    try {
      const line = await new Promise<string>((resolve, reject) => {
        sh.stdout.once('data', (b: Buffer) => resolve(b.toString()));
        sh.once('error', reject);
      });
      kid = Number(line.trim());
      // The child is a forked shell until it execs sleep; the kernel renames it (comm) at exec.
      await until(() => readFileSync(`/proc/${kid}/comm`, 'utf8') === 'sleep\n', { what: 'the child to exec sleep' });
      const tree = treeCpuMs(sh.pid!);
      expect(tree.parts.map((p) => p.comm)).toEqual(['sh', 'sleep']);
      expect(tree.parts.map((p) => p.pid)).toEqual([sh.pid, kid]);
      expect(tree.ms).toBe(tree.parts.reduce((a, p) => a + p.ms, 0));
      expect(tree.threadsMs).toBeGreaterThanOrEqual(0);
    } finally {
      if (kid) process.kill(kid, 'SIGKILL');
      sh.kill('SIGKILL');
    }
  });
});
