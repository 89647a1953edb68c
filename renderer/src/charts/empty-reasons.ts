/**
 * Why a chart has nothing to draw, in words a person can act on: each says what will fill it,
 * and where a control can do it now, names that control as it reads on screen ("Check now"
 * and "Run a speed test" on the dashboard, Settings' "Speed test" section; a test renders
 * them and finds each). A chart empty for a reason (history imported with addresses only,
 * sources that never answered, speed tests switched off) says the reason. Null when there is
 * something to draw. Pure.
 */
import type { SpeedStatus, SpeedTestResult } from '../../../shared/contract/speed';
import type { StatsReport } from '../api/types';

/** What else the page knows about the period: how many addresses its history holds, and when the history begins. */
export interface PeriodFacts {
  addresses: number;
  /** The first sighting of the oldest address (the first check that found one); null before any. */
  firstSeen: number | null;
}

/** The controls named, as their labels read. */
export const CONTROLS = {
  checkNow: { label: 'Check now', page: 'Dashboard' },
  runSpeedTest: { label: 'Run a speed test', page: 'Dashboard' },
  speedSettings: { label: 'Speed test', page: 'Settings' },
} as const;

const CHECK_NOW = `"${CONTROLS.checkNow.label}" on the dashboard runs one`;
const RUN_SPEED = `"${CONTROLS.runSpeedTest.label}" on the dashboard runs one`;
const SPEED_SETTINGS = `Settings, "${CONTROLS.speedSettings.label}"`;

export function addressesEmpty(facts: PeriodFacts): string | null {
  if (facts.addresses > 0) return null;
  return facts.firstSeen === null
    ? `No address recorded yet: the first check that finds one starts the history (${CHECK_NOW}).`
    : 'No address was recorded in this period: a longer period holds the older ones.';
}

export function changesEmpty(report: StatsReport, facts: PeriodFacts): string | null {
  if (report.changes.total > 0) return null;
  if (facts.addresses === 0) return 'No changes in this period: no address was recorded.';
  return 'No changes in this period: no address replaced another (the first address seen is not a change). A new address draws a bar here.';
}

export function uptimeEmpty(report: StatsReport, facts: PeriodFacts): string | null {
  if (report.uptime.perDay.some((d) => d.percent !== null)) return null;
  // Addresses without monitored time: a history imported from another tool, which kept no checks.
  if (facts.addresses > 0)
    return 'Uptime per day needs checks made by IPWatch: the days in this period have imported addresses only. Its own checks fill it from now on.';
  return `Nothing monitored in this period yet: each check while IPWatch monitors fills it (${CHECK_NOW}).`;
}

/** `lines`: how many sources have an answer time to draw. */
export function latencyEmpty(report: StatsReport, lines: number, facts: PeriodFacts): string | null {
  if (lines > 0) return null;
  if (report.sources.some((s) => s.fail > 0 || s.hours.some((h) => h.fail > 0)))
    return 'No source answered in this period, so there is no answer time to draw: the Sources card on the dashboard says why each failed.';
  if (facts.addresses > 0)
    return 'Source latency needs checks made by IPWatch: the history of this period has imported addresses only. Its own checks fill it from now on.';
  return `No source answer time in this period yet: each check adds one per source that answers (${CHECK_NOW}).`;
}

/** A day of the uptime chart without a figure: why. */
export const notMonitored = (facts: PeriodFacts): string =>
  facts.addresses > 0 ? 'not monitored (imported days have addresses only)' : 'not monitored';

/**
 * The speed chart: no test, or only failed ones. `speed`: the engine's speed test status
 * (absent from an engine without them); `next`: the next scheduled test, written out.
 */
export function speedEmpty(
  tests: readonly SpeedTestResult[],
  speed: SpeedStatus | undefined,
  next: string | null,
): string | null {
  const failed = tests.filter((t) => t.error !== null);
  if (tests.length === 0) {
    if (!speed?.enabled)
      return `No speed test in this period: speed tests are off. Switch them on in ${SPEED_SETTINGS}; then ${RUN_SPEED}.`;
    const schedule = next ? `, and the next scheduled one runs ${next}` : `, or set a schedule in ${SPEED_SETTINGS}`;
    return `No speed test in this period: ${RUN_SPEED}${schedule}.`;
  }
  if (failed.length < tests.length) return null;
  const last = [...failed].sort((a, b) => b.at - a.at)[0]!;
  if (tests.length === 1) return `The speed test of this period failed: ${last.error}.`;
  return `All ${tests.length} speed tests of this period failed; the last: ${last.error}.`;
}
