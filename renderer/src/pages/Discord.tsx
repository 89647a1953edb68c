/** The Discord bot: whether it is connected, as whom, in which servers, with which commands. */
import { useStatus } from '../api/queries';
import { Badge, type Tone } from '../components/Badge';
import { QueryState } from '../components/QueryState';
import { botView } from './bot-view';

const TONE: Record<string, Tone> = {
  ready: 'good',
  connecting: 'warn',
  error: 'bad',
  disconnected: 'bad',
  disabled: 'neutral',
};

export function Discord() {
  const status = useStatus();
  return (
    <>
      <header className="page-head">
        <h1>Discord</h1>
      </header>
      <QueryState query={status} what="the bot's state">
        {(st) => {
          const d = botView(st);
          if (!d)
            return (
              <p className="state empty">
                This engine runs no Discord bot. Set one up in Settings (Discord) and restart.
              </p>
            );
          return (
            <>
              <section className="card" aria-labelledby="bot-h">
                <h2 id="bot-h">Bot</h2>
                <p>
                  <Badge tone={TONE[d.state] ?? 'neutral'}>{d.state}</Badge> {d.user && <span>as {d.user}</span>}
                </p>
                {d.error && <p className="error-text">{d.error}</p>}
                {d.state === 'disabled' && (
                  <p className="muted">The bot is off. Give it a token in the settings to use it.</p>
                )}
              </section>
              <section className="card" aria-labelledby="guilds-h">
                <h2 id="guilds-h">Servers</h2>
                {d.guilds.length === 0 ? (
                  <p className="state empty">In no server yet.</p>
                ) : (
                  <ul>
                    {d.guilds.map((g) => (
                      <li key={g.id}>
                        {g.name} <span className="muted small">({g.id})</span>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
              <section className="card" aria-labelledby="cmds-h">
                <h2 id="cmds-h">Commands</h2>
                {d.commands.length === 0 ? (
                  <p className="state empty">No commands registered.</p>
                ) : (
                  <dl className="facts">
                    {d.commands.map((c) => (
                      <div key={c.name}>
                        <dt className="mono">/{c.name}</dt>
                        <dd>{c.description}</dd>
                      </div>
                    ))}
                  </dl>
                )}
              </section>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
