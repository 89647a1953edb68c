/** Address timeline, time held per address, changes per day or week, uptime per day and source latency per hour. */
import { useState } from 'react';

import { useHistory, useStats } from '../api/queries';
import { AddressTimeline } from '../charts/AddressTimeline';
import { HeldChart } from '../charts/HeldChart';
import { ChangesChart, LatencyChart, UptimeChart } from '../charts/StatsCharts';
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
        {(p) => (
          <>
            <AddressTimeline runs={p.items} {...period} families={FAMILIES} />
            <HeldChart runs={p.items} {...period} />
          </>
        )}
      </QueryState>
      <QueryState query={stats} what="statistics">
        {(s) => (
          <>
            <ChangesChart report={s} />
            <UptimeChart report={s} />
            <LatencyChart report={s} />
          </>
        )}
      </QueryState>
    </>
  );
}
