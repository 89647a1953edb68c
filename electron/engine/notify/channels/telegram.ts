/**
 * Telegram Bot API `sendMessage`, plain text. Options: `token` (from @BotFather), `chatId`,
 * `apiBase` (default https://api.telegram.org; point it at a fake or a local Bot API server).
 */
import { z } from 'zod';

import { postHttp } from '../http';
import { defineChannel, httpUrl, joinUrl, secret } from './define';

/** A 429 answer says `{"parameters":{"retry_after":N}}` (seconds). */
export const telegramRetryAfter = (body: string): number | undefined => {
  try {
    const v: unknown = (JSON.parse(body) as { parameters?: { retry_after?: unknown } }).parameters?.retry_after;
    return typeof v === 'number' ? v * 1000 : undefined;
  } catch {
    return undefined;
  }
};

export const telegram = defineChannel({
  type: 'telegram',
  label: 'Telegram',
  options: z.strictObject({
    token: secret('token').regex(/^\d+:[\w-]+$/, 'expected a bot token like 123456:ABC-DEF...'),
    chatId: z.union([z.number().int(), z.string().min(1)], { error: 'chatId is required' }),
    apiBase: httpUrl.default('https://api.telegram.org'),
    silent: z.boolean().default(false),
  }),
  create: (o, deps) => ({
    send: (d) =>
      postHttp({
        url: joinUrl(o.apiBase, `bot${o.token}/sendMessage`),
        body: JSON.stringify({
          chat_id: o.chatId,
          text: `${d.message.title}\n${d.message.text}`.slice(0, 4096),
          disable_notification: o.silent,
          link_preview_options: { is_disabled: true },
        }),
        signal: d.signal,
        dispatcher: deps.dispatcher,
        now: deps.clock.now(),
        retryAfterFromBody: telegramRetryAfter,
      }),
    close: async () => {},
  }),
});
