import { describe, expect, it } from 'vitest';

import { formatUptime } from '../../renderer/src/format';
import { BEAT_OF, beatsOf, checksSummary } from '../../renderer/src/pages/insight-view';
import { english } from '../../shared/i18n/translators';

describe('formatUptime', () => {
  it.each([
    [null, '—'],
    [100, '100 %'],
    [99.999, '99.99 %'],
    [99.95, '99.95 %'],
    [95.833, '95.83 %'],
    [95.83, '95.83 %'],
    [0, '0.00 %'],
  ])('%s reads %s', (percent, text) => {
    expect(formatUptime(percent, english)).toBe(text);
  });
});

describe('recent checks', () => {
  it.each([
    ['unchanged', 'ok'],
    ['confirmed', 'ok'],
    ['changed', 'changed'],
    ['uncertain', 'uncertain'],
    ['unavailable', 'failed'],
    ['disabled', 'off'],
    ['no-source', 'unmonitored'],
  ] as const)('%s shows as %s', (result, kind) => {
    expect(BEAT_OF[result]).toBe(kind);
  });

  it.each([
    [[], 'no checks yet'],
    [['unchanged', 'confirmed', 'unchanged'], '3 ok'],
    [['unavailable', 'unchanged', 'changed', 'unavailable'], '1 ok, 1 changed, 2 failed'],
  ] as const)('%j sums up as %s', (results, text) => {
    const checks = results.map((result, at) => ({ at, result }));
    expect(checksSummary(beatsOf(checks, { firstCheckAt: 0, sourcesNow: 2 }, english), english)).toBe(text);
  });
});

describe('beatsOf: a check with no source set up is not monitored, never a failure', () => {
  type R = 'unchanged' | 'unavailable' | 'uncertain' | 'no-source';
  const N = 'no-source';
  const U = 'unavailable';
  it.each<[string, R[], number | null, number, string]>([
    ['never monitored, no source now', [U, U, U], null, 0, 'unmonitored,unmonitored,unmonitored'],
    ['never monitored, a source added since', [U, U, U], null, 2, 'unmonitored,unmonitored,unmonitored'],
    ['sources removed after answers: the checks since', ['unchanged', U, U], 0, 0, 'ok,unmonitored,unmonitored'],
    ['an outage with sources', ['unchanged', U, U], 0, 2, 'ok,failed,failed'],
    [
      'before the last other result, with no source now: unknown, kept',
      [U, 'uncertain', U],
      0,
      0,
      'failed,uncertain,unmonitored',
    ],
    // The store now says no-source for a check that sent no request: never a failure, whatever came before.
    ['no-source, kept as such', ['unchanged', N, N], 0, 2, 'ok,unmonitored,unmonitored'],
    ['no-source with sources since: still not monitored then', [N, N, 'unchanged'], 0, 1, 'unmonitored,unmonitored,ok'],
    [
      'old rows before a no-source one: nothing says, kept',
      ['unchanged', U, N, 'unchanged', U],
      0,
      0,
      'ok,failed,unmonitored,ok,failed',
    ],
  ])('%s', (_name, results, firstCheckAt, sourcesNow, want) => {
    const beats = beatsOf(
      results.map((result, at) => ({ at, result })),
      { firstCheckAt, sourcesNow },
      english,
    );
    expect(beats.map((b) => b.kind).join()).toBe(want);
    for (const b of beats)
      expect(b.words).toBe(
        b.kind === 'unmonitored'
          ? 'not monitored: no source'
          : b.kind === 'failed'
            ? 'failed: no source answered'
            : b.words,
      );
  });
});
