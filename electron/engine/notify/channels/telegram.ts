/**
 * Telegram Bot API `sendMessage`, plain text. Options: `token` (from @BotFather), `chatId`,
 * `apiBase` (default https://api.telegram.org; point it at a fake or a local Bot API server).
 *
 * Telegram's own answers (core.telegram.org/bots/api, "ResponseParameters"): when a group
 * becomes a supergroup, the old chat id answers 400 with `parameters.migrate_to_chat_id`; the
 * notice is sent to the new chat at once, and the new id is handed back to be kept in the
 * settings. "chat not found" is a setting to fix, not a refused notice.
 */
import { CHANNEL_OPTIONS } from '../../../../shared/settings/channel-options';
import { type HttpAnswer, postHttp } from '../http';
import type { Delivery, SendResult } from '../types';
import { defineChannel, joinUrl } from './define';

interface TelegramError {
  description?: unknown;
  parameters?: { retry_after?: unknown; migrate_to_chat_id?: unknown };
}

const parse = (body: string): TelegramError | null => {
  try {
    const v: unknown = JSON.parse(body);
    return typeof v === 'object' && v !== null ? (v as TelegramError) : null;
  } catch {
    return null;
  }
};

/** A 429 answer says `{"parameters":{"retry_after":N}}` (seconds). */
export const telegramRetryAfter = (body: string): number | undefined => {
  const v = parse(body)?.parameters?.retry_after;
  return typeof v === 'number' ? v * 1000 : undefined;
};

/** The supergroup a 400 answer says the group became, if it says so. */
export const migratedTo = (body: string): number | undefined => {
  const v = parse(body)?.parameters?.migrate_to_chat_id;
  return typeof v === 'number' && Number.isSafeInteger(v) ? v : undefined;
};

function telegramAnswer(a: HttpAnswer): SendResult | undefined {
  const description = parse(a.body)?.description;
  if (a.status === 400 && typeof description === 'string' && /chat not found/i.test(description))
    return {
      ok: false,
      kind: 'misconfigured',
      error: `${a.error} (check chatId, and that the bot was added to the chat or started by the user)`,
    };
  return undefined;
}

export const telegram = defineChannel({
  type: 'telegram',
  label: 'Telegram',
  options: CHANNEL_OPTIONS.telegram,
  create: (o, deps) => {
    // Follows a migration at once, before the settings file catches up.
    let chatId = o.chatId;
    /** One sendMessage; `migrateTo` is set when Telegram says the group became a supergroup. */
    async function post(d: Delivery, to: number | string): Promise<{ result: SendResult; migrateTo?: number }> {
      let migrateTo: number | undefined;
      const result = await postHttp({
        url: joinUrl(o.apiBase, `bot${o.token}/sendMessage`),
        body: JSON.stringify({
          chat_id: to,
          text: `${d.message.title}\n${d.message.text}`.slice(0, 4096),
          disable_notification: o.silent,
          link_preview_options: { is_disabled: true },
        }),
        signal: d.signal,
        client: deps.http,
        now: deps.clock.now(),
        retryAfterFromBody: telegramRetryAfter,
        refine: (a) => {
          migrateTo = a.status === 400 ? migratedTo(a.body) : undefined;
          return telegramAnswer(a);
        },
      });
      return migrateTo === undefined ? { result } : { result, migrateTo };
    }
    return {
      async send(d) {
        const first = await post(d, chatId);
        if (first.migrateTo === undefined) return first.result;
        const from = chatId;
        chatId = first.migrateTo;
        const again = await post(d, chatId);
        if (!again.result.ok) return again.result;
        return {
          ok: true,
          moved: {
            options: { chatId },
            note: `Telegram upgraded chat ${from} to supergroup ${chatId}; chatId updated in the settings`,
          },
        };
      },
      close: async () => {},
    };
  },
});
