/** The dashboard's address card, one per family (the sources: SourcesGrid.tsx; the channels: channels-list.tsx). */
import { FormattedMessage } from 'react-intl';

import { familyNote, type Health } from '../../../shared/health';
import type { FamilyStatus } from '../../../shared/types';
import { checkResultWords } from '../../../shared/words/health-no-source';
import { CopyButton } from '../components/CopyButton';
import { IdentityCredit, useOnlineSource } from '../components/IdentityCredit';
import { NetworkIdentity } from '../components/NetworkIdentity';
import { useFormat } from '../i18n/use-format';
import type { AddressView, FreshChange } from './address-view';

/**
 * A change still news (address-view.ts freshChange): "Changed 4 s ago: was <del>81.2.69.142</del>".
 * A screen reader hears one steady sentence with the time of day, not the seconds ticking by.
 */
export function ChangeBanner({ change, now }: { change: FreshChange; now: number }) {
  const f = useFormat();
  const ago = f.relative(change.at, now);
  return (
    <p className="change-banner" role="status" data-testid={`change-v${change.family}`}>
      <span aria-hidden="true">
        <FormattedMessage id="web.dash.changedWas" values={{ ago, was: <del className="mono">{change.was}</del> }} />
      </span>
      <span className="sr-only">
        {f.words.t('web.dash.changedAt', { family: change.family, time: f.time(change.at), was: change.was })}
      </span>
    </p>
  );
}

/** One family's address: current, or last known with why and when it was last confirmed (address-view.ts). */
export function AddressCard({
  status,
  view,
  now,
  change = null,
  banner,
}: {
  status: FamilyStatus;
  /** The page's verdict: a cause it says already is not said again on the card. */
  banner?: Health;
  view: AddressView;
  now: number;
  /** The family's change while it is news: a banner above the address. */
  change?: FreshChange | null;
}) {
  const fmt = useFormat();
  const { t } = fmt.words;
  const online = useOnlineSource();
  const name = t('web.family', { family: status.family });
  const headingId = `addr-v${status.family}`;
  // What "uncertain" or "unavailable" means, and what to do (an address kept from before included).
  const note = familyNote(status, fmt.words, banner);
  const stale = view.kind === 'last-known';
  return (
    <section
      className={change ? 'card address changed' : 'card address'}
      aria-labelledby={headingId}
      data-view={view.kind}
    >
      <h2 id={headingId}>{name}</h2>
      {change && <ChangeBanner change={change} now={now} />}
      {view.kind === 'off' ? (
        <p className="muted">{t('web.dash.switchedOff')}</p>
      ) : view.kind === 'none' ? (
        <p className="muted">{view.text}</p>
      ) : (
        <>
          {stale && (
            <p className="small" data-testid={`last-known-v${status.family}`}>
              <span className="last-known">{t('web.dash.lastKnown')}</span>{' '}
              {view.confirmedAt === null
                ? t('web.dash.confirmedBefore', { why: view.why })
                : t('web.dash.confirmedAt', {
                    why: view.why,
                    time: fmt.time(view.confirmedAt),
                    ago: fmt.relative(view.confirmedAt, now),
                  })}
            </p>
          )}
          <p className={stale ? 'ip stale' : 'ip'} data-testid={`ip-v${status.family}`}>
            {view.ip}
          </p>
          <CopyButton value={view.ip} label={t('web.dash.copyAddress', { family: status.family })} />
          <dl className="facts">
            <dt>{t('web.dash.heldSince')}</dt>
            <dd>{fmt.time(view.since)}</dd>
            <dt>{t('web.dash.for')}</dt>
            <dd data-testid={`for-v${status.family}`}>
              {view.forMs === null ? '—' : fmt.duration(view.forMs)}
              {stale && view.forMs !== null ? ` ${t('web.dash.toLastConfirmation')}` : ''}
            </dd>
            {status.identity && (
              <>
                <dt>{t('web.dash.network')}</dt>
                <dd data-testid={`network-v${status.family}`}>
                  <NetworkIdentity identity={status.identity} />
                  <IdentityCredit identities={[status.identity]} online={online} />
                </dd>
              </>
            )}
            {status.cgnat && (
              <>
                <dt>{t('web.dash.behindCgnat')}</dt>
                <dd>{status.cgnat}</dd>
              </>
            )}
          </dl>
        </>
      )}
      {note && <p className="small">{note}</p>}
      {status.lastCheck && (
        <p className="muted small">
          {t(status.lastCheck.witness ? 'web.dash.lastCheckVouched' : 'web.dash.lastCheck', {
            ago: fmt.relative(status.lastCheck.at, now),
            result: checkResultWords(status.lastCheck, fmt.words),
            witness: status.lastCheck.witness ?? '',
            ms: String(status.lastCheck.durationMs),
          })}
        </p>
      )}
    </section>
  );
}
