/**
 * The Charts page's periods, and the one it opens on: the smallest that holds all the data, so
 * a fresh install's minutes of figures fill a day's axis instead of a sliver of a month. Pure.
 *
 * | oldest data (before now)          | opens on      |
 * |-----------------------------------|---------------|
 * | none yet (the first check to come)| Last 24 hours |
 * | up to 24 h (a fresh install)      | Last 24 hours |
 * | over 24 h, up to 7 d              | Last 7 days   |
 * | over 7 d, up to 30 d              | Last 30 days  |
 * | over 30 d (a year, imported years)| Last year     |
 *
 * The oldest data is the first address IPv4 or IPv6 held (a run's first sighting): every check
 * that found an address is in a run, imported history too.
 */
import type { MessageId } from '../../../shared/i18n/translator';

const DAY = 86_400_000;

export interface Period {
  days: number;
  /** As the picker says it ("Last 24 hours"). */
  label: MessageId;
  /** As a sentence says it ("the last 24 hours"). */
  phrase: MessageId;
}

/** The periods the page offers, smallest first. */
export const PERIODS: readonly Period[] = [
  { days: 1, label: 'web.charts.period.day', phrase: 'web.charts.period.day.phrase' },
  { days: 7, label: 'web.charts.period.week', phrase: 'web.charts.period.week.phrase' },
  { days: 30, label: 'web.charts.period.month', phrase: 'web.charts.period.month.phrase' },
  { days: 365, label: 'web.charts.period.year', phrase: 'web.charts.period.year.phrase' },
];

/** Days of the smallest period reaching back to `oldest` (epoch ms, null: no data yet); the largest when none does. */
export function defaultPeriodDays(oldest: number | null, now: number): number {
  if (oldest === null) return PERIODS[0]!.days;
  const held = PERIODS.find((p) => now - p.days * DAY <= oldest);
  return (held ?? PERIODS[PERIODS.length - 1]!).days;
}
