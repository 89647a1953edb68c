/**
 * Why a chart has nothing to draw, in words a person can act on: a chart that is only empty
 * says so, one that is empty for a reason (history imported with addresses only, sources that
 * never answered) says the reason. Null when there is something to draw. Pure.
 */
import type { StatsReport } from '../api/types';

/** What else the page knows about the period: how many addresses its history holds. */
export interface PeriodFacts {
  addresses: number;
}

export function changesEmpty(report: StatsReport, facts: PeriodFacts): string | null {
  if (report.changes.total > 0) return null;
  if (facts.addresses === 0) return 'No changes in this period: no address was recorded.';
  return 'No changes in this period: no address replaced another (the first address seen is not a change).';
}

export function uptimeEmpty(report: StatsReport, facts: PeriodFacts): string | null {
  if (report.uptime.perDay.some((d) => d.percent !== null)) return null;
  // Addresses without monitored time: a history imported from another tool, which kept no checks.
  if (facts.addresses > 0)
    return 'Uptime per day needs checks made by IPWatch: the days in this period have imported addresses only.';
  return 'Nothing monitored in this period yet.';
}

/** `lines`: how many sources have an answer time to draw. */
export function latencyEmpty(report: StatsReport, lines: number, facts: PeriodFacts): string | null {
  if (lines > 0) return null;
  if (report.sources.some((s) => s.fail > 0 || s.hours.some((h) => h.fail > 0)))
    return 'No source answered in this period, so there is no answer time to draw.';
  if (facts.addresses > 0)
    return 'Source latency needs checks made by IPWatch: the history of this period has imported addresses only.';
  return 'No hourly source figures in this period.';
}

/** A day of the uptime chart without a figure: why. */
export const notMonitored = (facts: PeriodFacts): string =>
  facts.addresses > 0 ? 'not monitored (imported days have addresses only)' : 'not monitored';
