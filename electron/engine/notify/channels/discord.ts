/**
 * Discord webhook: one embed per notice (colour by tone, fields, local time).
 * Options: `url` (the webhook URL), optional `username`, `avatarUrl`.
 */
import { z } from 'zod';

import { postHttp } from '../http';
import type { Message } from '../types';
import { defineChannel, httpUrl } from './define';

const COLORS: Record<Message['tone'], number> = { good: 0x2ecc71, info: 0x3498db, warn: 0xf1c40f, bad: 0xe74c3c };

/** Discord's limits: title 256, description 4096, field value 1024, 25 fields. */
const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function discordPayload(m: Message, at: number, username?: string, avatarUrl?: string): Record<string, unknown> {
  return {
    ...(username ? { username } : {}),
    ...(avatarUrl ? { avatar_url: avatarUrl } : {}),
    embeds: [
      {
        title: cut(m.title, 256),
        description: cut(m.summary, 4096),
        color: COLORS[m.tone],
        fields: m.fields
          .slice(0, 25)
          .map((f) => ({ name: cut(f.name, 256), value: cut(f.value, 1024), inline: f.value.length < 40 })),
        timestamp: new Date(at).toISOString(),
        footer: { text: 'IPWatch' },
      },
    ],
    allowed_mentions: { parse: [] },
  };
}

/** Discord's 429 body carries `retry_after` in seconds. */
export const discordRetryAfter = (body: string): number | undefined => {
  try {
    const v: unknown = (JSON.parse(body) as { retry_after?: unknown }).retry_after;
    return typeof v === 'number' ? Math.round(v * 1000) : undefined;
  } catch {
    return undefined;
  }
};

export const discord = defineChannel({
  type: 'discord-webhook',
  label: 'Discord webhook',
  options: z.strictObject({ url: httpUrl, username: z.string().max(80).optional(), avatarUrl: httpUrl.optional() }),
  create: (o, deps) => ({
    send: (d) =>
      postHttp({
        url: o.url,
        body: JSON.stringify(discordPayload(d.message, d.notice.at, o.username, o.avatarUrl)),
        headers: { 'idempotency-key': d.idempotencyKey },
        signal: d.signal,
        dispatcher: deps.dispatcher,
        now: deps.clock.now(),
        retryAfterFromBody: discordRetryAfter,
      }),
    close: async () => {},
  }),
});
