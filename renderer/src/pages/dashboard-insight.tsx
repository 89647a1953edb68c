/**
 * What people look for first, as Uptime Kuma shows it: uptime over 24 h / 30 d / 1 y, a strip of
 * the recent checks, the mean time an address is held, and the latest outages.
 */
import { uptimeTiles } from '../../../shared/uptime';
import { sayReason } from '../../../shared/words/reason';
import { useInsight, useStatus } from '../api/queries';
import type { Insight } from '../api/types';
import { DataTable } from '../components/DataTable';
import { QueryState } from '../components/QueryState';
import { useFormat } from '../i18n/use-format';
import './dashboard-insight.css';
import { INSIGHT_QUERY } from './address-view';
import { type BeatKind, beatsOf, beatWords, checksSummary } from './insight-view';

type Family = 4 | 6;
const key = (f: Family) => (f === 4 ? 'v4' : 'v6');

/**
 * The figures as the API gives them, in shared/uptime.ts's words (the CLI's and the bot's too).
 * Until a day is watched, one figure "since <first check>"; `sources`: set up for the families watched.
 */
function Uptime({ insight, sources }: { insight: Insight; sources: number }) {
  const f = useFormat();
  const { t } = f.words;
  const tiles = uptimeTiles({
    windows: insight.uptime,
    firstCheckAt: insight.firstCheckAt,
    now: insight.at,
    sources,
    time: (at) => f.time(at),
    words: f.words,
  });
  return (
    <section className="card" aria-labelledby="uptime-h">
      <h2 id="uptime-h">{t('web.insight.uptime')}</h2>
      <ul className="uptime-tiles">
        {tiles.map((tile) => (
          <li key={tile.days} data-testid={`uptime-${tile.days}`}>
            <span className="uptime-value">{tile.value}</span>
            <span className="muted small">{tile.window}</span>
            <span className="muted small">{tile.covers}</span>
          </li>
        ))}
      </ul>
      <p className="muted small">{t('web.insight.uptimeCovers')}</p>
    </section>
  );
}

function Held({ insight, families }: { insight: Insight; families: Family[] }) {
  const fmt = useFormat();
  const { t } = fmt.words;
  return (
    <section className="card" aria-labelledby="held-h">
      <h2 id="held-h">{t('web.insight.held')}</h2>
      <dl className="facts">
        {families.map((f) => {
          const h = insight.held[key(f)];
          return (
            <div key={f}>
              <dt>{t('web.insight.heldFamily', { family: f })}</dt>
              <dd data-testid={`held-v${f}`}>
                {h.meanMs === null
                  ? t('web.insight.heldNone')
                  : t('web.insight.heldMean', { mean: fmt.duration(h.meanMs), addresses: h.addresses })}
              </dd>
            </div>
          );
        })}
      </dl>
      <p className="muted small">{t('web.insight.heldCovers')}</p>
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
  const fmt = useFormat();
  const { words } = fmt;
  const { t } = words;
  const strips = families.map((f) => ({
    f,
    beats: beatsOf(insight.checks[key(f)], { firstCheckAt: insight.firstCheckAt, sourcesNow: sourcesNow[f] }, words),
  }));
  const legend = beatWords(words);
  const unmonitored = strips.some((s) => s.beats.some((b) => b.kind === 'unmonitored'));
  return (
    <section className="card" aria-labelledby="recent-h">
      <h2 id="recent-h">{t('web.insight.recent')}</h2>
      {strips.map(({ f, beats }) => (
        <div key={f} className="beats-row">
          <span className="beats-family">{t('web.family', { family: f })}</span>
          {beats.length === 0 ? (
            <span className="muted small">{t('web.insight.noChecksYet')}</span>
          ) : (
            <div
              className="beats"
              role="img"
              aria-label={t('web.insight.strip', {
                family: f,
                count: beats.length,
                summary: checksSummary(beats, words),
              })}
              data-testid={`beats-v${f}`}
            >
              {beats.map((b) => (
                <span
                  key={b.at}
                  className={`beat beat-${b.kind}`}
                  title={t('web.insight.beatTitle', { time: fmt.time(b.at), result: b.words })}
                />
              ))}
            </div>
          )}
        </div>
      ))}
      <ul className="beats-legend small" aria-label={t('web.insight.legend')}>
        {[...LEGEND, ...(unmonitored ? (['unmonitored'] as const) : [])].map((k) => (
          <li key={k}>
            <span className={`beat beat-${k}`} aria-hidden="true" /> {legend[k]}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Outages({ insight }: { insight: Insight }) {
  const fmt = useFormat();
  const { t } = fmt.words;
  const { items, total } = insight.outages;
  return (
    <section className="card" aria-labelledby="outages-h">
      <h2 id="outages-h">{t('web.insight.outages')}</h2>
      {items.length === 0 ? (
        <p className="state empty">{t('web.insight.noOutage')}</p>
      ) : (
        <>
          <DataTable
            label={t('web.insight.outagesScrollable')}
            caption={t('web.insight.latestOutages')}
            columns={[t('web.insight.start'), t('web.insight.end'), t('web.insight.duration'), t('web.insight.cause')]}
            stack
          >
            {items.map((o) => (
              <tr key={o.start}>
                <th scope="row">{fmt.time(o.start)}</th>
                <td data-label={t('web.insight.end')}>{o.end === null ? t('web.insight.goingOn') : fmt.time(o.end)}</td>
                <td data-label={t('web.dash.for')}>{fmt.duration(o.durationMs)}</td>
                <td data-label={t('web.insight.cause')}>{sayReason(o.reason, o.cause, fmt.words)}</td>
              </tr>
            ))}
          </DataTable>
          {total > items.length && (
            <p className="muted small">{t('web.insight.latestOf', { shown: items.length, total })}</p>
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
  const { t } = useFormat().words;
  return (
    <QueryState query={insight} what={t('web.dash.what.insight')}>
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
