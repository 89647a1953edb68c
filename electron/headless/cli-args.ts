/**
 * Parsers for command-line values. Each refuses what it cannot take exactly, naming the
 * value and what is allowed, instead of guessing: 2025-02-30 is not 2 March, and a --limit
 * outside its range is not quietly clamped. They throw commander's InvalidArgumentError,
 * so the message names the option and the exit code is 2.
 */
import { InvalidArgumentError } from 'commander';

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|([+-])(\d{2}):?(\d{2}))?$/i;

/** True when year-month-day exists in the calendar (no 30 February, no month 13). */
function isCalendarDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(2000, m - 1, d));
  t.setUTCFullYear(y);
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * "2025-03-01" (UTC midnight; the last millisecond of that day when `endOfDay`), an ISO
 * date-time ("2025-03-01T12:00:00Z"; local time without a zone), or epoch ms.
 */
export function parseDate(text: string, endOfDay = false): number {
  const bad = () =>
    new InvalidArgumentError(`not a valid date: ${text} (use 2025-03-01, 2025-03-01T12:00:00Z or epoch ms)`);
  const t = text.trim();
  if (/^\d+$/.test(t)) {
    const n = Number(t);
    if (!Number.isSafeInteger(n)) throw bad();
    return n;
  }
  const day = DATE.exec(t);
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    if (!isCalendarDay(y, m, d)) throw bad();
    const start = Date.parse(`${t}T00:00:00Z`);
    return endOfDay ? start + DAY_MS - 1 : start;
  }
  const dt = DATE_TIME.exec(t);
  if (!dt) throw bad();
  const [y, mo, d, h, mi, s, , oh, om] = dt.slice(1).map((v) => (v === undefined ? 0 : Number(v)));
  const timeOk = h! <= 23 && mi! <= 59 && s! <= 59 && oh! <= 23 && om! <= 59;
  if (!timeOk || !isCalendarDay(y!, mo!, d!)) throw bad();
  const ms = Date.parse(t.replace(' ', 'T'));
  if (!Number.isFinite(ms)) throw bad();
  return ms;
}

/** A parser for a whole-number option that must lie in [min, max]. */
export function wholeNumber(min: number, max: number = Number.MAX_SAFE_INTEGER): (text: string) => number {
  return (text) => {
    const n = /^\s*-?\d+\s*$/.test(text) ? Number(text) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
      throw new InvalidArgumentError(`must be a whole number ${range}, got ${text}`);
    }
    return n;
  };
}
