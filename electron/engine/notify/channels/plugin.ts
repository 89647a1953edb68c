/**
 * A user's program as a channel (plugins/; docs/plugins.md): each notice is handed to it as
 * `{"op":"send","notice":{kind,key,at},"message":{title,summary,text,fields,tone,time}}` and it
 * answers `{"ok":true}`. It goes through the durable outbox like every channel: a plugin that
 * hangs, crashes or answers wrongly is retried with the outbox's backoff; one that says a retry
 * will not help (`"retry": false`) has that notice set aside with its words; a plugin that cannot
 * be found or started pauses the channel, as wrong settings do. The message is the one every
 * channel gets, the address already masked as the channel's mask says. A failure carries its
 * reason's code beside the English, so the page and the bot say it in their reader's language.
 */
import { CHANNEL_OPTIONS } from '../../../../shared/settings/channel-options';
import { inEnglish, reason, ReasonError } from '../../reason';
import { defineChannel } from './define';

/** A plugin's failure that its settings, not a later try, must fix: it could not be found or started. */
const FIX_FIRST = new Set(['reason.plugin.notFound', 'reason.plugin.wrongKind', 'reason.plugin.couldNotStart']);

export const plugin = defineChannel({
  type: 'plugin',
  label: 'Plugin',
  options: CHANNEL_OPTIONS.plugin,
  create: ({ plugin: name }, deps) => {
    const call = deps.plugins;
    if (!call) throw new ReasonError(reason('reason.plugin.notFound', { name }));
    return {
      async send({ notice, message, idempotencyKey, signal }) {
        const body = {
          notice: { kind: notice.kind, key: idempotencyKey, at: notice.at },
          message: {
            title: message.title,
            summary: message.summary,
            text: message.text,
            fields: message.fields,
            tone: message.tone,
            time: message.time,
          },
        };
        const r = await call(name, 'send', body, signal);
        if (r.ok) return { ok: true };
        // The English for the log and the store; the code for a reader in another language.
        const said = { error: inEnglish(r.reason), reason: r.reason };
        if (r.missing || FIX_FIRST.has(r.reason.code)) return { ok: false, kind: 'misconfigured', ...said };
        return { ok: false, kind: r.retry ? 'transient' : 'rejected', ...said };
      },
      // Nothing outlives a call: each send's program has ended, with its group, before it resolves.
      close: async () => {},
    };
  },
});
