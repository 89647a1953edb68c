/**
 * Address timeline, time held per address, changes per day or week (by family), uptime per
 * day and source latency per hour.
 */
import { useMemo, useState } from 'react';

import { useHistory, useStats } from '../api/queries';
import type { HistoryEntry } from '../api/types';
import { AddressTimeline } from '../charts/AddressTimeline';
import { ForecastChart } from '../charts/ForecastChart';
import { HeldChart } from '../charts/HeldChart';
import { LatencyChart } from '../charts/LatencyChart';
import { colorMap, type ThemeName } from '../charts/palette';
import { SpeedChart } from '../charts/SpeedChart';
import { ChangesChart, UptimeChart } from '../charts/StatsCharts';
import { heldPerAddress, keysByFirstSeen } from '../charts/timeline';
import { useThemeName } from '../charts/use-theme-name';
import '../charts/charts.css';
import { QueryState } from '../components/QueryState';

const DAY = 86_400_000;
const RANGES = [
  [7, 'Last 7 days'],
  [30, 'Last 30 days'],
  [90, 'Last 90 days'],
  [365, 'Last year'],
] as const;
const FAMILIES = [4, 6] as const;

export function Charts() {
  const [days, setDays] = useState<number>(30);
  const stats = useStats({ days, hourly: true });
  // Fixed per period chosen: a time in the query key that changed every render would never settle.
  const [asked, setAsked] = useState(() => Date.now());
  const runs = useHistory({ limit: 1000, offset: 0, from: asked - days * DAY });
  // The engine's period once it answered (its clock, not this browser's); until then, the one asked for.
  const period =
    stats.data && stats.data.to - stats.data.from === days * DAY
      ? { from: stats.data.from, to: stats.data.to }
      : { from: asked - days * DAY, to: asked };
  const theme = useThemeName();
  // What the stats charts say when empty depends on whether the period has addresses at all.
  const addresses = runs.data ? heldPerAddress(runs.data.items, period.from, period.to, Infinity).length : 0;
  const facts = useMemo(() => ({ addresses }), [addresses]);
  return (
    <>
      <header className="page-head">
        <h1>Charts</h1>
        <label>
          Period{' '}
          <select
            value={days}
            onChange={(e) => {
              setDays(Number(e.target.value));
              setAsked(Date.now());
            }}
          >
            {RANGES.map(([d, label]) => (
              <option key={d} value={d}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </header>
      <QueryState query={runs} what="history">
        {(p) => <Addresses runs={p.items} period={period} theme={theme} />}
      </QueryState>
      <QueryState query={stats} what="statistics">
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
}: {
  runs: HistoryEntry[];
  period: { from: number; to: number };
  theme: ThemeName;
}) {
  const held = useMemo(() => heldPerAddress(runs, period.from, period.to, Infinity), [runs, period.from, period.to]);
  const colors = useMemo(() => colorMap(keysByFirstSeen(held), theme), [held, theme]);
  return (
    <>
      <AddressTimeline runs={runs} {...period} families={FAMILIES} colors={colors} held={held} />
      <HeldChart held={held} colors={colors} />
    </>
  );
}
