/** The dashboard's address card, one per family (the sources: SourcesGrid.tsx; the channels: channels-list.tsx). */
import { familyNote } from '../../../shared/health';
import type { FamilyStatus } from '../../../shared/types';
import { checkResultWords } from '../../../shared/words/health-no-source';
import { useAppearance } from '../appearance';
import { CopyButton } from '../components/CopyButton';
import { IdentityCredit, useOnlineSource } from '../components/IdentityCredit';
import { NetworkIdentity } from '../components/NetworkIdentity';
import { formatDuration, formatRelative, formatTime } from '../format';
import { useTranslator } from '../i18n/I18n';
import type { AddressView, FreshChange } from './address-view';

/**
 * A change still news (address-view.ts freshChange): "Changed 4 s ago: was <del>81.2.69.142</del>".
 * A screen reader hears one steady sentence with the time of day, not the seconds ticking by.
 */
export function ChangeBanner({ change, now }: { change: FreshChange; now: number }) {
  const [appearance] = useAppearance();
  const ago = formatRelative(change.at, now);
  return (
    <p className="change-banner" role="status" data-testid={`change-v${change.family}`}>
      <span aria-hidden="true">
        Changed {ago}: was <del className="mono">{change.was}</del>
      </span>
      <span className="sr-only">
        IPv{change.family} changed at {formatTime(change.at, appearance)}; the old address was {change.was}.
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
}: {
  status: FamilyStatus;
  view: AddressView;
  now: number;
  /** The family's change while it is news: a banner above the address. */
  change?: FreshChange | null;
}) {
  const [appearance] = useAppearance();
  const online = useOnlineSource();
  const name = `IPv${status.family}`;
  const headingId = `addr-v${status.family}`;
  // What "uncertain" or "unavailable" means, and what to do (an address kept from before included).
  const words = useTranslator();
  const note = familyNote(status, words);
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
        <p className="muted">Switched off in settings.</p>
      ) : view.kind === 'none' ? (
        <p className="muted">{view.text}</p>
      ) : (
        <>
          {stale && (
            <p className="small" data-testid={`last-known-v${status.family}`}>
              <span className="last-known">Last known</span> {view.why}; last confirmed{' '}
              {view.confirmedAt === null
                ? 'before the recent checks'
                : `${formatTime(view.confirmedAt, appearance)} (${formatRelative(view.confirmedAt, now)})`}
              .
            </p>
          )}
          <p className={stale ? 'ip stale' : 'ip'} data-testid={`ip-v${status.family}`}>
            {view.ip}
          </p>
          <CopyButton value={view.ip} label={`Copy the ${name} address`} />
          <dl className="facts">
            <dt>Held since</dt>
            <dd>{formatTime(view.since, appearance)}</dd>
            <dt>For</dt>
            <dd data-testid={`for-v${status.family}`}>
              {view.forMs === null ? '—' : formatDuration(view.forMs)}
              {stale && view.forMs !== null ? ' (to its last confirmation)' : ''}
            </dd>
            {status.identity && (
              <>
                <dt>Network</dt>
                <dd data-testid={`network-v${status.family}`}>
                  <NetworkIdentity identity={status.identity} />
                  <IdentityCredit identities={[status.identity]} online={online} />
                </dd>
              </>
            )}
            {status.cgnat && (
              <>
                <dt>Behind CGNAT</dt>
                <dd>{status.cgnat}</dd>
              </>
            )}
          </dl>
        </>
      )}
      {note && <p className="small">{note}</p>}
      {status.lastCheck && (
        <p className="muted small">
          Last check {formatRelative(status.lastCheck.at, now)}: {checkResultWords(status.lastCheck, words)},{' '}
          {status.lastCheck.witness ? `vouched by ${status.lastCheck.witness} (no public request), ` : ''}
          {status.lastCheck.durationMs} ms
        </p>
      )}
    </section>
  );
}
