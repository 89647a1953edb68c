/**
 * Why a chart has nothing to draw, in words a person can act on: each says what will fill it,
 * and where a control can do it now, names that control as it reads on screen ("Check now"
 * and "Run a speed test" on the dashboard, Settings' "Speed test" section; a test renders
 * them and finds each). A chart empty for a reason (history imported with addresses only,
 * sources that never answered, speed tests switched off) says the reason. Null when there is
 * something to draw. In the catalogue's words (`web.charts.empty.*`). Pure.
 */
import type { SpeedStatus, SpeedTestResult } from '../../../shared/contract/speed';
import type { MessageId, Translator } from '../../../shared/i18n/translator';
import { formatDuration } from '../../../shared/words/duration';
import { speedError } from '../../../shared/words/speed';
import type { StatsReport } from '../api/types';

/** What else the page knows about the period: how many addresses its history holds, and when the history begins. */
export interface PeriodFacts {
  addresses: number;
  /** The first sighting of the oldest address (the first check that found one); null before any. */
  firstSeen: number | null;
}

/** The controls named, as their labels read (the dashboard's buttons, Settings' section). */
export const CONTROLS = {
  checkNow: { label: 'web.charts.control.checkNow', page: 'Dashboard' },
  runSpeedTest: { label: 'web.charts.control.runSpeedTest', page: 'Dashboard' },
  speedSettings: { label: 'web.charts.control.speedSettings', page: 'Settings' },
} as const satisfies Record<string, { label: MessageId; page: string }>;

const controls = (words: Translator) => ({
  checkNow: words.t(CONTROLS.checkNow.label),
  runSpeedTest: words.t(CONTROLS.runSpeedTest.label),
  speedSettings: words.t(CONTROLS.speedSettings.label),
});

export function addressesEmpty(facts: PeriodFacts, words: Translator): string | null {
  if (facts.addresses > 0) return null;
  return facts.firstSeen === null
    ? words.t('web.charts.empty.noAddressYet', controls(words))
    : words.t('web.charts.empty.noAddressInPeriod');
}

export function changesEmpty(report: StatsReport, facts: PeriodFacts, words: Translator): string | null {
  if (report.changes.total > 0) return null;
  if (facts.addresses === 0) return words.t('web.charts.empty.noChangesNoAddress');
  return words.t('web.charts.empty.noChanges');
}

export function uptimeEmpty(report: StatsReport, facts: PeriodFacts, words: Translator): string | null {
  const monitored = report.uptime.perDay.filter((d) => d.percent !== null);
  // Offline all along: every bar is 0 high, an empty grid a person would read as "no data" (issue 75).
  if (monitored.length > 0 && monitored.every((d) => d.percent === 0))
    return words.t('web.charts.empty.uptimeZero', { monitored: formatDuration(report.uptime.monitoredMs, 2, words) });
  if (monitored.length > 0) return null;
  // Addresses without monitored time: a history imported from another tool, which kept no checks.
  if (facts.addresses > 0) return words.t('web.charts.empty.uptimeImported');
  return words.t('web.charts.empty.uptimeNone', controls(words));
}

/** `lines`: how many sources have an answer time to draw. */
export function latencyEmpty(report: StatsReport, lines: number, facts: PeriodFacts, words: Translator): string | null {
  if (lines > 0) return null;
  if (report.sources.some((s) => s.fail > 0 || s.hours.some((h) => h.fail > 0)))
    return words.t('web.charts.empty.latencyFailed');
  if (facts.addresses > 0) return words.t('web.charts.empty.latencyImported');
  return words.t('web.charts.empty.latencyNone', controls(words));
}

/** A day of the uptime chart without a figure: why. */
export const notMonitored = (facts: PeriodFacts, words: Translator): string =>
  words.t(facts.addresses > 0 ? 'web.charts.notMonitoredImported' : 'web.charts.notMonitored');

/**
 * The speed chart: no test, or only failed ones. `speed`: the engine's speed test status
 * (absent from an engine without them); `next`: when the next scheduled test runs, written out.
 */
export function speedEmpty(
  tests: readonly SpeedTestResult[],
  speed: SpeedStatus | undefined,
  next: string | null,
  words: Translator,
): string | null {
  const failed = tests.filter((t) => t.error !== null);
  const c = controls(words);
  if (tests.length === 0) {
    if (!speed?.enabled) return words.t('web.charts.empty.speedOff', c);
    return next
      ? words.t('web.charts.empty.speedNext', { ...c, next })
      : words.t('web.charts.empty.speedNoSchedule', c);
  }
  if (failed.length < tests.length) return null;
  const last = [...failed].sort((a, b) => b.at - a.at)[0]!;
  if (tests.length === 1) return words.t('web.charts.empty.speedFailedOne', { error: speedError(last, words) });
  return words.t('web.charts.empty.speedFailedAll', { count: tests.length, error: speedError(last, words) });
}
