import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';

import { parseDate, wholeNumber } from '../../../electron/headless/cli-args';

describe('parseDate', () => {
  it.each([
    ['2025-03-01', false, Date.UTC(2025, 2, 1)],
    ['2025-03-01', true, Date.UTC(2025, 2, 2) - 1],
    ['2024-02-29', false, Date.UTC(2024, 1, 29)],
    ['2025-03-01T12:30:00Z', false, Date.UTC(2025, 2, 1, 12, 30)],
    ['2025-03-01T12:30Z', false, Date.UTC(2025, 2, 1, 12, 30)],
    ['2025-03-01T12:30:00.250Z', false, Date.UTC(2025, 2, 1, 12, 30, 0, 250)],
    ['2025-03-01T12:30:00+02:00', false, Date.UTC(2025, 2, 1, 10, 30)],
    ['2025-03-01 12:30:00Z', false, Date.UTC(2025, 2, 1, 12, 30)],
    ['1740787200000', false, 1740787200000],
    ['0', false, 0],
  ])('%s (end of day: %s) is %d', (text, endOfDay, expected) => {
    expect(parseDate(text, endOfDay)).toBe(expected);
  });

  it.each([
    '2025-02-30',
    '2023-02-29',
    '2025-13-01',
    '2025-00-10',
    '2025-04-31',
    '2025-02-30T10:00:00Z',
    '2025-03-01T24:00:00Z',
    '2025-03-01T12:60:00Z',
    '2025-03-01T12:00:61Z',
    '2025-03-01T12:00:00+25:00',
    'March 1, 2025',
    'yesterday',
    '',
    '99999999999999999999',
  ])('refuses %j, naming it', (text) => {
    expect(() => parseDate(text)).toThrow(InvalidArgumentError);
    expect(() => parseDate(text)).toThrow(`not a valid date: ${text}`);
  });
});

describe('wholeNumber', () => {
  const limit = wholeNumber(1, 1000);
  it.each([
    ['1', 1],
    ['1000', 1000],
    ['50', 50],
  ])('%s -> %d', (text, n) => expect(limit(text)).toBe(n));

  it.each(['0', '1001', '100000', '-1', '2.5', 'ten', '', '1e3'])('refuses %j with the allowed range', (text) => {
    expect(() => limit(text)).toThrow(`must be a whole number from 1 to 1000, got ${text}`);
  });

  it('states an open range as "N or more"', () => {
    expect(() => wholeNumber(0)('-3')).toThrow('must be a whole number 0 or more, got -3');
    expect(wholeNumber(0)('123456789')).toBe(123456789);
  });
});
