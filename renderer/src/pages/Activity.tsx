/**
 * What the engine did (the events the history keeps, then the live ones as they come), a page
 * at a time and filtered by kind (unchanged checks hidden unless asked for), and who changed
 * what (the audit log), each line a sentence.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { MAX_RECENT_EVENTS } from '../../../shared/contract/events';
import { useEngine, useEventLog } from '../api/engine';
import { useAudit } from '../api/queries';
import { useZone } from '../charts/use-zone';
import { DataTable } from '../components/DataTable';
import { QueryState } from '../components/QueryState';
import { formatTime } from '../format';
import { useTranslator } from '../i18n/I18n';
import { type ActivityKind, activityLines } from './activity-lines';
import { EventsList, KindFilter } from './activity-parts';
import { auditWords } from './audit-words';
import { HeldNotices } from './held-notices';

/** How many kept events the page opens with: as many as one read gives, so the pages reach back. */
const RECENT = MAX_RECENT_EVENTS;

/** The history's recent events: read when the page opens, and again after a reconnect (LiveUpdates). */
function useRecentEvents() {
  const { client } = useEngine();
  return useQuery({
    queryKey: ['recent-events', RECENT],
    queryFn: () => client.getRecentEvents({ limit: RECENT }),
    placeholderData: keepPreviousData,
  });
}

/** Shown unless the filter says otherwise: everything but the checks that found nothing new. */
const DEFAULT_HIDDEN: ReadonlySet<ActivityKind> = new Set(['unchanged']);

function Events() {
  const log = useEventLog();
  const recent = useRecentEvents();
  const [hidden, setHidden] = useState<ReadonlySet<ActivityKind>>(DEFAULT_HIDDEN);
  const words = useTranslator();
  const all = activityLines(recent.data?.items ?? [], log.events(), words);
  const lines = all.filter((l) => !hidden.has(l.kind));
  return (
    <section className="card" aria-labelledby="live-h">
      <h2 id="live-h">{words.t('web.activity.events')}</h2>
      {/* What the alert policy still holds is not an event yet: above the list, as on the dashboard. */}
      <HeldNotices />
      <KindFilter lines={all} hidden={hidden} onChange={setHidden} />
      {lines.length === 0 ? (
        <p className="state empty">
          {words.t(
            recent.isPending
              ? 'web.activity.reading'
              : all.length === 0
                ? 'web.activity.nothingYet'
                : 'web.activity.noneShown',
          )}
        </p>
      ) : (
        <EventsList lines={lines} />
      )}
      {recent.isError && <p className="error-text small">{words.t('web.activity.cannotRead')}</p>}
    </section>
  );
}

const PAGE = 50;

export function Activity() {
  const [page, setPage] = useState(0);
  const audit = useAudit({ limit: PAGE, offset: page * PAGE });
  const zone = useZone();
  const words = useTranslator();
  const total = audit.data?.total ?? 0;
  const cols = {
    when: words.t('web.activity.audit.when'),
    who: words.t('web.activity.audit.who'),
    what: words.t('web.activity.audit.what'),
    result: words.t('web.activity.audit.result'),
  };
  return (
    <>
      <header className="page-head">
        <h1>{words.t('web.activity.title')}</h1>
      </header>
      <Events />
      <section className="card" aria-labelledby="audit-h">
        <h2 id="audit-h">{words.t('web.activity.audit')}</h2>
        <QueryState
          query={audit}
          what={words.t('web.query.what.auditLog')}
          isEmpty={(a) => a.items.length === 0}
          empty={<p>{words.t('web.activity.audit.empty')}</p>}
        >
          {(a) => (
            // Stacked on a narrow window: what happened first, then when, who and the result, each labelled.
            <DataTable
              label={words.t('web.activity.audit.scrollable')}
              caption={words.t('web.activity.audit')}
              columns={[cols.when, cols.who, cols.what, cols.result]}
              stack
            >
              {a.items.map((r) => {
                const w = auditWords(r, words);
                return (
                  <tr key={r.id}>
                    <td className="nowrap" data-label={cols.when}>
                      {formatTime(r.at, zone, zone.language)}
                    </td>
                    <td data-label={cols.who}>{w.who}</td>
                    <th scope="row">
                      {w.what}
                      {w.detail && <span className="muted small block audit-detail">{w.detail}</span>}
                    </th>
                    <td data-label={cols.result}>{w.result}</td>
                  </tr>
                );
              })}
            </DataTable>
          )}
        </QueryState>
        {/* Pages only when there is more than one (as the events' pager): none for an empty log. */}
        {(total > PAGE || page > 0) && (
          <nav className="pager" aria-label={words.t('web.activity.audit.pages')}>
            <button type="button" onClick={() => setPage((p) => p - 1)} disabled={page === 0}>
              {words.t('web.activity.newer')}
            </button>
            <span>
              {words.t('web.activity.audit.page', {
                total,
                page: page + 1,
                pages: Math.max(1, Math.ceil(total / PAGE)),
              })}
            </span>
            <button type="button" onClick={() => setPage((p) => p + 1)} disabled={(page + 1) * PAGE >= total}>
              {words.t('web.activity.older')}
            </button>
          </nav>
        )}
      </section>
    </>
  );
}
