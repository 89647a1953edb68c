import { describe, expect, it } from 'vitest';

import { formatUptime } from '../../renderer/src/format';
import { BEAT_OF, checksSummary } from '../../renderer/src/pages/insight-view';

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
    expect(formatUptime(percent)).toBe(text);
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
  ] as const)('%s shows as %s', (result, kind) => {
    expect(BEAT_OF[result]).toBe(kind);
  });

  it.each([
    [[], 'no checks yet'],
    [['unchanged', 'confirmed', 'unchanged'], '3 ok'],
    [['unavailable', 'unchanged', 'changed', 'unavailable'], '1 ok, 1 changed, 2 failed'],
  ] as const)('%j sums up as %s', (results, text) => {
    expect(checksSummary(results.map((result) => ({ result })))).toBe(text);
  });
});
