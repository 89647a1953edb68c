/**
 * The Discord section of Settings: the bot set up in four steps, from this page alone. The
 * token is write-only (the app's keychain vault, or a reference for a runner), the invite link
 * is the bot's own once it has connected (its application id comes from Discord), then the
 * servers with their channel, events, masking and roles, and a test post through the running bot.
 */
import '../options/forms.css';

import { useQuery } from '@tanstack/react-query';
import { FormattedMessage } from 'react-intl';

import type { BotStatus } from '../../../../shared/bot-types';
import type { Translator } from '../../../../shared/i18n/translator';
import { discordSchema } from '../../../../shared/settings/discord';
import { useEngine } from '../../api/engine';
import { statusQuery } from '../../api/queries';
import { Badge } from '../../components/Badge';
import { CopyButton } from '../../components/CopyButton';
import { ErrorText } from '../../components/ErrorText';
import { useTranslator } from '../../i18n/I18n';
import { BOT_TONE, botErrorWords } from '../../pages/bot-view';
import { TestButton } from '../channels/TestButton';
import { type FormCtx, LeafField } from '../fields';
import { optionSchema } from '../options/option-schema';
import { getAt, isSecretMarker } from '../schema-walk';
import { settingsHash } from '../section-pages';
import { BotTokenInput, RateLimitFields } from './bot-fields';
import { BotList } from './BotList';
import { GuildList } from './GuildList';

const PORTAL = 'https://discord.com/developers/applications';

/** The bot as it runs now: its state, as whom, and its last error. */
function BotLine({ bot }: { bot: BotStatus | undefined }) {
  const words = useTranslator();
  if (!bot) return null;
  return (
    <div role="status">
      <FormattedMessage
        id="editors.discord.bot"
        values={{
          state: <Badge tone={BOT_TONE[bot.state]}>{words.t('editors.discord.botState', { state: bot.state })}</Badge>,
        }}
      />
      {bot.user && (
        <span>
          {' '}
          <FormattedMessage id="editors.discord.as" values={{ user: bot.user }} />
        </span>
      )}
      {bot.lastError && (
        <span className="error-text">
          {' '}
          <ErrorText raw={bot.lastError.message} said={botErrorWords(bot.lastError, words)} />
        </span>
      )}
    </div>
  );
}

function Invite({ bot }: { bot: BotStatus | undefined }) {
  const words = useTranslator();
  if (!bot?.inviteUrl) return <p className="muted">{words.t('editors.discord.inviteLater')}</p>;
  return (
    <div className="controls">
      <a className="button" href={bot.inviteUrl} target="_blank" rel="noreferrer">
        {words.t('editors.discord.invite')}
      </a>
      <CopyButton value={bot.inviteUrl} label={words.t('editors.discord.copyInvite')} />
    </div>
  );
}

type Draft = Record<string, unknown>;

/** Why a test post cannot go yet: it goes through the running bot, with its saved servers. */
function testBlocked(ctx: FormCtx, bot: BotStatus | undefined, words: Translator): string | null {
  const edited = JSON.stringify(getAt(ctx.draft, ['discord'])) !== JSON.stringify(getAt(ctx.saved, ['discord']));
  if (edited) return words.t('editors.discord.saveFirst');
  if (bot?.state !== 'connected') {
    const state = bot ? words.t('editors.discord.botState', { state: bot.state }) : words.t('editors.discord.notKnown');
    return words.t('editors.discord.mustConnect', { state });
  }
  const guilds = (getAt(ctx.saved, ['discord', 'guilds']) as Draft[] | undefined) ?? [];
  if (!guilds.some((g) => typeof g.channel === 'string')) return words.t('editors.discord.channelFirst');
  return null;
}

/** The bot's notification channel: the one listed, or the one it gets by itself. */
function botChannel(ctx: FormCtx): Draft {
  const channels = (getAt(ctx.saved, ['notifications', 'channels']) as Draft[] | undefined) ?? [];
  return channels.find((c) => c.type === 'discord-bot') ?? { id: 'discord-bot', type: 'discord-bot' };
}

/** A saved token whose bot is not connected yet: the state is worth watching closely. */
const settling = (bot: BotStatus | undefined, savedToken: unknown): boolean =>
  savedToken !== null &&
  savedToken !== undefined &&
  !(isSecretMarker(savedToken) && !savedToken.set) &&
  (bot === undefined || bot.state === 'off' || bot.state === 'connecting' || bot.state === 'reconnecting');

/** Steps 2 to 4, once the bot has a token (or servers): invite it, its servers, a test post. */
function LaterSteps({ ctx, bot }: { ctx: FormCtx; bot: BotStatus | undefined }) {
  const words = useTranslator();
  return (
    <>
      <li>
        <h3>{words.t('editors.discord.stepInvite')}</h3>
        <Invite bot={bot} />
      </li>
      <li>
        <h3>{words.t('editors.discord.stepServers')}</h3>
        <p className="small muted">{words.t('editors.discord.ids')}</p>
        <GuildList ctx={ctx} bot={bot} />
      </li>
      <li>
        <h3>{words.t('editors.discord.stepTest')}</h3>
        <TestButton
          channel={botChannel(ctx)}
          blocked={testBlocked(ctx, bot, words)}
          label={words.t('editors.discord.sendTest')}
        />
      </li>
    </>
  );
}

/** The bot is being set up: a token is given (typed, stored or by reference) or a server listed. */
function begun(ctx: FormCtx): boolean {
  const token = getAt(ctx.draft, ['discord', 'token']);
  const guilds = getAt(ctx.draft, ['discord', 'guilds']);
  const hasToken = token !== null && token !== undefined && token !== '' && !(isSecretMarker(token) && !token.set);
  return hasToken || (Array.isArray(guilds) && guilds.length > 0);
}

export function DiscordPanel({ ctx }: { ctx: FormCtx }) {
  const { client } = useEngine();
  const savedToken = getAt(ctx.saved, ['discord', 'token']);
  // The bot's state is not an event of its own: while it is on its way, ask every 2 s instead of 30.
  const status = useQuery({
    ...statusQuery(client),
    refetchInterval: (q) => (settling(q.state.data?.bot, savedToken) ? 2000 : 30_000),
  }).data;
  const bot = status?.bot;
  const words = useTranslator();
  return (
    <>
      <BotLine bot={bot} />
      <p className="small">
        <FormattedMessage
          id="editors.discord.webhookInstead"
          values={{
            channels: (chunks) => <a href={settingsHash('channels')}>{chunks}</a>,
            page: (chunks) => <a href="#/discord">{chunks}</a>,
          }}
        />
      </p>
      <ol className="setup-steps">
        <li>
          <h3>{words.t('editors.discord.stepCreate')}</h3>
          <p className="small">
            <FormattedMessage
              id="editors.discord.portal"
              values={{
                portal: (chunks) => (
                  <a href={PORTAL} target="_blank" rel="noreferrer">
                    {chunks}
                  </a>
                ),
              }}
            />
          </p>
          <BotTokenInput ctx={ctx} schema={discordSchema} base={['discord']} />
        </li>
        {!begun(ctx) && (
          <li>
            <p className="muted small">{words.t('editors.discord.thenSteps')}</p>
          </li>
        )}
        {begun(ctx) && <LaterSteps ctx={ctx} bot={bot} />}
      </ol>
      <section aria-labelledby="more-bots-h">
        <h3 id="more-bots-h">{words.t('editors.bots.list')}</h3>
        <p className="small muted">{words.t('editors.bots.intro')}</p>
        <BotList ctx={ctx} bots={status?.bots} />
      </section>
      <details>
        <summary>{words.t('editors.discord.more')}</summary>
        {(['registration', 'apiBase'] as const).map((k) => (
          <LeafField key={k} schema={optionSchema(discordSchema, [k])!} path={['discord', k]} ctx={ctx} />
        ))}
        <RateLimitFields ctx={ctx} schema={discordSchema} base={['discord']} />
      </details>
    </>
  );
}
