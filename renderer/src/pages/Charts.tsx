/**
 * Address timeline, time held per address, changes per day or week (by family), uptime per
 * day, source latency per hour, speed tests and when the address changes; over the period
 * chosen, which opens as the smallest that holds all the data.
 */
import { useMemo } from 'react';

import { addressColors } from '../../../shared/chart-colours';
import type { ThemeName } from '../../../shared/chart-palette';
import { useHistory, useStats } from '../api/queries';
import type { HistoryEntry } from '../api/types';
import { AddressTimeline } from '../charts/AddressTimeline';
import type { PeriodFacts } from '../charts/empty-reasons';
import { ForecastChart } from '../charts/ForecastChart';
import { HeldChart } from '../charts/HeldChart';
import { LatencyChart } from '../charts/LatencyChart';
import { PeriodPage } from '../charts/PeriodPage';
import { fitRange, MIN_TIMELINE_SPAN } from '../charts/series';
import { SpeedChart } from '../charts/SpeedChart';
import { ChangesChart, UptimeChart } from '../charts/StatsCharts';
import { zoneName } from '../charts/time-ticks';
import { heldPerAddress, keysByFirstSeen } from '../charts/timeline';
import { useThemeName } from '../charts/use-theme-name';
import { useZone } from '../charts/use-zone';
import '../charts/charts.css';
import { QueryState } from '../components/QueryState';
import { useTranslator } from '../i18n/I18n';

const DAY = 86_400_000;
const FAMILIES = [4, 6] as const;

export function Charts() {
  const words = useTranslator();
  return (
    <PeriodPage title={words.t('web.charts.title')}>
      {({ days, asked, firstSeen }) => <Period days={days} asked={asked} firstSeen={firstSeen} />}
    </PeriodPage>
  );
}

/** Every chart of the page over the `days` before `asked`; `firstSeen`: when the history begins. */
function Period({ days, asked, firstSeen }: { days: number; asked: number; firstSeen: number | null }) {
  // Days from the reader's midnights, as the axes and readouts count them.
  const zone = useZone();
  const stats = useStats({ days, hourly: true, tz: zoneName(zone) });
  const runs = useHistory({ limit: 1000, offset: 0, from: asked - days * DAY });
  // The engine's period once it answered (its clock, not this browser's); until then, the one asked for.
  const period =
    stats.data && stats.data.to - stats.data.from === days * DAY
      ? { from: stats.data.from, to: stats.data.to }
      : { from: asked - days * DAY, to: asked };
  const theme = useThemeName();
  const words = useTranslator();
  // What the stats charts say when empty depends on whether the period has addresses at all.
  const addresses = runs.data ? heldPerAddress(runs.data.items, period.from, period.to, Infinity).length : 0;
  const facts = useMemo(() => ({ addresses, firstSeen }), [addresses, firstSeen]);
  return (
    <>
      <QueryState query={runs} what={words.t('web.query.what.history')}>
        {(p) => <Addresses runs={p.items} period={period} theme={theme} facts={facts} />}
      </QueryState>
      <QueryState query={stats} what={words.t('web.query.what.statistics')}>
        {(s) => (
          <>
            <ChangesChart report={s} facts={facts} />
            <UptimeChart report={s} facts={facts} />
            <LatencyChart report={s} facts={facts} />
          </>
        )}
      </QueryState>
      <SpeedChart {...period} />
      <ForecastChart />
    </>
  );
}

/** The timeline and the time held, in one colour per address of the period (all distinct). */
function Addresses({
  runs,
  period,
  theme,
  facts,
}: {
  runs: HistoryEntry[];
  period: { from: number; to: number };
  theme: ThemeName;
  facts: PeriodFacts;
}) {
  const held = useMemo(() => heldPerAddress(runs, period.from, period.to, Infinity), [runs, period.from, period.to]);
  const colors = useMemo(() => addressColors(keysByFirstSeen(held), theme), [held, theme]);
  // From the history's first sighting when it began inside the period: a fresh install's minutes fill the row.
  const axis = fitRange(facts.firstSeen === null ? [] : [facts.firstSeen], period.from, period.to, MIN_TIMELINE_SPAN);
  return (
    <>
      <AddressTimeline runs={runs} {...axis} families={FAMILIES} colors={colors} held={held} facts={facts} />
      <HeldChart held={held} colors={colors} facts={facts} span={axis} period={period} />
    </>
  );
}
