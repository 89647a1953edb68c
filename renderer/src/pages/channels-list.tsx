/**
 * The dashboard's notification channels: each one's delivery state, its counts, and its last
 * error in words (ErrorText, the code under Details) only while it is the channel's state. An
 * error the channel recovered from is history (shared/words/error-standing.ts): "Last error 10 min
 * ago, since recovered", folded, never red under a green "ok".
 */
import { useMutation } from '@tanstack/react-query';

import type { ChannelState, ChannelStatus } from '../../../shared/notify-types';
import { errorStanding } from '../../../shared/words/error-standing';
import { useEngine } from '../api/engine';
import { useTestBlocked } from '../api/may-act';
import { Badge, type Tone } from '../components/Badge';
import { ErrorText } from '../components/ErrorText';
import { formatRelative } from '../format';

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
  const blocked = useTestBlocked();
  const failed = test.data?.ok === false ? test.data.error : test.error?.message;
  return (
    <div>
      <button
        type="button"
        onClick={() => test.mutate()}
        disabled={test.isPending || blocked !== null}
        title={blocked ?? undefined}
        aria-label={`Send test: ${id}`}
      >
        {test.isPending ? 'Sending…' : 'Send test'}
      </button>
      <div aria-live="polite" className="small">
        {blocked}
        {test.data?.ok && ` Sent in ${test.data.ms} ms`}
        {failed !== undefined && (
          <>
            {' Not sent: '}
            <ErrorText raw={failed} />
          </>
        )}
      </div>
    </div>
  );
}

/** The channel's last error: red while it is its state, folded history once it recovered. */
function LastError({ c, now }: { c: ChannelStatus; now: number }) {
  const standing = errorStanding({
    error: c.lastError,
    errorAt: c.lastErrorAt,
    okAt: c.lastSentAt,
    failingNow: c.state === 'retrying' || c.state === 'failing',
  });
  if (standing === 'none' || c.lastError === null) return null;
  if (standing === 'current')
    return (
      <div className="small error-text" data-testid="channel-error">
        <ErrorText raw={c.lastError} />
      </div>
    );
  const when = c.lastErrorAt === null ? '' : ` ${formatRelative(c.lastErrorAt, now)}`;
  return (
    <details className="small muted past-error" data-testid="channel-past-error">
      <summary>
        Last error{when}
        {standing === 'recovered' ? ', since recovered' : ''}
      </summary>
      <ErrorText raw={c.lastError} />
    </details>
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
          {c.reason !== null && (
            // Off on this machine (no desktop session) is not broken: only a channel that cannot run is red.
            <div className={c.state === 'invalid' ? 'small error-text' : 'small muted'}>
              <ErrorText raw={c.reason} />
            </div>
          )}
          <LastError c={c} now={now} />
          <TestChannel id={c.id} />
        </li>
      ))}
    </ul>
  );
}
