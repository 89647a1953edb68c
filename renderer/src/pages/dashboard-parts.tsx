/** The dashboard's sections: one address card per family, the channels (the sources: SourcesGrid.tsx). */
import { useMutation } from '@tanstack/react-query';

import { familyNote } from '../../../shared/health';
import type { ChannelState, ChannelStatus } from '../../../shared/notify-types';
import type { FamilyStatus } from '../../../shared/types';
import { useEngine } from '../api/engine';
import { useAppearance } from '../appearance';
import { Badge, type Tone } from '../components/Badge';
import { CopyButton } from '../components/CopyButton';
import { formatDuration, formatRelative, formatTime } from '../format';

export function AddressCard({ status, now }: { status: FamilyStatus; now: number }) {
  const [appearance] = useAppearance();
  const name = `IPv${status.family}`;
  const headingId = `addr-v${status.family}`;
  // What "uncertain" or "unavailable" means, and what to do (an address kept from before included).
  const note = familyNote(status);
  return (
    <section className="card address" aria-labelledby={headingId}>
      <h2 id={headingId}>{name}</h2>
      {!status.enabled ? (
        <p className="muted">Switched off in settings.</p>
      ) : status.ip ? (
        <>
          <p className="ip" data-testid={`ip-v${status.family}`}>
            {status.ip}
          </p>
          <CopyButton value={status.ip} label={`Copy the ${name} address`} />
          <dl className="facts">
            <dt>Held since</dt>
            <dd>{formatTime(status.since, appearance)}</dd>
            <dt>For</dt>
            <dd>{status.since ? formatDuration(Math.max(0, now - status.since)) : '—'}</dd>
            {status.cgnat && (
              <>
                <dt>Behind CGNAT</dt>
                <dd>{status.cgnat}</dd>
              </>
            )}
          </dl>
        </>
      ) : (
        <p className="muted">{status.lastCheck ? `No address (${status.lastCheck.result}).` : 'Not checked yet.'}</p>
      )}
      {note && <p className="small">{note}</p>}
      {status.lastCheck && (
        <p className="muted small">
          Last check {formatRelative(status.lastCheck.at, now)}: {status.lastCheck.result},{' '}
          {status.lastCheck.witness ? `vouched by ${status.lastCheck.witness} (no public request), ` : ''}
          {status.lastCheck.durationMs} ms
        </p>
      )}
    </section>
  );
}

const CHANNEL_TONE: Record<ChannelState, Tone> = {
  ok: 'good',
  retrying: 'warn',
  failing: 'bad',
  invalid: 'bad',
  paused: 'warn',
  disabled: 'neutral',
  removed: 'neutral',
};

function TestChannel({ id }: { id: string }) {
  const { client } = useEngine();
  const test = useMutation({ mutationFn: () => client.testChannel({ channelId: id }) });
  return (
    <span>
      <button type="button" onClick={() => test.mutate()} disabled={test.isPending} aria-label={`Send test: ${id}`}>
        {test.isPending ? 'Sending…' : 'Send test'}
      </button>
      <span aria-live="polite" className="small">
        {test.data && (test.data.ok ? ` Sent in ${test.data.ms} ms` : ` Failed: ${test.data.error}`)}
        {test.error && ` Failed: ${test.error.message}`}
      </span>
    </span>
  );
}

export function ChannelsList({ channels, now }: { channels: ChannelStatus[]; now: number }) {
  if (channels.length === 0) return <p className="state empty">No notification channels. Add one in Settings.</p>;
  return (
    <ul className="channels">
      {channels.map((c) => (
        <li key={c.id}>
          <strong>{c.id}</strong> <span className="muted">({c.type})</span>{' '}
          <Badge tone={CHANNEL_TONE[c.state]}>{c.state}</Badge>
          <span className="small block">
            {c.pending} pending · {c.sent} sent · {c.expired} expired
            {c.lastSentAt ? ` · last sent ${formatRelative(c.lastSentAt, now)}` : ''}
          </span>
          {(c.reason ?? c.lastError) && <span className="small block error-text">{c.reason ?? c.lastError}</span>}
          <TestChannel id={c.id} />
        </li>
      ))}
    </ul>
  );
}
