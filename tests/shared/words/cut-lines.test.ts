/**
 * Lines cut to fit a bounded field: whole lines while they fit, then how many were left out,
 * the whole within the limit.
 */
import { describe, expect, it } from 'vitest';

import { english } from '../../../shared/i18n/translators';
import { cutLines } from '../../../shared/words/cut-lines';

describe('cutLines', () => {
  it.each<[label: string, lines: string[], max: number, text: string]>([
    ['nothing', [], 100, ''],
    ['all that fit', ['aaaa', 'bbbb'], 100, 'aaaa\nbbbb'],
    ['the last left out, said to the letter of the limit', ['aaaa', 'bbbb', 'cccc'], 22, 'aaaa\nbbbb\n… and 1 more'],
    ['one character short: two left out', ['aaaa', 'bbbb', 'cccc'], 21, 'aaaa\n… and 2 more'],
    ['a first line too long for the field', ['x'.repeat(50), 'y'], 30, '… and 2 more'],
  ])('%s', (_label, lines, max, text) => {
    expect(cutLines(lines, max, english)).toBe(text);
  });

  it('stays within the limit however many lines there are', () => {
    const lines = Array.from({ length: 500 }, (_, i) => `line number ${i} of a long list`);
    for (const max of [60, 200, 1000]) {
      const text = cutLines(lines, max, english);
      expect(text.length).toBeLessThanOrEqual(max);
      expect(text).toMatch(/\n… and \d+ more$/);
    }
  });
});
