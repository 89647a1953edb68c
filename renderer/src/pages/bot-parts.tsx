/** The pieces of a bot's card that the Discord page shows alike for the first bot and the further ones (MoreBots.tsx). */
import type { BotGuildStatus, BotStatus } from '../../../shared/bot-types';
import { ErrorText } from '../components/ErrorText';
import { useTranslator } from '../i18n/I18n';
import { botErrorWords } from './bot-view';

/** The bot's last error, in the page's words where the bot gave its code; nothing without one. */
export function BotLastError({ lastError }: { lastError: BotStatus['lastError'] }) {
  const words = useTranslator();
  if (!lastError) return null;
  return (
    <div className="error-text">
      <ErrorText raw={lastError.message} said={botErrorWords(lastError, words)} />
    </div>
  );
}

/** The bot's servers, each with the channel it posts to and its problem; "no server" when none. */
export function BotGuilds({ guilds }: { guilds: BotGuildStatus[] }) {
  const words = useTranslator();
  if (guilds.length === 0) return <p className="state empty">{words.t('web.discord.noServer')}</p>;
  return (
    <ul>
      {guilds.map((g) => (
        <li key={g.id}>
          {g.name ?? words.t('web.discord.notJoined')} <span className="muted small">({g.id})</span>
          {g.channel && <span className="muted small"> {words.t('web.discord.postsTo', { channel: g.channel })}</span>}
          {g.problem && <span className="error-text"> {g.problem}</span>}
        </li>
      ))}
    </ul>
  );
}
