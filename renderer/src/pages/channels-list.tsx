/**
 * The dashboard's notification channels: each one's delivery state, its counts, and its last
 * error in words (ErrorText, the code under Details) only while it is the channel's state. An
 * error the channel recovered from is history (shared/words/error-standing.ts): "Last error 10 min
 * ago, since recovered", folded, never red under a green "ok".
 */
import { useMutation } from '@tanstack/react-query';

import type { MessageId, Translator } from '../../../shared/i18n/translator';
import { CHANNEL_TYPES, type ChannelState, type ChannelStatus, type ChannelType } from '../../../shared/notify-types';
import type { ErrorWords } from '../../../shared/words/error';
import { errorStanding } from '../../../shared/words/error-standing';
import { codedErrorWords } from '../../../shared/words/reason';
import { useEngine } from '../api/engine';
import { useTestBlocked } from '../api/may-act';
import { Badge, type Tone } from '../components/Badge';
import { ErrorText } from '../components/ErrorText';
import { useTranslator } from '../i18n/I18n';
import { useFormat } from '../i18n/use-format';
import { channelTypeLabel } from '../settings/channels/forms';

const CHANNEL_TONE: Record<ChannelState, Tone> = {
  ok: 'good',
  retrying: 'warn',
  failing: 'bad',
  invalid: 'bad',
  paused: 'warn',
  disabled: 'neutral',
  removed: 'neutral',
};

/** A channel's state as the page's language says it. */
const CHANNEL_WORD: Record<ChannelState, MessageId> = {
  ok: 'web.channel.state.ok',
  retrying: 'web.channel.state.retrying',
  failing: 'web.channel.state.failing',
  invalid: 'web.channel.state.invalid',
  paused: 'web.channel.state.paused',
  disabled: 'web.channel.state.disabled',
  removed: 'web.channel.state.removed',
};

function TestChannel({ id }: { id: string }) {
  const words = useTranslator();
  const { t } = words;
  const { client } = useEngine();
  const test = useMutation({ mutationFn: () => client.testChannel({ channelId: id }) });
  const blocked = useTestBlocked();
  const failed = test.data?.ok === false ? test.data.error : test.error?.message;
  const failedCode = test.data?.ok === false ? test.data.errorCode : undefined;
  return (
    <div>
      <button
        type="button"
        onClick={() => test.mutate()}
        disabled={test.isPending || blocked !== null}
        title={blocked ?? undefined}
        aria-label={t('web.channel.sendTestTo', { channel: id })}
      >
        {t(test.isPending ? 'web.channel.sending' : 'web.channel.sendTest')}
      </button>
      <div aria-live="polite" className="small">
        {blocked}
        {test.data?.ok && ` ${t('web.channel.sentIn', { ms: String(test.data.ms) })}`}
        {failed !== undefined && (
          <>
            {` ${t('web.channel.notSent')} `}
            <ErrorText raw={failed} said={codedErrorWords(failedCode, failed, words)} />
          </>
        )}
      </div>
    </div>
  );
}

/** The channel's last error: red while it is its state, folded history once it recovered. */
function LastError({ c, now }: { c: ChannelStatus; now: number }) {
  const f = useFormat();
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
        <ErrorText raw={c.lastError} said={codedErrorWords(c.lastErrorCode, c.lastError, f.words)} />
      </div>
    );
  const recovered = standing === 'recovered' ? 'yes' : 'no';
  return (
    <details className="small muted past-error" data-testid="channel-past-error">
      <summary>
        {c.lastErrorAt === null
          ? f.words.t('web.channel.lastError', { recovered })
          : f.words.t('web.channel.lastErrorAgo', { ago: f.relative(c.lastErrorAt, now), recovered })}
      </summary>
      <ErrorText raw={c.lastError} said={codedErrorWords(c.lastErrorCode, c.lastError, f.words)} />
    </details>
  );
}

/** A channel's type by its name in the page's language; a type this page does not know (another version's) as the engine gave it. */
/** The engine's reason for a channel it decided (a desktop without a session or notify-send) in the page's language; else undefined (read the text). */
const channelReason = (c: ChannelStatus, words: Translator): ErrorWords | undefined =>
  c.reason === null ? undefined : codedErrorWords(c.reasonCode, c.reason, words);

const typeName = (type: string, words: Translator): string =>
  (CHANNEL_TYPES as readonly string[]).includes(type) ? channelTypeLabel(type as ChannelType, words) : type;

export function ChannelsList({ channels, now }: { channels: ChannelStatus[]; now: number }) {
  const f = useFormat();
  const { t } = f.words;
  if (channels.length === 0) return <p className="state empty">{t('web.channel.none')}</p>;
  return (
    <ul className="channels">
      {channels.map((c) => (
        <li key={c.id}>
          <strong>{c.id}</strong> <span className="muted">({typeName(c.type, f.words)})</span>{' '}
          <Badge tone={CHANNEL_TONE[c.state]}>{t(CHANNEL_WORD[c.state])}</Badge>
          <span className="small block">
            {t('web.channel.counts', { pending: String(c.pending), sent: String(c.sent), expired: String(c.expired) })}
            {c.lastSentAt ? t('web.channel.lastSent', { ago: f.relative(c.lastSentAt, now) }) : ''}
          </span>
          {c.reason !== null && (
            // Off on this machine (no desktop session) is not broken: only a channel that cannot run is red.
            <div className={c.state === 'invalid' ? 'small error-text' : 'small muted'}>
              <ErrorText raw={c.reason} said={channelReason(c, f.words)} />
            </div>
          )}
          <LastError c={c} now={now} />
          <TestChannel id={c.id} />
        </li>
      ))}
    </ul>
  );
}
