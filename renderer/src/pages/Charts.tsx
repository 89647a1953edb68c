/** Address timeline, changes per week, uptime per day and source latency per hour. */
import { useMemo, useState } from 'react';
import uPlot from 'uplot';

import { useHistory, useStats } from '../api/queries';
import type { HistoryEntry } from '../api/types';
import { useAppearance } from '../appearance';
import { PALETTE } from '../charts/palette';
import { countSeries, latencySeries, uptimeSeries } from '../charts/series';
import { UplotChart } from '../charts/UplotChart';
import { QueryState } from '../components/QueryState';
import { formatTime } from '../format';

const RANGES = [
  [7, 'Last 7 days'],
  [30, 'Last 30 days'],
  [90, 'Last 90 days'],
  [365, 'Last year'],
] as const;

const barOpts = (
  label: string,
  unit: string,
  range?: [number, number],
): Omit<uPlot.Options, 'width' | 'height' | 'title'> => ({
  scales: { x: { time: true }, ...(range ? { y: { range } } : {}) },
  axes: [{}, { label: unit }],
  series: [
    {},
    {
      label,
      stroke: PALETTE[0],
      fill: `${PALETTE[0]}55`,
      paths: uPlot.paths.bars?.({ size: [0.6, 40] }),
      points: { show: false },
    },
  ],
});

function Timeline({ runs, from, to }: { runs: HistoryEntry[]; from: number; to: number }) {
  const [appearance] = useAppearance();
  const span = Math.max(to - from, 1);
  return (
    <div className="timeline">
      {([4, 6] as const).map((f) => {
        const mine = runs.filter((r) => r.family === f && r.lastSeen >= from);
        return (
          <div key={f} className="timeline-row">
            <span className="timeline-label">IPv{f}</span>
            <svg viewBox="0 0 1000 24" preserveAspectRatio="none" role="img" aria-label={`IPv${f} addresses over time`}>
              {mine.map((r, i) => {
                const x = ((Math.max(r.firstSeen, from) - from) / span) * 1000;
                const w = Math.max(((Math.min(r.lastSeen, to) - Math.max(r.firstSeen, from)) / span) * 1000, 1);
                return (
                  <rect key={r.id} x={x} y={2} width={w} height={20} fill={PALETTE[i % PALETTE.length]}>
                    <title>
                      {r.ip}: {formatTime(r.firstSeen, appearance)} – {formatTime(r.lastSeen, appearance)}
                    </title>
                  </rect>
                );
              })}
            </svg>
          </div>
        );
      })}
    </div>
  );
}

export function Charts() {
  const [days, setDays] = useState<number>(30);
  const stats = useStats({ days, hourly: true });
  // Fixed per period chosen: a time in the query key that changed every render would never settle.
  const [to, setTo] = useState(() => Date.now());
  const from = to - days * 86_400_000;
  const runs = useHistory({ limit: 1000, offset: 0, from });
  const week = useMemo(() => barOpts('Changes', 'changes'), []);
  const uptime = useMemo(() => barOpts('Uptime', '%', [0, 100]), []);
  const latency = useMemo(() => latencySeries(stats.data?.sources ?? []), [stats.data]);
  const names = latency.names.join('\n');
  const latencyOpts = useMemo(
    (): Omit<uPlot.Options, 'width' | 'height' | 'title'> => ({
      scales: { x: { time: true } },
      axes: [{}, { label: 'ms' }],
      series: [{}, ...names.split('\n').map((n, i) => ({ label: n, stroke: PALETTE[i % PALETTE.length] }))],
    }),
    [names],
  );
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
              setTo(Date.now());
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
      <section className="card" aria-labelledby="tl-h">
        <h2 id="tl-h">Addresses over time</h2>
        <QueryState query={runs} what="history" isEmpty={(p) => p.items.length === 0}>
          {(p) => <Timeline runs={p.items} from={from} to={Math.max(to, ...p.items.map((r) => r.lastSeen))} />}
        </QueryState>
      </section>
      <QueryState query={stats} what="statistics">
        {(s) => (
          <>
            <section className="card" aria-labelledby="cw-h">
              <h2 id="cw-h">Changes per week</h2>
              {s.changes.perWeek.length ? (
                <UplotChart title="Changes per week" data={countSeries(s.changes.perWeek)} options={week} />
              ) : (
                <p className="state empty">No changes in this period.</p>
              )}
            </section>
            <section className="card" aria-labelledby="up-h">
              <h2 id="up-h">Uptime per day (monitored time)</h2>
              {s.uptime.perDay.some((d) => d.percent !== null) ? (
                <UplotChart title="Uptime per day" data={uptimeSeries(s.uptime.perDay)} options={uptime} />
              ) : (
                <p className="state empty">Nothing monitored in this period yet.</p>
              )}
            </section>
            <section className="card" aria-labelledby="lat-h">
              <h2 id="lat-h">Source latency per hour</h2>
              {latency.names.length > 0 && latency.data[0].length > 0 ? (
                <UplotChart title="Source latency per hour" data={latency.data} options={latencyOpts} height={280} />
              ) : (
                <p className="state empty">No hourly source figures in this period.</p>
              )}
            </section>
          </>
        )}
      </QueryState>
    </>
  );
}
