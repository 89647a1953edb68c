/**
 * Discord webhook: one embed per notice (colour by tone, fields, local time).
 * Options: `url` (the webhook URL as Discord shows it), optional `username`, `avatarUrl`.
 *
 * The pasted URL has no API version, and Discord serves that as v6, where a 429 counts in
 * milliseconds; we post to v10 (seconds) with `wait=true`, so the answer is the saved
 * message, the proof of delivery (without it Discord answers 204 even for a message it did
 * not save). Source: discord-api-docs, docs/resources/Webhook.md and docs/topics/rate-limits.md.
 */
import { versionedWebhookUrl } from '../../../../shared/discord-rules';
import { CHANNEL_OPTIONS } from '../../../../shared/settings/channel-options';
import { type HttpAnswer, postHttp } from '../http';
import type { Message, SendResult } from '../types';
import { defineChannel } from './define';

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

const json = (body: string): Record<string, unknown> | null => {
  try {
    const v: unknown = JSON.parse(body);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};

/** A v8+ 429 body carries `retry_after` in seconds, with decimals (the header is rounded up). */
export const discordRetryAfter = (body: string): number | undefined => {
  const v = json(body)?.retry_after;
  return typeof v === 'number' && v >= 0 ? Math.round(v * 1000) : undefined;
};

/** Discord's JSON error codes that mean the webhook itself is gone or wrong. */
const WEBHOOK_GONE: Record<number, string> = {
  10015: 'Discord says "Unknown Webhook": it was deleted; create a new one and paste its URL',
  50027: 'Discord says "Invalid Webhook Token": paste the webhook URL again',
};

/** Discord's own reading of an answer, on top of the common table. */
export function discordAnswer(a: HttpAnswer): SendResult | undefined {
  const body = json(a.body);
  if (a.status >= 200 && a.status < 300) {
    // With wait=true the answer is the message Discord saved; anything else is no proof.
    return typeof body?.id === 'string'
      ? { ok: true }
      : { ok: false, kind: 'transient', error: `Discord did not confirm the message (HTTP ${a.status})` };
  }
  if (a.status === 429) {
    // The body's seconds have decimals where the header is rounded up: 1.5 s, not 2.
    const retryAfterMs = discordRetryAfter(a.body);
    if (retryAfterMs !== undefined) return { ok: false, kind: 'transient', error: a.error, retryAfterMs };
  }
  const code = typeof body?.code === 'number' ? body.code : null;
  if (code !== null && WEBHOOK_GONE[code]) return { ok: false, kind: 'misconfigured', error: WEBHOOK_GONE[code] };
  // 50035 Invalid Form Body about the username is a setting, not this notice.
  if (code === 50035 && typeof body?.errors === 'object' && body.errors !== null && 'username' in body.errors)
    return { ok: false, kind: 'misconfigured', error: `Discord refused the username: ${a.error}` };
  return undefined;
}

export const discord = defineChannel({
  type: 'discord-webhook',
  label: 'Discord webhook',
  options: CHANNEL_OPTIONS['discord-webhook'],
  create: (o, deps) => {
    const url = versionedWebhookUrl(o.url);
    return {
      send: (d) =>
        postHttp({
          url,
          body: JSON.stringify(discordPayload(d.message, d.notice.at, o.username, o.avatarUrl)),
          headers: { 'idempotency-key': d.idempotencyKey },
          signal: d.signal,
          client: deps.http,
          now: deps.clock.now(),
          retryAfterFromBody: discordRetryAfter,
          refine: discordAnswer,
        }),
      close: async () => {},
    };
  },
});
