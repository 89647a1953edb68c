/** At a glance: the addresses, whether monitoring is healthy, sources, changes, deliveries. */
import { useEffect } from 'react';

import { useHistory, useStatus } from '../api/queries';
import { useAppearance } from '../appearance';
import { HealthBadge, HealthNote } from '../components/HealthBadge';
import { QueryState } from '../components/QueryState';
import { formatRelative, formatTime } from '../format';
import { markUsable } from '../usable-mark';
import { useNow } from '../use-now';
import { ChecksCard } from './ChecksCard';
import { DashboardInsight } from './dashboard-insight';
import { AddressCard, ChannelsList } from './dashboard-parts';
import { SourcesGrid } from './SourcesGrid';

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
            <ChecksCard status={s} now={now} />
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
