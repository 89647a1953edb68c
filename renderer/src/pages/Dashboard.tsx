/**
 * At a glance: the addresses, whether monitoring is healthy, sources, changes, deliveries. The
 * first screen (health and the address cards) is drawn first; the cards below it are a chunk of
 * their own (dashboard-more.tsx), drawn in the frame after it (issue 75).
 */
import { useEffect, useState, useSyncExternalStore } from 'react';

import type { AppStatus } from '../../../shared/contract';
import { healthOf } from '../../../shared/health';
import { useConnectionState } from '../api/engine';
import { useHistory, useInsight, useStatus } from '../api/queries';
import { RECENT_QUERY, useFreshChanges } from '../change-signal';
import { EngineErrorLine } from '../components/EngineErrorLine';
import { HealthBadge, HealthNote } from '../components/HealthBadge';
import { queryStateText } from '../components/query-state-text';
import { QueryState } from '../components/QueryState';
import { useTranslator } from '../i18n/I18n';
import { useFormat } from '../i18n/use-format';
import { createLazyViews } from '../lazy-views';
import { markUsable } from '../usable-mark';
import { useNow } from '../use-now';
import { addressView, INSIGHT_QUERY, lastConfirmedAt, recentAddresses } from './address-view';
import './dashboard.css';
import { AddressCard } from './dashboard-parts';
import { DashboardActions } from './DashboardActions';
import { TransitionCard } from './TransitionCard';

/** The cards below the first screen, a chunk of their own. */
const more = createLazyViews<'more', { status: AppStatus; now: number }>({
  more: () => import('./dashboard-more').then((m) => m.DashboardMore),
});

/** Starts fetching the lower cards' code (main.tsx, when the window opens on the Dashboard). */
export const preloadDashboardMore = (): void => more.preload('more');

/**
 * The cards below the first screen: a loading line in the first screen's frame, whatever has
 * arrived, then the cards once their code is here (fetched beside the first reads, or now). No
 * Suspense: a lazy component's reveal would wait for React's fallback throttle (lazy-views.ts).
 * A failed fetch reaches the page's boundary, which says so and tries again (PageBoundary).
 */
function More({ status, now }: { status: AppStatus; now: number }) {
  const arrived = useSyncExternalStore(more.subscribe, () => more.arrived('more'));
  const [firstDrawn, setFirstDrawn] = useState(false);
  const [failed, setFailed] = useState<Error | null>(null);
  useEffect(() => setFirstDrawn(true), []);
  useEffect(() => {
    if (!arrived) more.load('more').catch((err: unknown) => setFailed(err as Error));
  }, [arrived]);
  const words = useTranslator();
  if (failed) throw failed;
  if (!arrived || !firstDrawn)
    return (
      <p className="state loading" role="status">
        {queryStateText(words.t('web.dash.what.moreCards'), words).loading}
      </p>
    );
  const View = more.view('more');
  return <View status={status} now={now} />;
}

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
        return <AddressCard key={f} status={fam} view={view} now={now} change={change} banner={health} />;
      })}
      <RecentChanges />
      <TransitionCard />
    </div>
  );
}

function RecentChanges() {
  const recent = useHistory(RECENT_QUERY);
  const f = useFormat();
  const { t } = f.words;
  // With none to list, whether or not an address was seen yet: the same words.
  const noChange = t('web.dash.noChange');
  return (
    <section className="card" aria-labelledby="changes-h">
      <h2 id="changes-h">{t('web.dash.recentChanges')}</h2>
      <QueryState
        query={recent}
        what={t('web.dash.what.changes')}
        isEmpty={(p) => p.items.length === 0}
        empty={<p className="muted small">{noChange}</p>}
      >
        {(p) => {
          const { rows, anyChange } = recentAddresses(p.items, f.words);
          return (
            <>
              {!anyChange && <p className="muted small">{noChange}</p>}
              <ul className="changes">
                {rows.map((r) => (
                  <li key={r.id}>
                    <span className="mono">{r.ip}</span>{' '}
                    <span className="muted small">
                      {t('web.dash.changeRow', { family: r.family, since: f.time(r.since), note: r.note })}
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
  const { t } = useTranslator();
  useEffect(() => {
    if (shown) markUsable();
  }, [shown]);
  return (
    <QueryState query={status} what={t('web.dash.what.status')}>
      {(s) => (
        <>
          <header className="page-head dash-head">
            <h1>{t('web.page.dashboard')}</h1>
            <HealthBadge status={s} />
            <DashboardActions status={s} />
          </header>
          <HealthNote status={s} now={now} />
          {s.lastError && <EngineErrorLine error={s.lastError} now={now} />}
          <Addresses status={s} now={now} />
          <More status={s} now={now} />
        </>
      )}
    </QueryState>
  );
}
