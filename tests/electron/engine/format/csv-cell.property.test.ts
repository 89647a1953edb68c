/**
 * csvCell (electron/engine/format/csv-cell.ts) against a strict RFC 4180 reader of the tests' own
 * (tests/helpers/csv-reader.ts): any line of cells reads back as the same cells, a text a
 * spreadsheet would run behind a leading single quote and every other text as it was, so no text
 * cell read back begins with = + - @, a tab or a carriage return; typed numbers read back as the
 * same numbers (a negative one keeps its minus: a spreadsheet reads a number, not a formula).
 * Seeded (tests/helpers/properties.ts prints the seed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { csvCell } from '../../../../electron/engine/format/csv-cell';
import { readCsv } from '../../../helpers/csv-reader';
import { propertyRun } from '../../../helpers/properties';

/** The characters that make a spreadsheet run a cell, written out here on their own (OWASP). */
const RUNS = ['=', '+', '-', '@', '\t', '\r'];

/** Texts built of the characters that matter (formula starts, quotes, separators, line breaks) and any others. */
const text = fc.oneof(
  fc
    .array(fc.constantFrom(...RUNS, '\n', '"', ',', "'", ' ', 'a', '1', 'é', '😀', '('), { maxLength: 12 })
    .map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);
const cell = fc.oneof(
  text,
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constant(null),
);

/** What a spreadsheet should hold for `value`: the oracle, from the rule alone. */
function stored(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return value !== '' && RUNS.includes(value.charAt(0)) ? `'${value}` : value;
}

describe('csvCell', () => {
  it('reads back as the cell, no text beginning as a formula', () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 8 }), (cells) => {
        const [record, ...rest] = readCsv(`${cells.map(csvCell).join(',')}\r\n`);
        expect(rest).toEqual([]);
        expect(record).toEqual(cells.map(stored));
        cells.forEach((c, i) => {
          if (typeof c === 'string') expect(RUNS).not.toContain(record![i]!.charAt(0));
          if (typeof c === 'number') expect(Number(record![i]) === c, String(c)).toBe(true);
        });
      }),
      propertyRun('csvCell reads back'),
    );
  });

  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['-2+3', `"'-2+3"`],
    ['\t=1', `"'\t=1"`],
    ['a,b', '"a,b"'],
    ['2001:db8::1', '2001:db8::1'],
    [-5, '-5'],
    [null, ''],
  ] as const)('writes %j as %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });
});
