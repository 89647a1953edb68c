/**
 * One CSV cell, as every CSV IPWatch writes has it (RFC 4180, and OWASP's CSV injection rule):
 * a text that a spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a carriage
 * return) gets a leading single quote and is quoted, so it opens as the text it is; a text with a
 * quote, comma or line break is quoted, its quotes doubled. Typed numbers are written as numbers:
 * a spreadsheet reads a number, never a formula, from them (the history's numeric columns, family
 * and checks, are never negative anyway). Pure.
 */

/** The first characters that make a spreadsheet read a cell as a formula (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (FORMULA_START.test(value)) return `"'${value.replace(/"/g, '""')}"`;
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
