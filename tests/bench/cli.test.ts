import { describe, expect, it } from 'vitest';

import { type Check, atLeast, atMost, formatChecks } from '../../bench/check';
import { parseArgs, verdict } from '../../bench/cli';

const SUITES = ['engine', 'store', 'notify'];

describe('bench parseArgs', () => {
  it.each([
    { argv: [], names: SUITES, check: false },
    { argv: ['--check'], names: SUITES, check: true },
    { argv: ['store', '--check'], names: ['store'], check: true },
    { argv: ['--check', 'notify', 'store'], names: ['notify', 'store'], check: true },
    { argv: ['store', 'store'], names: ['store'], check: false },
  ])('$argv selects $names, check $check', ({ argv, names, check }) => {
    expect(parseArgs(argv, SUITES)).toEqual({ names, check });
  });

  it.each([
    { argv: ['store', '--soak-minutes', '2', '--check'], soakMinutes: 2 },
    { argv: ['--soak-minutes=0.5', 'store'], soakMinutes: 0.5 },
  ])('$argv takes the soak length', ({ argv, soakMinutes }) => {
    expect(parseArgs(argv, SUITES)).toStrictEqual({ names: ['store'], check: argv.includes('--check'), soakMinutes });
  });

  it.each([
    { argv: ['stroe'], error: /unknown suite "stroe"/ },
    { argv: ['--chek'], error: /unknown option "--chek"/ },
    { argv: ['--soak-minutes'], error: /--soak-minutes needs a number/ },
    { argv: ['--soak-minutes', 'store'], error: /--soak-minutes needs a number/ },
    { argv: ['--soak-minutes=0'], error: /--soak-minutes needs a number/ },
  ])('refuses $argv', ({ argv, error }) => {
    expect(() => parseArgs(argv, SUITES)).toThrow(error);
  });
});

describe('bench checks', () => {
  it.each([
    { check: atMost('x', 5, 5, 'ms'), pass: true },
    { check: atMost('x', 5.01, 5, 'ms'), pass: false },
    { check: atMost('x', NaN, 5, 'ms'), pass: false },
    { check: atMost('x', Infinity, 5, 'ms'), pass: false },
    { check: atLeast('x', 60, 60, 'x'), pass: true },
    { check: atLeast('x', 59.9, 60, 'x'), pass: false },
  ])('$check.value against $check.target: pass $pass', ({ check, pass }) => {
    expect(check.pass).toBe(pass);
  });

  it('prints pass or MISS beside each figure', () => {
    const text = formatChecks('store', [atMost('save p50', 3.25, 5, 'ms'), atMost('size', 600_000, 524_288, 'B')]);
    expect(text.split('\n')).toEqual([
      'pass  store: save p50  3.25 ms  (<= 5 ms)',
      'MISS  store: size  600000 B  (<= 524288 B)',
    ]);
  });
});

describe('bench verdict', () => {
  const ok: Check = atMost('a', 1, 2, 'ms');
  const miss: Check = atMost('b', 3, 2, 'ms');
  it.each([
    { name: 'all pass, --check', suites: { store: [ok] }, check: true, code: 0 },
    { name: 'a miss, --check', suites: { store: [ok], notify: [miss] }, check: true, code: 1 },
    { name: 'a miss, no --check', suites: { store: [miss] }, check: false, code: 0 },
    { name: 'a suite with no checks, --check', suites: { store: [ok], engine: [] }, check: true, code: 1 },
  ])('$name: exit $code', ({ suites, check, code }) => {
    const v = verdict(new Map(Object.entries(suites)), check);
    expect(v.code).toBe(code);
    expect(v.text).toMatch(/^bench summary: /);
  });

  it('counts and lists the misses in the summary', () => {
    const { text } = verdict(new Map([['store', [ok, miss]]]), true);
    expect(text).toContain('1 of 2 checks pass, 1 MISS');
    expect(text).toContain('MISS  store: b  3 ms  (<= 2 ms)');
  });
});
