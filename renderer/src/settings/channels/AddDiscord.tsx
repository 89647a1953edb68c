/**
 * The one way to add Discord: a webhook (posts only, nothing to install) or the bot (posts and
 * answers commands), each said in a line. The webhook is a notification channel whose form opens
 * here; the bot has its own section (Discord bot), where its token and servers are set.
 */
import { useId } from 'react';

export function AddDiscord({ onWebhook, onBot }: { onWebhook: () => void; onBot: () => void }) {
  const id = useId();
  return (
    <fieldset className="add-discord">
      <legend>Add Discord</legend>
      <div className="choice">
        <button type="button" className="secondary" aria-describedby={`${id}-hook`} onClick={onWebhook}>
          A webhook: posts only
        </button>
        <p id={`${id}-hook`} className="small muted">
          Each notice goes to one Discord channel. Nothing to install: in Discord, the channel&apos;s settings,
          Integrations, Webhooks, New Webhook, then paste its URL here.
        </p>
      </div>
      <div className="choice">
        <button type="button" className="secondary" aria-describedby={`${id}-bot`} onClick={onBot}>
          The bot: commands too
        </button>
        <p id={`${id}-bot`} className="small muted">
          Posts to your servers and answers /ip, /status and the other commands there. Needs a bot of your own: its
          token and servers are set in the Discord bot section.
        </p>
      </div>
    </fieldset>
  );
}
