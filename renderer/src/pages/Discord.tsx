/**
 * The Discord bot: whether it is connected, as whom, in which servers, and its commands'
 * registration, and the same for each further bot (MoreBots.tsx); and the other way to Discord, a webhook channel, for posts without a bot.
 */
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

import { useStatus } from '../api/queries';
import { Badge } from '../components/Badge';
import { QueryState } from '../components/QueryState';
import { useTranslator } from '../i18n/I18n';
import { BotGuilds, BotLastError } from './bot-parts';
import { BOT_TONE, botStateWords, commandsLine } from './bot-view';
import { MoreBots } from './MoreBots';

/** A link inside a message (`<link>...</link>`), to `href`. */
const linkTo = (href: string) => (text: ReactNode) => <a href={href}>{text}</a>;

export function Discord() {
  const status = useStatus();
  const words = useTranslator();
  return (
    <>
      <header className="page-head">
        <h1>{words.t('web.discord.title')}</h1>
      </header>
      <QueryState query={status} what={words.t('web.query.what.botState')}>
        {(st) => {
          const bot = st.bot;
          return (
            <>
              <section className="card" aria-labelledby="bot-h">
                <h2 id="bot-h">{words.t('web.discord.bot')}</h2>
                <p>
                  <Badge tone={BOT_TONE[bot.state]}>{botStateWords(bot.state, words)}</Badge>{' '}
                  {bot.user && <span>{words.t('web.discord.as', { user: bot.user })}</span>}
                  {bot.pingMs !== null && (
                    <span className="muted small"> {words.t('web.discord.ping', { ms: bot.pingMs })}</span>
                  )}
                </p>
                <BotLastError lastError={bot.lastError} />
                {bot.state === 'off' && (
                  <p className="muted">
                    <FormattedMessage id="web.discord.off" values={{ link: linkTo('#/settings?section=discord') }} />
                  </p>
                )}
                {bot.inviteUrl && (
                  <p>
                    <a href={bot.inviteUrl} target="_blank" rel="noreferrer">
                      {words.t('web.discord.invite')}
                    </a>{' '}
                    <span className="muted small">{words.t('web.discord.invitePermissions')}</span>
                  </p>
                )}
                {bot.state !== 'off' && (
                  <p className="small">
                    <a href="#/settings?section=discord">{words.t('web.discord.settings')}</a>
                  </p>
                )}
                <p className="small muted">
                  <FormattedMessage id="web.discord.webhook" values={{ link: linkTo('#/settings?section=channels') }} />
                </p>
              </section>
              <section className="card" aria-labelledby="guilds-h">
                <h2 id="guilds-h">{words.t('web.discord.servers')}</h2>
                <BotGuilds guilds={bot.guilds} />
              </section>
              <section className="card" aria-labelledby="cmds-h">
                <h2 id="cmds-h">{words.t('web.discord.commands')}</h2>
                <p>{commandsLine(bot.commands, words)}</p>
              </section>
              <MoreBots bots={(st.bots ?? []).slice(1)} />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
