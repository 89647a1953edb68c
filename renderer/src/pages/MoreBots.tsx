/**
 * The further bots (docs/discord-bot.md "Several bots"): each one's state, Discord user,
 * last error, servers and commands, as the first bot's are shown above it on the Discord page.
 */
import type { NamedBotStatus } from '../../../shared/bot-types';
import { Badge } from '../components/Badge';
import { ErrorText } from '../components/ErrorText';
import { useTranslator } from '../i18n/I18n';
import { BOT_TONE, botErrorWords, botStateWords, commandsLine } from './bot-view';

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
          {bot.lastError && (
            <div className="error-text">
              <ErrorText raw={bot.lastError.message} said={botErrorWords(bot.lastError, words)} />
            </div>
          )}
          {bot.guilds.length === 0 ? (
            <p className="state empty">{words.t('web.discord.noServer')}</p>
          ) : (
            <ul>
              {bot.guilds.map((g) => (
                <li key={g.id}>
                  {g.name ?? words.t('web.discord.notJoined')} <span className="muted small">({g.id})</span>
                  {g.channel && (
                    <span className="muted small"> {words.t('web.discord.postsTo', { channel: g.channel })}</span>
                  )}
                  {g.problem && <span className="error-text"> {g.problem}</span>}
                </li>
              ))}
            </ul>
          )}
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
