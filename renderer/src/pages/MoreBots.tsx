/**
 * The further bots (docs/discord-bot.md "Several bots"): each one's state, Discord user,
 * last error, servers and commands, as the first bot's are shown above it on the Discord page.
 */
import type { NamedBotStatus } from '../../../shared/bot-types';
import { Badge } from '../components/Badge';
import { useTranslator } from '../i18n/I18n';
import { BotGuilds, BotLastError } from './bot-parts';
import { BOT_TONE, botStateWords, commandsLine } from './bot-view';

export function MoreBots({ bots }: { bots: NamedBotStatus[] }) {
  const words = useTranslator();
  if (bots.length === 0) return null;
  return (
    <section className="card" aria-labelledby="more-bots-h">
      <h2 id="more-bots-h">{words.t('web.discord.moreBots')}</h2>
      {bots.map((bot) => (
        <article key={bot.id} aria-label={bot.name || bot.id}>
          <h3>
            {bot.name || bot.id} <Badge tone={BOT_TONE[bot.state]}>{botStateWords(bot.state, words)}</Badge>
          </h3>
          <p className="small">
            {bot.user && <span>{words.t('web.discord.as', { user: bot.user })} </span>}
            <span className="muted">{words.t('web.discord.botId', { id: bot.id })}</span>
          </p>
          <BotLastError lastError={bot.lastError} />
          <BotGuilds guilds={bot.guilds} />
          <p className="small">{commandsLine(bot.commands, words)}</p>
          {bot.inviteUrl && (
            <p className="small">
              <a href={bot.inviteUrl} target="_blank" rel="noreferrer">
                {words.t('web.discord.invite')}
              </a>
            </p>
          )}
        </article>
      ))}
    </section>
  );
}
