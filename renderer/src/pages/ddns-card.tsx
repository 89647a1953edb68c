/**
 * The dashboard's dynamic DNS card: each record's state in words (in step, updating, propagating
 * and which servers it waits for, waiting to retry and when, stopped or failed and why, off, and
 * the servers not asked from here), the address it points at (and why, when an AAAA record
 * publishes the observed address in place of a stable one) and how long
 * its last update took to reach every authoritative server. No records, no card.
 */
import type { AppStatus } from '../../../shared/contract';
import { useAppearance } from '../appearance';
import { Badge } from '../components/Badge';
import { formatRelative, formatTime } from '../format';
import { ddnsStateWords, PROVIDER_NAMES, propagationWords } from '../settings/ddns/ddns-words';

export function DdnsCard({ status, now }: { status: AppStatus; now: number }) {
  const [appearance] = useAppearance();
  const records = status.ddns?.records ?? [];
  if (records.length === 0) return null;
  return (
    <section className="card" aria-labelledby="ddns-h">
      <h2 id="ddns-h">Dynamic DNS</h2>
      <ul className="channels ddns-records">
        {records.map((r) => {
          const state = ddnsStateWords(r);
          const took = propagationWords(r.lastPropagationMs);
          return (
            <li key={r.id} data-testid={`ddns-${r.id}`}>
              <strong className="mono">{r.name}</strong>{' '}
              <span className="muted">
                ({PROVIDER_NAMES[r.provider] ?? r.provider} · {r.type})
              </span>{' '}
              <Badge tone={state.tone}>{state.word}</Badge>
              <span className="small block">
                {r.address ? (
                  <>
                    points at <span className="mono">{r.address}</span>
                  </>
                ) : (
                  'no address of its family confirmed yet'
                )}
                {r.lastUpdateAt !== null &&
                  ` · last updated ${formatTime(r.lastUpdateAt, appearance)} (${formatRelative(r.lastUpdateAt, now)})`}
                {took && ` · seen by every authoritative server in ${took}`}
                {r.nextAttemptAt !== null &&
                  ` · next try ${formatTime(r.nextAttemptAt, appearance)} (${formatRelative(r.nextAttemptAt, now)})`}
              </span>
              {r.addressNote && <span className="small block muted">{r.addressNote}</span>}
              {r.notAsked.length > 0 && (
                <span className="small block muted">not asked from here (no route): {r.notAsked.join(', ')}</span>
              )}
              {state.detail && (
                <span
                  className={`small block${r.state === 'failed' || r.state === 'stopped' ? ' error-text' : ' muted'}`}
                >
                  {state.detail}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
