/**
 * The dashboard's dynamic DNS card: each record's state in words (in step, updating, propagating
 * and which servers it waits for, waiting to retry and when, switched off by IPWatch or failed
 * and why, off, and the servers not asked from here), the address it points at: only one it is
 * known to hold (`holds`: read, answered by its servers, or written and accepted), else "not set
 * by IPWatch yet", and the one it is to be set to (and why, when an AAAA record publishes the
 * observed address in place of a stable one), and how long its last update took to reach every
 * authoritative server. No records, no card.
 */
import { FormattedMessage } from 'react-intl';

import type { AppStatus } from '../../../shared/contract';
import type { DdnsRecordStatus } from '../../../shared/contract/ddns';
import { sayReason } from '../../../shared/words/reason';
import { Badge } from '../components/Badge';
import { useFormat } from '../i18n/use-format';
import { ddnsStateWords, PROVIDER_NAMES, propagationWords } from '../settings/ddns/ddns-words';

/** What the record points at, as far as it is known, and what it is to point at while it is on its way. */
function HeldAddress({ record: r }: { record: DdnsRecordStatus }) {
  const onItsWay = r.state !== 'stopped' && r.state !== 'off';
  const { t } = useFormat().words;
  return (
    <>
      {r.holds ? (
        <FormattedMessage id="web.ddns.pointsAt" values={{ address: <span className="mono">{r.holds}</span> }} />
      ) : (
        t('web.ddns.notSetYet')
      )}
      {onItsWay && r.address && r.address !== r.holds && (
        <>
          {' '}
          <FormattedMessage id="web.ddns.toBeSet" values={{ address: <span className="mono">{r.address}</span> }} />
        </>
      )}
      {onItsWay && !r.address && t('web.ddns.noAddressYet')}
    </>
  );
}

export function DdnsCard({ status, now }: { status: AppStatus; now: number }) {
  const f = useFormat();
  const { t } = f.words;
  const words = f.words;
  const records = status.ddns?.records ?? [];
  if (records.length === 0) return null;
  return (
    <section className="card" aria-labelledby="ddns-h">
      <h2 id="ddns-h">{t('web.ddns.title')}</h2>
      <ul className="channels ddns-records">
        {records.map((r) => {
          const state = ddnsStateWords(r, words);
          const took = propagationWords(r.lastPropagationMs, words);
          return (
            <li key={r.id} data-testid={`ddns-${r.id}`}>
              <strong className="mono">{r.name}</strong>{' '}
              <span className="muted">
                ({PROVIDER_NAMES[r.provider] ?? r.provider} · {r.type})
              </span>{' '}
              <Badge tone={state.tone}>{state.word}</Badge>
              <span className="small block">
                <HeldAddress record={r} />
                {r.lastUpdateAt !== null &&
                  t('web.ddns.lastUpdated', { time: f.time(r.lastUpdateAt), ago: f.relative(r.lastUpdateAt, now) })}
                {took && t('web.ddns.seenBy', { took })}
                {r.nextAttemptAt !== null &&
                  t('web.ddns.nextTry', { time: f.time(r.nextAttemptAt), ago: f.relative(r.nextAttemptAt, now) })}
              </span>
              {r.addressNote && (
                <span className="small block muted">{sayReason(r.addressReason, r.addressNote, words)}</span>
              )}
              {r.notAsked.length > 0 && (
                <span className="small block muted">{t('web.ddns.notAsked', { servers: r.notAsked.join(', ') })}</span>
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
