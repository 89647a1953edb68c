/** At a glance: the addresses, whether monitoring is healthy, sources, changes, deliveries. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import type { AppStatus } from '../../../shared/contract';
import { useEngine } from '../api/engine';
import { useHistory, useStatus } from '../api/queries';
import { useAppearance } from '../appearance';
import { HealthBadge, HealthNote } from '../components/HealthBadge';
import { QueryState } from '../components/QueryState';
import { formatBytes, formatDuration, formatRelative, formatTime } from '../format';
import { markUsable } from '../usable-mark';
import { useNow } from '../use-now';
import { DashboardInsight } from './dashboard-insight';
import { AddressCard, ChannelsList, SourcesGrid } from './dashboard-parts';
import { networkWatchText, routerText } from './network-watch';

function lastCheckAt(s: AppStatus): number | null {
  const at = [s.families.v4.lastCheck?.at, s.families.v6.lastCheck?.at].filter((x): x is number => !!x);
  return at.length ? Math.max(...at) : null;
}

function Controls({ status }: { status: AppStatus }) {
  const { client } = useEngine();
  const queries = useQueryClient();
  const done = () => void queries.invalidateQueries({ queryKey: ['status'] });
  const check = useMutation({ mutationFn: () => client.checkNow(), onSettled: done });
  const toggle = useMutation({
    mutationFn: () => (status.pausedSince === null ? client.pause() : client.resume()),
    onSettled: done,
  });
  return (
    <div className="controls">
      <button type="button" onClick={() => check.mutate()} disabled={check.isPending}>
        {check.isPending ? 'Checking…' : 'Check now'}
      </button>
      <button type="button" onClick={() => toggle.mutate()} disabled={toggle.isPending}>
        {status.pausedSince === null ? 'Pause monitoring' : 'Resume monitoring'}
      </button>
      <span role="status" className="error-text">
        {(check.error ?? toggle.error)?.message}
      </span>
    </div>
  );
}

export function Dashboard() {
  const status = useStatus();
  const recent = useHistory({ limit: 5, offset: 0 });
  const [appearance] = useAppearance();
  const now = useNow();
  const shown = status.data !== undefined;
  useEffect(() => {
    if (shown) markUsable();
  }, [shown]);
  return (
    <QueryState query={status} what="status">
      {(s) => {
        const last = lastCheckAt(s);
        const next = s.nextCheckAt ?? null;
        return (
          <>
            <header className="page-head">
              <h1>Dashboard</h1>
              <HealthBadge status={s} />
            </header>
            <HealthNote status={s} now={now} />
            {s.lastError && (
              <p className="error-text" role="status">
                {s.lastError.where}: {s.lastError.message} ({formatRelative(s.lastError.at, now)})
              </p>
            )}
            <div className="grid two">
              <AddressCard status={s.families.v4} now={now} />
              <AddressCard status={s.families.v6} now={now} />
            </div>
            <DashboardInsight families={([4, 6] as const).filter((f) => s.families[`v${f}`].enabled)} />
            <section className="card" aria-labelledby="checks-h">
              <h2 id="checks-h">Checks</h2>
              <dl className="facts">
                <dt>Last check</dt>
                <dd>
                  {formatTime(last, appearance)} ({formatRelative(last, now)})
                </dd>
                <dt>Next check</dt>
                <dd>
                  {s.pausedSince !== null
                    ? 'paused'
                    : next
                      ? `${formatTime(next, appearance)} (${formatRelative(Math.max(next, now), now)})`
                      : '—'}
                </dd>
                <dt>Network changes</dt>
                <dd>
                  {networkWatchText(s.interfaces)}
                  {s.interfaces.lastChangeAt !== null && `; last ${formatRelative(s.interfaces.lastChangeAt, now)}`}
                </dd>
                <dt>Router</dt>
                <dd>{routerText(s.router)}</dd>
                <dt>NAT</dt>
                <dd>
                  {s.nat.verdict === 'unknown' ? (
                    s.nat.label
                  ) : (
                    <>
                      <strong>{s.nat.label}</strong>: {s.nat.detail}
                    </>
                  )}
                </dd>
                <dt>Monitor running for</dt>
                <dd>{formatDuration(s.process.uptimeSec * 1000)}</dd>
                <dt>Monitor memory</dt>
                <dd title={`V8 heap ${formatBytes(s.process.heapUsedBytes)} in use`}>
                  {formatBytes(s.process.rssBytes)}
                </dd>
              </dl>
              <Controls status={s} />
            </section>
            <section className="card" aria-labelledby="sources-h">
              <h2 id="sources-h">Sources</h2>
              <SourcesGrid sources={s.sources} />
            </section>
            <div className="grid two">
              <section className="card" aria-labelledby="changes-h">
                <h2 id="changes-h">Recent changes</h2>
                <QueryState query={recent} what="changes" isEmpty={(p) => p.items.length === 0}>
                  {(p) => (
                    <ul className="changes">
                      {p.items.map((e) => (
                        <li key={e.id}>
                          <span className="mono">{e.ip}</span>{' '}
                          <span className="muted small">
                            IPv{e.family} · since {formatTime(e.firstSeen, appearance)}
                            {e.change?.from ? ` · was ${e.change.from}` : ''}
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </QueryState>
              </section>
              <section className="card" aria-labelledby="channels-h">
                <h2 id="channels-h">Notifications</h2>
                <ChannelsList channels={s.notifications} now={now} />
              </section>
            </div>
          </>
        );
      }}
    </QueryState>
  );
}
