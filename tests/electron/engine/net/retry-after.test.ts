import { describe, expect, it } from 'vitest';

import { parseRetryAfter } from '../../../../electron/engine/net/retry-after';

describe('parseRetryAfter (sources and channels alike)', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');
  it.each<[string, string | string[] | undefined, number | undefined]>([
    ['seconds', '30', 30_000],
    ['zero', '0', 0],
    ['padded', ' 5 ', 5_000],
    ['fractional seconds', '1.5', 1_500],
    ['HTTP date ahead (IMF-fixdate)', 'Wed, 01 Jan 2025 00:02:00 GMT', 120_000],
    ['HTTP date ahead (RFC 850)', 'Wednesday, 01-Jan-25 00:00:30 GMT', 30_000],
    ['HTTP date ahead (asctime)', 'Wed Jan  1 00:00:10 2025', 10_000],
    ['HTTP date in the past', 'Tue, 31 Dec 2024 23:00:00 GMT', 0],
    ['first of repeated headers', ['7', '9'], 7_000],
    ['absent', undefined, undefined],
    ['empty', '', undefined],
    ['garbage', 'soon', undefined],
    // Date.parse('-5') is a date in 2001: it must not be read as "retry at once".
    ['negative', '-5', undefined],
    ['exponent', '1e3', undefined],
    ['number with unit', '5s', undefined],
  ])('%s', (_name, value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});
