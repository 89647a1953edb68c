/**
 * What people look for first, as Uptime Kuma shows it: uptime over 24 h / 30 d / 1 y, a strip of
 * the recent checks, the mean time an address is held, and the latest outages.
 */
import { uptimeTiles } from '../../../shared/uptime';
import { useInsight, useStatus } from '../api/queries';
import type { Insight } from '../api/types';
import { useAppearance } from '../appearance';
import { DataTable } from '../components/DataTable';
import { QueryState } from '../components/QueryState';
import { formatDuration, formatTime } from '../format';
import './dashboard-insight.css';
import { BEAT_WORDS, type BeatKind, beatsOf, checksSummary } from './insight-view';

type Family = 4 | 6;
const key = (f: Family) => (f === 4 ? 'v4' : 'v6');
/** The one insight query of the dashboard (the address cards read its recent checks too). */
export const INSIGHT_QUERY = { checks: 50, outages: 10 };

/**
 * The figures as the API gives them, in shared/uptime.ts's words (the CLI's and the bot's too).
 * Until a day is watched, one figure "since <first check>"; `sources`: set up for the families watched.
 */
function Uptime({ insight, sources }: { insight: Insight; sources: number }) {
  const [appearance] = useAppearance();
  const tiles = uptimeTiles({
    windows: insight.uptime,
    firstCheckAt: insight.firstCheckAt,
    now: insight.at,
    sources,
    time: (at) => formatTime(at, appearance),
  });
  return (
    <section className="card" aria-labelledby="uptime-h">
      <h2 id="uptime-h">Uptime</h2>
      <ul className="uptime-tiles">
        {tiles.map((tile) => (
          <li key={tile.days} data-testid={`uptime-${tile.days}`}>
            <span className="uptime-value">{tile.value}</span>
            <span className="muted small">{tile.window}</span>
            <span className="muted small">{tile.covers}</span>
          </li>
        ))}
      </ul>
      <p className="muted small">
        Of the time monitored, from the first check on; while the monitor was stopped or paused, or no source was set
        up, nothing is counted.
      </p>
    </section>
  );
}

function Held({ insight, families }: { insight: Insight; families: Family[] }) {
  return (
    <section className="card" aria-labelledby="held-h">
      <h2 id="held-h">Time an address is held</h2>
      <dl className="facts">
        {families.map((f) => {
          const h = insight.held[key(f)];
          return (
            <div key={f}>
              <dt>IPv{f}, on average</dt>
              <dd data-testid={`held-v${f}`}>
                {h.meanMs === null
                  ? 'no change seen yet'
                  : `${formatDuration(h.meanMs)} (${h.addresses} address${h.addresses === 1 ? '' : 'es'})`}
              </dd>
            </div>
          );
        })}
      </dl>
      <p className="muted small">From each address first seen to the next one.</p>
    </section>
  );
}

const LEGEND: BeatKind[] = ['ok', 'changed', 'uncertain', 'failed'];

/** `sourcesNow`: each family's sources set up now (a check without one is not monitored, not failed). */
function RecentChecks({
  insight,
  families,
  sourcesNow,
}: {
  insight: Insight;
  families: Family[];
  sourcesNow: Record<Family, number>;
}) {
  const [appearance] = useAppearance();
  const strips = families.map((f) => ({
    f,
    beats: beatsOf(insight.checks[key(f)], { firstCheckAt: insight.firstCheckAt, sourcesNow: sourcesNow[f] }),
  }));
  const unmonitored = strips.some((s) => s.beats.some((b) => b.kind === 'unmonitored'));
  return (
    <section className="card" aria-labelledby="recent-h">
      <h2 id="recent-h">Recent checks</h2>
      {strips.map(({ f, beats }) => (
        <div key={f} className="beats-row">
          <span className="beats-family">IPv{f}</span>
          {beats.length === 0 ? (
            <span className="muted small">No checks yet: "Check now" above runs one.</span>
          ) : (
            <div
              className="beats"
              role="img"
              aria-label={`IPv${f}, the last ${beats.length} checks: ${checksSummary(beats)}`}
              data-testid={`beats-v${f}`}
            >
              {beats.map((b) => (
                <span
                  key={b.at}
                  className={`beat beat-${b.kind}`}
                  title={`${formatTime(b.at, appearance)}: ${b.words}`}
                />
              ))}
            </div>
          )}
        </div>
      ))}
      <ul className="beats-legend small" aria-label="What the marks mean">
        {[...LEGEND, ...(unmonitored ? (['unmonitored'] as const) : [])].map((k) => (
          <li key={k}>
            <span className={`beat beat-${k}`} aria-hidden="true" /> {BEAT_WORDS[k]}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Outages({ insight }: { insight: Insight }) {
  const [appearance] = useAppearance();
  const { items, total } = insight.outages;
  return (
    <section className="card" aria-labelledby="outages-h">
      <h2 id="outages-h">Outages</h2>
      {items.length === 0 ? (
        <p className="state empty">No outage recorded.</p>
      ) : (
        <>
          <DataTable
            label="Outages, scrollable"
            caption="Latest outages"
            columns={['Start', 'End', 'Duration', 'Cause']}
            stack
          >
            {items.map((o) => (
              <tr key={o.start}>
                <th scope="row">{formatTime(o.start, appearance)}</th>
                <td data-label="End">{o.end === null ? 'going on' : formatTime(o.end, appearance)}</td>
                <td data-label="For">{formatDuration(o.durationMs)}</td>
                <td data-label="Cause">{o.cause}</td>
              </tr>
            ))}
          </DataTable>
          {total > items.length && (
            <p className="muted small">
              The latest {items.length} of {total}; the History page's export has them all.
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** The four cards, for the families watched. */
export function DashboardInsight({ families }: { families: Family[] }) {
  const insight = useInsight(INSIGHT_QUERY);
  const status = useStatus();
  const all = status.data?.sources ?? [];
  // Before the status comes, no family is taken as having no source.
  const sourcesOf = (f: Family) => (status.data ? all.filter((x) => x.family === f).length : 1);
  const sources = families.reduce((n, f) => n + sourcesOf(f), 0);
  return (
    <QueryState query={insight} what="uptime and recent checks">
      {(i) => (
        <>
          <div className="grid two">
            <Uptime insight={i} sources={sources} />
            <Held insight={i} families={families} />
          </div>
          <RecentChecks insight={i} families={families} sourcesNow={{ 4: sourcesOf(4), 6: sourcesOf(6) }} />
          <Outages insight={i} />
        </>
      )}
    </QueryState>
  );
}
