/**
 * The one way to add Discord: a webhook (posts only, nothing to install) or the bot (posts and
 * answers commands), each said in a line. The webhook is a notification channel whose form opens
 * here; the bot has its own section (Discord bot), where its token and servers are set.
 */
import { useId } from 'react';
import { FormattedMessage } from 'react-intl';

export function AddDiscord({ onWebhook, onBot }: { onWebhook: () => void; onBot: () => void }) {
  const id = useId();
  return (
    <fieldset className="add-discord">
      <legend>
        <FormattedMessage id="editors.addDiscord.legend" />
      </legend>
      <div className="choice">
        <button type="button" className="secondary" aria-describedby={`${id}-hook`} onClick={onWebhook}>
          <FormattedMessage id="editors.addDiscord.webhook" />
        </button>
        <p id={`${id}-hook`} className="small muted">
          <FormattedMessage id="editors.addDiscord.webhookHelp" />
        </p>
      </div>
      <div className="choice">
        <button type="button" className="secondary" aria-describedby={`${id}-bot`} onClick={onBot}>
          <FormattedMessage id="editors.addDiscord.bot" />
        </button>
        <p id={`${id}-bot`} className="small muted">
          <FormattedMessage id="editors.addDiscord.botHelp" />
        </p>
      </div>
    </fieldset>
  );
}
