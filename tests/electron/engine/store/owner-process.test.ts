/**
 * Whether a lock's owner is gone: the state and the start read from /proc/PID/stat, the decision
 * from what was read (a table), and the checks on real processes.
 */
import { spawn } from 'node:child_process';
import { hostname } from 'node:os';

import { describe, expect, it } from 'vitest';

import {
  isProcessGone,
  judgeOwner,
  type OwnerFacts,
  ownerStanding,
  processStart,
  procStatStartTicks,
  procStatState,
} from '../../../../electron/engine/store/owner-process';

const CAT = '12564 (cat) R 12560 12560 27015 0 -1 4194304 105 0 0 0 0 0 0 0 20 0 1 0 1267455 3133440 387';

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

describe('procStatStartTicks (field 22)', () => {
  it.each([
    [CAT, '1267455'],
    // The command name may hold spaces and parentheses: fields count from the last ')'.
    [CAT.replace('(cat)', '(a) 1 2 (b c)'), '1267455'],
    ['1 (init) S 0 1 1 0 -1 4194560 1 2 3 4 5 6 7 8 20 0 1 0 7', '7'],
    // Too short, not a number, nothing to read.
    ['12564 (cat) R 12560 12560 27015 0 -1', null],
    [CAT.replace('1267455', '12x'), null],
    ['', null],
    ['12564 cat R 1 2', null],
  ])('%j -> %j', (line, ticks) => {
    expect(procStatStartTicks(line)).toBe(ticks);
  });
});

describe('judgeOwner', () => {
  const facts = (f: Partial<OwnerFacts>): OwnerFacts => ({
    pidRuns: true,
    recorded: 'a',
    current: 'a',
    ours: false,
    ...f,
  });
  it.each<[string, Partial<OwnerFacts>, 'live' | 'gone']>([
    ['its pid runs with the start the lock names', {}, 'live'],
    ['its pid no longer runs', { pidRuns: false }, 'gone'],
    ['its pid is gone, whatever the start', { pidRuns: false, recorded: null, current: null }, 'gone'],
    ['its pid runs with another start (reused)', { current: 'b' }, 'gone'],
    ["this process's pid with another start (an earlier PID 1)", { ours: true, current: 'b' }, 'gone'],
    ["this process's pid with its own start (taken twice)", { ours: true }, 'live'],
    ['a lock without a start, another pid that runs (before this version)', { recorded: null }, 'live'],
    ["a lock without a start in this process's pid (an earlier process's)", { recorded: null, ours: true }, 'gone'],
    [
      "no start for this process's pid either (Windows): the safe side",
      { recorded: null, current: null, ours: true },
      'live',
    ],
    ['the start of the pid cannot be read now: the safe side', { current: null }, 'live'],
    ['neither start known, the pid runs', { recorded: null, current: null }, 'live'],
  ])('%s -> %s', (_, f, standing) => {
    expect(judgeOwner(facts(f))).toBe(standing);
  });
});

describe.runIf(process.platform === 'linux')('processStart and ownerStanding on real processes', () => {
  it("names this boot and a process's start: the same for the same process, another for another", async () => {
    const boot = (await import('node:fs/promises')).readFile('/proc/sys/kernel/random/boot_id', 'utf8');
    const mine = await processStart(process.pid);
    expect(mine).toMatch(new RegExp(`^linux ${(await boot).trim()} \\d+$`));
    expect(await processStart(process.pid)).toBe(mine);
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      const theirs = await processStart(child.pid!);
      expect([theirs, theirs === mine]).toEqual([expect.stringMatching(/^linux /), false]);
      const owner = { pid: child.pid!, host: hostname() };
      expect(await ownerStanding({ ...owner, start: theirs! })).toBe('live');
      // The same pid with another start is another process: a pid reused.
      expect(await ownerStanding({ ...owner, start: `${theirs!}1` })).toBe('gone');
      expect(await ownerStanding({ ...owner, host: 'elsewhere.invalid' })).toBe('elsewhere');
    } finally {
      const exited = new Promise((r) => child.on('exit', r));
      child.kill();
      await exited;
    }
    expect(await processStart(child.pid!)).toBeNull();
  });
});
