/** At a glance: the addresses, whether monitoring is healthy, sources, changes, deliveries. */
import { useEffect } from 'react';

import type { AppStatus } from '../../../shared/contract';
import { healthOf } from '../../../shared/health';
import { useConnectionState } from '../api/engine';
import { useHistory, useInsight, useStatus } from '../api/queries';
import { useAppearance } from '../appearance';
import { RECENT_QUERY, useFreshChanges } from '../change-signal';
import { EngineErrorLine } from '../components/EngineErrorLine';
import { HealthBadge, HealthNote } from '../components/HealthBadge';
import { QueryState } from '../components/QueryState';
import { formatTime } from '../format';
import { useTranslator } from '../i18n/I18n';
import { markUsable } from '../usable-mark';
import { useNow } from '../use-now';
import { addressView, lastConfirmedAt, recentAddresses } from './address-view';
import { ChannelsList } from './channels-list';
import { ChecksCard } from './ChecksCard';
import './dashboard.css';
import { DashboardInsight, INSIGHT_QUERY } from './dashboard-insight';
import { AddressCard } from './dashboard-parts';
import { DashboardActions } from './DashboardActions';
import { DdnsCard } from './ddns-card';
import { HeldNotices } from './held-notices';
import { MonitorsCard } from './monitors-card';
import { SourcesGrid } from './SourcesGrid';
import { SpeedCard } from './speed-card';

/**
 * Both address cards, each current or last known as the health and its checks say, a change
 * still news marked on its card, and the recent changes beside them.
 */
function Addresses({ status: s, now }: { status: AppStatus; now: number }) {
  const connected = useConnectionState() !== 'disconnected';
  const words = useTranslator();
  const health = healthOf(s, words, { connected });
  // The store's recent checks tell when an address unconfirmed now was last confirmed.
  const insight = useInsight(INSIGHT_QUERY).data;
  const changes = useFreshChanges(now);
  return (
    <div className="addresses">
      {([4, 6] as const).map((f) => {
        const fam = s.families[`v${f}`];
        const view = addressView(fam, health, now, lastConfirmedAt(fam, insight?.checks[`v${f}`] ?? []), words);
        const change = changes.find((c) => c.family === f) ?? null;
        return <AddressCard key={f} status={fam} view={view} now={now} change={change} />;
      })}
      <RecentChanges />
    </div>
  );
}

/** Recent changes with none to list, whether or not an address was seen yet: the same words. */
const NO_CHANGE = 'No change seen yet.';

function RecentChanges() {
  const recent = useHistory(RECENT_QUERY);
  const [appearance] = useAppearance();
  return (
    <section className="card" aria-labelledby="changes-h">
      <h2 id="changes-h">Recent changes</h2>
      <QueryState
        query={recent}
        what="changes"
        isEmpty={(p) => p.items.length === 0}
        empty={<p className="muted small">{NO_CHANGE}</p>}
      >
        {(p) => {
          const { rows, anyChange } = recentAddresses(p.items);
          return (
            <>
              {!anyChange && <p className="muted small">{NO_CHANGE}</p>}
              <ul className="changes">
                {rows.map((r) => (
                  <li key={r.id}>
                    <span className="mono">{r.ip}</span>{' '}
                    <span className="muted small">
                      IPv{r.family} · since {formatTime(r.since, appearance)} · {r.note}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

export function Dashboard() {
  const status = useStatus();
  const now = useNow();
  const shown = status.data !== undefined;
  useEffect(() => {
    if (shown) markUsable();
  }, [shown]);
  return (
    <QueryState query={status} what="status">
      {(s) => (
        <>
          <header className="page-head dash-head">
            <h1>Dashboard</h1>
            <HealthBadge status={s} />
            <DashboardActions status={s} />
          </header>
          <HealthNote status={s} now={now} />
          {s.lastError && <EngineErrorLine error={s.lastError} now={now} />}
          <Addresses status={s} now={now} />
          <DashboardInsight families={([4, 6] as const).filter((f) => s.families[`v${f}`].enabled)} />
          <ChecksCard status={s} now={now} />
          <DdnsCard status={s} now={now} />
          <MonitorsCard status={s} now={now} />
          <SpeedCard status={s} now={now} />
          <section className="card" aria-labelledby="sources-h">
            <h2 id="sources-h">Sources</h2>
            <SourcesGrid sources={s.sources} families={s.families} />
          </section>
          <section className="card" aria-labelledby="channels-h">
            <h2 id="channels-h">Notifications</h2>
            <ChannelsList channels={s.notifications} now={now} />
            <HeldNotices />
          </section>
        </>
      )}
    </QueryState>
  );
}
