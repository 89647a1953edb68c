/**
 * The days, ISO weeks (from Monday) and months the stats count in: UTC by default, so figures
 * agree between machines, or a zone's wall clock when asked (the Charts page asks for its
 * reader's, so a bar of "25 Nov" runs from that person's midnight to the next). A zone's day
 * is 23 or 25 hours across a clock change. Pure apart from Intl.
 */
import { zoneOffset } from '../../../shared/time-zone';
import { DAY_MS } from './context';

/** Year, month (1-12) and day of a UTC day number, without a Date (H. Hinnant's civil_from_days). */
function civil(n: number): [number, number, number] {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, doy - Math.floor((153 * mp + 2) / 5) + 1];
}
const pad = (n: number) => String(n).padStart(2, '0');
const DAY_OF_MONTH = Array.from({ length: 32 }, (_, d) => pad(d));
const daysIn = (y: number, m: number) =>
  m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
/** The month of the last label: days in a row (a period's buckets) need no civil() each. */
let month = { first: 0, end: 0, prefix: '' };
/** `YYYY-MM-DD` of the UTC day holding `t`. */
export const isoDay = (t: number) => {
  const n = Math.floor(t / DAY_MS);
  if (n < month.first || n >= month.end) {
    const [y, m, d] = civil(n);
    const first = n - d + 1;
    month = { first, end: first + daysIn(y, m), prefix: `${y}-${pad(m)}-` };
  }
  return month.prefix + DAY_OF_MONTH[n - month.first + 1]!;
};

export interface Calendar {
  dayStart(t: number): number;
  nextDay(start: number): number;
  weekStart(t: number): number;
  nextWeek(start: number): number;
  monthStart(t: number): number;
  nextMonth(start: number): number;
  /** `YYYY-MM-DD` of the day holding `t`. */
  dayLabel(t: number): string;
  /** Days and weeks all 24 h and 7 d long (UTC): a bucket is found by arithmetic, not a lookup. */
  fixed: boolean;
}

/** 1970-01-01 was a Thursday: day n is (n + 3) % 7 days after a Monday. */
const monday = (n: number) => n - ((((n + 3) % 7) + 7) % 7);

/** The calendar of a zone (an IANA name; UTC when absent). */
export function calendarOf(tz?: string): Calendar {
  const utc = !tz || tz === 'UTC' || tz === 'Etc/UTC';
  const wall = (t: number) => (utc ? t : t + zoneOffset(tz, t));
  // A wall-clock time back to an instant: the offset an hour either side settles a clock change.
  const instant = (w: number) => (utc ? w : w - zoneOffset(tz, w - zoneOffset(tz, w)));
  const day = (t: number) => Math.floor(wall(t) / DAY_MS);
  const monthOf = (t: number) => civil(day(t));
  return {
    dayStart: (t) => instant(day(t) * DAY_MS),
    nextDay: (s) => instant((day(s) + 1) * DAY_MS),
    weekStart: (t) => instant(monday(day(t)) * DAY_MS),
    nextWeek: (s) => instant((monday(day(s)) + 7) * DAY_MS),
    monthStart: (t) => {
      const [y, m] = monthOf(t);
      return instant(Date.UTC(y, m - 1, 1));
    },
    nextMonth: (s) => {
      const [y, m] = monthOf(s);
      return instant(Date.UTC(y, m, 1));
    },
    dayLabel: (t) => isoDay(wall(t)),
    fixed: utc,
  };
}
