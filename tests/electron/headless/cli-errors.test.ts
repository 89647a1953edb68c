/**
 * The headless CLI's one error path, through the real runner: every failure is one
 * `ipwatch: ...` line, exit 2 for a wrong request and 1 for a failed operation.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { runHeadless } from '../../helpers/headless';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const cli = (...args: string[]) => runHeadless(['--data-dir', dir, ...args]);
/** One line, in the house form. */
const ONE_LINE = /^ipwatch: [^\n]+\n$/;
/** The error lines among the log lines (logs have their own form: time, level, scope). */
const errorLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('ipwatch: '));

describe('headless CLI errors', () => {
  it('names an unknown command and lists the valid ones (exit 2)', async () => {
    const r = await cli('histroy');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(ONE_LINE);
    expect(r.stderr).toContain('unknown command "histroy"');
    for (const name of [
      'history',
      'stats',
      'export',
      'backup',
      'restore',
      'import',
      'repair',
      'audit',
      'notify-test',
    ]) {
      expect(r.stderr).toContain(name);
    }
  });

  it('refuses impossible dates and out-of-range limits, naming the value (exit 2)', async () => {
    const cases: [string[], string][] = [
      [['history', '--from', '2025-02-30'], '2025-02-30'],
      [['stats', '--to', '2025-04-31T10:00:00Z'], '2025-04-31T10:00:00Z'],
      [['history', '--limit', '100000'], 'from 1 to 1000, got 100000'],
      [['history', '--limit', '0'], 'from 1 to 1000, got 0'],
      [['audit', '--limit', '0'], 'from 1 to 1000, got 0'],
      [['history', '--nope'], "unknown option '--nope'"],
    ];
    for (const [args, text] of cases) {
      const r = await cli(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(ONE_LINE);
      expect(r.stderr, args.join(' ')).toContain(text);
    }
  }, 60_000);

  it('restore of a file that is not a database names the file (exit 1)', async () => {
    const bogus = path.join(dir, 'notes.txt');
    await writeFile(bogus, 'not a database at all '.repeat(100));
    const r = await cli('restore', bogus);
    expect(r.code).toBe(1);
    expect(errorLines(r.stderr)).toEqual([expect.stringContaining(`cannot restore from ${bogus}: `)]);
  });

  it('gives every command the same exit code for the same kind of error', async () => {
    await writeFile(path.join(dir, 'settings.json'), '{"monitor":{"quorum":0}}');
    for (const args of [['history'], ['audit'], ['stats'], ['notify-test', 'x']]) {
      const r = await cli(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/^ipwatch: invalid settings/);
      expect(r.stderr, args.join(' ')).toContain('monitor.quorum');
    }
  }, 60_000);

  it('read-only commands report a damaged history (exit 1), leave it in place, and repair fixes it', async () => {
    await writeFile(path.join(dir, 'history.sqlite'), randomBytes(5000));
    for (const args of [['history'], ['audit'], ['stats'], ['export', '--format', 'csv']]) {
      const r = await cli(...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr, args.join(' ')).toMatch(/^ipwatch: the history file .* is damaged .*ipwatch repair/);
    }
    expect((await readdir(dir)).filter((n) => n.includes('.corrupt-'))).toEqual([]);
    const repaired = await cli('repair');
    expect(repaired.code, repaired.stderr).toBe(0);
    expect(repaired.stdout).toMatch(/damaged .* kept as .*history\.sqlite\.corrupt-/);
    expect((await readdir(dir)).filter((n) => n.includes('.corrupt-'))).toHaveLength(1);
    const after = await cli('history', '--json');
    expect(after.code, after.stderr).toBe(0);
    expect((await cli('repair')).stdout).toMatch(/healthy/);
  }, 60_000);
});
