/**
 * Each notification channel type's own options, as one zod schema per type: the engine's
 * channel files build from them (electron/engine/notify/channels/) and the Settings page
 * checks a channel being edited with the same schemas, so a field's rule is written once.
 * A rule that needs Node (a webhook's signing secret, decoded) stays in the channel's file.
 * Pure. docs/notifications.md documents every option.
 */
import { z } from 'zod';

import { webhookUsernameProblem } from './discord-rules';
import type { ChannelType } from './notify-types';
import { httpUrlSchema } from './schema-common';

/** Keys every channel has; the rest of a channel's settings object is its own options. */
export const COMMON_CHANNEL_KEYS: readonly string[] = ['id', 'type', 'enabled', 'events', 'mask'];

/** A channel's own options: its settings without the common keys. */
export function channelOptions(settings: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(settings).filter(([k]) => !COMMON_CHANNEL_KEYS.includes(k)));
}

/** A secret that must be set (a token, a password). */
export const requiredSecret = (what: string) =>
  z.string({ error: `${what} is required` }).min(1, `${what} is required`);

const httpUrl = httpUrlSchema;

/** How a webhook with a `secret` signs: Standard Webhooks, or the GitHub-style sha256= header. */
export const WEBHOOK_SIGNATURES = ['standard', 'github'] as const;

const emailAddress = z
  .string()
  .min(3)
  .regex(/^[^\s@]+@[^\s@]+$|<[^\s@]+@[^\s@]+>$/, 'expected an email address');

const topicPart = z
  .string()
  .min(1)
  .regex(/^[^#+\s]+$/, 'no spaces, # or + in a topic');

const none = z.strictObject({});

export const CHANNEL_OPTIONS = {
  desktop: none,
  'discord-webhook': z.strictObject({
    url: httpUrl,
    username: z
      .string()
      .superRefine((name, ctx) => {
        const problem = webhookUsernameProblem(name);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .optional(),
    avatarUrl: httpUrl.optional(),
  }),
  // The bot's guilds, channels and masks live under `discord` in the settings.
  'discord-bot': none,
  slack: z.strictObject({ url: httpUrl }),
  telegram: z.strictObject({
    token: requiredSecret('token').regex(/^\d+:[\w-]+$/, 'expected a bot token like 123456:ABC-DEF...'),
    chatId: z.union([z.number().int(), z.string().min(1)], { error: 'chatId is required' }),
    apiBase: httpUrl.default('https://api.telegram.org'),
    silent: z.boolean().default(false),
  }),
  ntfy: z.strictObject({
    server: httpUrl.default('https://ntfy.sh'),
    topic: z
      .string({ error: 'topic is required' })
      .regex(/^[-_A-Za-z0-9]{1,64}$/, 'letters, digits, - and _, at most 64'),
    token: z.string().min(1).optional(),
    priority: z.number().int().min(1).max(5).optional(),
  }),
  gotify: z.strictObject({
    url: httpUrl,
    token: requiredSecret('token'),
    priority: z.number().int().min(0).max(10).default(5),
  }),
  webhook: z.strictObject({
    url: httpUrl,
    method: z.enum(['POST', 'PUT']).default('POST'),
    headers: z
      .record(z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'not a valid header name'), z.string())
      .default({}),
    template: z.string().min(1).optional(),
    contentType: z.string().min(1).default('application/json'),
    secret: z.string().min(1).optional(),
    signature: z.enum(WEBHOOK_SIGNATURES).default('standard'),
  }),
  email: z.strictObject({
    host: z.string({ error: 'host is required' }).min(1, 'host is required'),
    port: z.number().int().min(1).max(65_535).default(587),
    secure: z.boolean().default(false),
    requireTLS: z.boolean().optional(),
    rejectUnauthorized: z.boolean().default(true),
    auth: z.strictObject({ user: requiredSecret('auth.user'), pass: requiredSecret('auth.pass') }).optional(),
    from: emailAddress,
    to: z.union([emailAddress, z.array(emailAddress).min(1)], {
      error: 'to is required: an address or a list of addresses',
    }),
    subjectPrefix: z.string().default('[IPWatch] '),
  }),
  mqtt: z.strictObject({
    url: z.url({ protocol: /^(mqtts?|wss?)$/, error: 'expected an mqtt://, mqtts://, ws:// or wss:// URL' }),
    username: z.string().min(1).optional(),
    password: z.string().min(1).optional(),
    clientId: z.string().min(1).max(128).optional(),
    node: topicPart.optional(),
    baseTopic: topicPart.default('ipwatch'),
    discovery: z.boolean().default(true),
    discoveryPrefix: topicPart.default('homeassistant'),
    qos: z.union([z.literal(0), z.literal(1), z.literal(2)]).default(1),
  }),
} satisfies Record<ChannelType, z.ZodType<object>>;

export type ChannelOptions<T extends ChannelType> = z.output<(typeof CHANNEL_OPTIONS)[T]>;
