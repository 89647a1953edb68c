/** Whether a lock's owner is gone: the state read from /proc/PID/stat, and the check on real processes. */
import { spawn } from 'node:child_process';

import { describe, expect, it } from 'vitest';

import { isProcessGone, procStatState } from '../../../../electron/engine/store/owner-process';

describe('procStatState', () => {
  it.each([
    ['1234 (node) S 1 1234 1234 0 -1', 'S'],
    ['1234 (node) R 1 1234', 'R'],
    ['77 (sh) Z 1 77 77 0 -1 4227076', 'Z'],
    ['77 (kworker/0:1) X 2 0 0', 'X'],
    ['77 (old) x 2 0 0', 'x'],
    // The command name may hold spaces and parentheses: the state follows the last ')'.
    ['4321 (my (odd) prog) Z 1 4321', 'Z'],
    ['4321 (a) R (b)) S 1 4321', 'S'],
    ['4321 (x) D', 'D'],
    // Nothing to read.
    ['', null],
    ['4321 no parens S 1', null],
    ['4321 (x)', null],
    ['4321 (x) 12 1', null],
  ])('%j -> %j', (line, state) => {
    expect(procStatState(line)).toBe(state);
  });
});

describe('isProcessGone', () => {
  it('is false for a running process and true once it has exited and been reaped', async () => {
    expect(await isProcessGone(process.pid)).toBe(false);
    const child = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => child.on('exit', r));
    // Node reaps its own children: the pid is free now.
    expect(await isProcessGone(child.pid!)).toBe(true);
  });
});
