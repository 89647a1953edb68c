/**
 * The Discord bot: whether it is connected, as whom, in which servers, and its commands'
 * registration; and the other way to Discord, a webhook channel, for posts without a bot.
 */
import { useStatus } from '../api/queries';
import { Badge } from '../components/Badge';
import { QueryState } from '../components/QueryState';
import { BOT_TONE, commandsLine } from './bot-view';

export function Discord() {
  const status = useStatus();
  return (
    <>
      <header className="page-head">
        <h1>Discord</h1>
      </header>
      <QueryState query={status} what="the bot's state">
        {(st) => {
          const bot = st.bot;
          return (
            <>
              <section className="card" aria-labelledby="bot-h">
                <h2 id="bot-h">Bot</h2>
                <p>
                  <Badge tone={BOT_TONE[bot.state]}>{bot.state}</Badge> {bot.user && <span>as {bot.user}</span>}
                  {bot.pingMs !== null && <span className="muted small"> (gateway ping {bot.pingMs} ms)</span>}
                </p>
                {bot.lastError && <p className="error-text">{bot.lastError.message}</p>}
                {bot.state === 'off' && (
                  <p className="muted">
                    The bot is off until it has a token. <a href="#/settings?section=discord">Set it up in Settings</a>:
                    the token, its servers and their channels.
                  </p>
                )}
                {bot.inviteUrl && (
                  <p>
                    <a href={bot.inviteUrl} target="_blank" rel="noreferrer">
                      Add the bot to a server
                    </a>{' '}
                    <span className="muted small">(with the permissions it needs)</span>
                  </p>
                )}
                {bot.state !== 'off' && (
                  <p className="small">
                    <a href="#/settings?section=discord">Discord settings</a>
                  </p>
                )}
                <p className="small muted">
                  Only want posts, no commands? A Discord webhook needs no bot:{' '}
                  <a href="#/settings?section=channels">add one under Notification channels</a> (Add Discord).
                </p>
              </section>
              <section className="card" aria-labelledby="guilds-h">
                <h2 id="guilds-h">Servers</h2>
                {bot.guilds.length === 0 ? (
                  <p className="state empty">No server configured.</p>
                ) : (
                  <ul>
                    {bot.guilds.map((g) => (
                      <li key={g.id}>
                        {g.name ?? 'not joined yet'} <span className="muted small">({g.id})</span>
                        {g.channel && <span className="muted small"> posts to channel {g.channel}</span>}
                        {g.problem && <span className="error-text"> {g.problem}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
              <section className="card" aria-labelledby="cmds-h">
                <h2 id="cmds-h">Commands</h2>
                <p>{commandsLine(bot.commands)}</p>
              </section>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
