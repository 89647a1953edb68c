/**
 * What the engine did (the events the history keeps, then the live ones as they come) and who
 * changed what (the audit log).
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { useEngine, useEventLog } from '../api/engine';
import { useAudit } from '../api/queries';
import { useAppearance } from '../appearance';
import { DataTable } from '../components/DataTable';
import { QueryState } from '../components/QueryState';
import { formatTime } from '../format';
import { activityLines } from './activity-lines';

/** How many kept events the page opens with. */
const RECENT = 100;

/** The history's recent events: read when the page opens, and again after a reconnect (LiveUpdates). */
function useRecentEvents() {
  const { client } = useEngine();
  return useQuery({
    queryKey: ['recent-events', RECENT],
    queryFn: () => client.getRecentEvents({ limit: RECENT }),
    placeholderData: keepPreviousData,
  });
}

const PAGE = 50;

export function Activity() {
  const [page, setPage] = useState(0);
  const audit = useAudit({ limit: PAGE, offset: page * PAGE });
  const log = useEventLog();
  const recent = useRecentEvents();
  const lines = activityLines(recent.data?.items ?? [], log.events());
  const [appearance] = useAppearance();
  const total = audit.data?.total ?? 0;
  return (
    <>
      <header className="page-head">
        <h1>Activity</h1>
      </header>
      <section className="card" aria-labelledby="live-h">
        <h2 id="live-h">Events</h2>
        {lines.length === 0 ? (
          <p className="state empty">
            {recent.isPending
              ? 'Reading the recent events…'
              : "Nothing happened yet: the engine's first check shows here."}
          </p>
        ) : (
          <ol className="events" aria-label="Events, newest first" tabIndex={0}>
            {lines.map((l) => (
              <li key={l.key}>
                <time className="muted small" dateTime={new Date(l.at).toISOString()}>
                  {formatTime(l.at, appearance)}
                </time>{' '}
                {l.text}
              </li>
            ))}
          </ol>
        )}
        {recent.isError && <p className="error-text small">Cannot read the recent events: showing the live ones.</p>}
      </section>
      <section className="card" aria-labelledby="audit-h">
        <h2 id="audit-h">Audit log</h2>
        <QueryState query={audit} what="the audit log" isEmpty={(a) => a.items.length === 0}>
          {(a) => (
            <DataTable label="Audit log, scrollable" caption="Audit log" columns={['When', 'Who', 'What', 'Result']}>
              {a.items.map((r) => (
                <tr key={r.id}>
                  <td>{formatTime(r.at, appearance)}</td>
                  <td>{r.actor}</td>
                  <td>
                    {r.action}
                    {r.detail && <span className="muted small block">{r.detail}</span>}
                  </td>
                  <td>{r.result}</td>
                </tr>
              ))}
            </DataTable>
          )}
        </QueryState>
        <nav className="pager" aria-label="Audit pages">
          <button type="button" onClick={() => setPage((p) => p - 1)} disabled={page === 0}>
            Newer
          </button>
          <span>
            {total} entries, page {page + 1}
          </span>
          <button type="button" onClick={() => setPage((p) => p + 1)} disabled={(page + 1) * PAGE >= total}>
            Older
          </button>
        </nav>
      </section>
    </>
  );
}
