/** Who changed what (the audit log) and what the engine is doing now (the live events). */
import { useState } from 'react';

import { natChangeWords } from '../../../shared/nat-words';
import { useEventLog } from '../api/engine';
import { useAudit } from '../api/queries';
import type { ApiEvent } from '../api/types';
import { useAppearance } from '../appearance';
import { QueryState } from '../components/QueryState';
import { TableWrap } from '../components/TableWrap';
import { formatTime } from '../format';

/** One line that says what an event was. */
export function describeEvent(e: ApiEvent): string {
  switch (e.type) {
    case 'check':
      return `IPv${e.family} check (${e.trigger}): ${e.result}${e.ip ? ` ${e.ip}` : ''}, ${e.durationMs} ms`;
    case 'change':
      return `IPv${e.family} changed ${e.from ?? '(none)'} → ${e.to}`;
    case 'offline':
      return `Offline: ${e.cause}`;
    case 'online':
      return `Back online after ${Math.round(e.offlineMs / 1000)} s`;
    case 'source-health':
      return `Source ${e.sourceId}: ${e.from} → ${e.to} (${e.reason})`;
    case 'cgnat':
      return `IPv${e.family} behind carrier-grade NAT (${e.address}, seen by ${e.sourceId})`;
    case 'nat':
      return natChangeWords(e.from, e.to).title;
    case 'monitoring':
      return e.paused ? 'Monitoring paused' : 'Monitoring resumed';
    case 'deliveries': {
      const pending = e.channels.reduce((n, c) => n + c.pending, 0);
      const bad = e.channels.filter((c) => c.state !== 'ok' && c.state !== 'disabled').map((c) => `${c.id} ${c.state}`);
      return `Deliveries: ${pending} pending${bad.length ? `; ${bad.join(', ')}` : ''}`;
    }
  }
}

const PAGE = 50;

export function Activity() {
  const [page, setPage] = useState(0);
  const audit = useAudit({ limit: PAGE, offset: page * PAGE });
  const log = useEventLog();
  const [appearance] = useAppearance();
  const total = audit.data?.total ?? 0;
  return (
    <>
      <header className="page-head">
        <h1>Activity</h1>
      </header>
      <section className="card" aria-labelledby="live-h">
        <h2 id="live-h">Live events</h2>
        {log.events().length === 0 ? (
          <p className="state empty">Waiting for the engine's next event…</p>
        ) : (
          <ol className="events" aria-label="Live events, newest first" tabIndex={0}>
            {log.events().map(({ seq, event }) => (
              <li key={seq}>
                <time className="muted small">{formatTime(event.at, appearance)}</time> {describeEvent(event)}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="card" aria-labelledby="audit-h">
        <h2 id="audit-h">Audit log</h2>
        <QueryState query={audit} what="the audit log" isEmpty={(a) => a.items.length === 0}>
          {(a) => (
            <TableWrap label="Audit log, scrollable">
              <table>
                <caption className="sr-only">Audit log</caption>
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Who</th>
                    <th scope="col">What</th>
                    <th scope="col">Result</th>
                  </tr>
                </thead>
                <tbody>
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
                </tbody>
              </table>
            </TableWrap>
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
