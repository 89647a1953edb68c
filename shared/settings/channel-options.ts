/**
 * Each notification channel type's own options, as one zod schema per type: the engine's
 * channel files build from them (electron/engine/notify/channels/) and the Settings page
 * checks a channel being edited with the same schemas, so a field's rule is written once.
 * A rule that needs Node (a webhook's signing secret, decoded) stays in the channel's file.
 * Each option carries its label and help (`about`), which the form and docs/notifications.md show.
 * Pure.
 */
import { z } from 'zod';

import { webhookUsernameProblem } from '../discord-rules';
import { CHANNEL_TYPES, type ChannelType } from '../notify-types';
import { PUSH_CHANNEL_OPTIONS } from './channel-options-push';
import { about, httpUrlOf, httpUrlSchema, oneReading, oneReadingHost } from './schema-common';
import { getAt } from './schema-fields';
import { looksLikeSecretRef } from './secret';

/** Keys every channel has; the rest of a channel's settings object is its own options. */
export const COMMON_CHANNEL_KEYS: readonly string[] = ['id', 'type', 'enabled', 'events', 'mask', 'language'];

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

const MQTT_URL = 'expected an mqtt://, mqtts://, ws:// or wss:// URL';

/** The shape of a webhook URL with its secret token (Discord's, Slack's): write-only in the UI. */
const webhookUrl = (help: string) => httpUrl.meta(about('Webhook URL', help));

export const CHANNEL_OPTIONS = {
  desktop: none,
  'discord-webhook': z.strictObject({
    url: webhookUrl('The URL Discord shows with "Copy Webhook URL". Its end is a secret: anyone with it can post.'),
    username: z
      .string()
      .superRefine((name, ctx) => {
        const problem = webhookUsernameProblem(name);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .optional()
      .meta(
        about('Display name', 'Shown instead of the webhook\'s name; Discord refuses names with "discord" or "clyde".'),
      ),
    avatarUrl: httpUrl.optional().meta(about('Avatar URL', "An image shown instead of the webhook's avatar.")),
  }),
  // The bot's guilds, channels and masks live under `discord` in the settings.
  'discord-bot': none,
  slack: z.strictObject({
    url: webhookUrl('The incoming webhook URL. Its last part is a secret: anyone with it can post.'),
  }),
  telegram: z.strictObject({
    token: requiredSecret('token')
      .regex(/^\d+:[\w-]+$/, 'expected a bot token like 123456:ABC-DEF...')
      .meta(about('Bot token', '@BotFather gives it when you create the bot (/newbot), or again with /token.')),
    chatId: z
      .union([z.number().int(), z.string().min(1)], { error: 'chatId is required' })
      .meta(
        about(
          'Chat ID',
          "A user's or group's id (a group's starts with -100) or a public channel's @name. Send the bot a " +
            'message, then open https://api.telegram.org/bot<token>/getUpdates to find it.',
        ),
      ),
    apiBase: httpUrlOf('origin')
      .default('https://api.telegram.org')
      .meta(about('Bot API server', 'Telegram itself unless you run a local Bot API server.')),
    silent: z.boolean().default(false).meta(about('Send silently', 'The message arrives without a sound.')),
  }),
  ntfy: z.strictObject({
    topic: z
      .string({ error: 'topic is required' })
      .regex(/^[-_A-Za-z0-9]{1,64}$/, 'letters, digits, - and _, at most 64')
      .meta(
        about(
          'Topic',
          'Letters, digits, - and _. Anyone who knows a topic on ntfy.sh can read it: pick one nobody guesses.',
        ),
      ),
    server: httpUrlOf('base').default('https://ntfy.sh').meta(about('Server URL', 'ntfy.sh, or your own server.')),
    token: z
      .string()
      .min(1)
      .optional()
      .meta(about('Access token', 'Only for a protected topic (ntfy account settings, Access tokens).')),
    priority: z
      .number()
      .int()
      .min(1)
      .max(5)
      .optional()
      .meta(
        about('Priority', 'How insistently the ntfy app alerts; by default high for bad news, else default.', {
          1: '1 (min)',
          2: '2 (low)',
          3: '3 (default)',
          4: '4 (high)',
          5: '5 (urgent)',
        }),
      ),
  }),
  gotify: z.strictObject({
    url: httpUrlOf('base').meta(about('Server URL', 'The address you open Gotify at.')),
    token: requiredSecret('token').meta(
      about('Application token', "In Gotify: Apps, Create Application, then its token (not a client's)."),
    ),
    priority: z
      .number()
      .int()
      .min(0)
      .max(10)
      .default(5)
      .meta(about('Priority', '0 to 10; the Gotify app makes a sound from 4 and shows a pop-up from 8.')),
  }),
  webhook: z.strictObject({
    url: httpUrl.meta(
      about('URL', 'Where each notice is sent. A token in the query string (?token=…) is kept as a secret.'),
    ),
    urlIsPublic: z
      .boolean()
      .default(false)
      .meta(
        about(
          'The URL holds no secret',
          'Off: viewers and the logs see only its scheme and host (https://host/…), as a path such as ' +
            "Home Assistant's /api/webhook/<id> is a password. On: they see it whole.",
        ),
      ),
    method: z.enum(['POST', 'PUT']).default('POST').meta(about('Method', 'The HTTP method of each request.')),
    headers: z
      .record(z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'not a valid header name'), z.string())
      .default({})
      .meta(about('Headers', 'Sent with every request, e.g. Authorization. Their values are kept as secrets.')),
    secret: z
      .string()
      .min(1)
      .optional()
      .meta(
        about(
          'Signing secret',
          'Signs every request. Standard Webhooks wants whsec_ and base64: Generate (in Settings) makes one, as does "ipwatch webhook-secret".',
        ),
      ),
    signature: z
      .enum(WEBHOOK_SIGNATURES)
      .default('standard')
      .meta(
        about('Signature', 'How a secret signs each request.', {
          standard: 'Standard Webhooks (webhook-signature)',
          github: 'GitHub style (X-Hub-Signature-256)',
        }),
      ),
    template: z
      .string()
      .min(1)
      .optional()
      .meta(
        about(
          'Body template',
          'Empty: the JSON payload. Placeholders: {{event}}, {{title}}, {{summary}}, {{text}}, {{time}}, {{from}}, {{to}}…',
        ),
      ),
    contentType: z
      .string()
      .min(1)
      .default('application/json')
      .meta(about('Content type', 'Placeholders are escaped for it: JSON-escaped for JSON, URL-encoded for a form.')),
  }),
  email: z.strictObject({
    host: z
      .string({ error: 'host is required' })
      .min(1, 'host is required')
      .superRefine(oneReadingHost)
      .meta(about('SMTP server', 'Your provider names it with the port and the security to use.')),
    secure: z
      .boolean()
      .default(false)
      .meta(
        about('Security', 'How the connection is encrypted.', {
          false: 'STARTTLS (usually port 587)',
          true: 'TLS from the start (usually port 465)',
        }),
      ),
    port: z.number().int().min(1).max(65_535).default(587).meta(about('Port', '587 for STARTTLS, 465 for TLS.')),
    auth: z
      .strictObject({
        user: requiredSecret('auth.user').meta(
          about('Username', 'With a password, or both empty for a relay without sign-in.'),
        ),
        pass: requiredSecret('auth.pass').meta(about('Password', 'Often an app password rather than your own.')),
      })
      .optional(),
    from: emailAddress.meta(about('From', 'The sender, e.g. IPWatch <ipwatch@example.org>.')),
    to: z
      .union([emailAddress, z.array(emailAddress).min(1)], {
        error: 'to is required: an address or a list of addresses',
      })
      .meta(about('To', 'One address, or several separated by commas.')),
    subjectPrefix: z.string().default('[IPWatch] ').meta(about('Subject prefix', 'Put before every subject.')),
    requireTLS: z
      .boolean()
      .optional()
      .meta(
        about('Require STARTTLS', 'Without it a password could go in clear to a server that offers no STARTTLS.', {
          true: 'Always',
          false: 'Never (the password may go in clear)',
        }),
      ),
    rejectUnauthorized: z
      .boolean()
      .default(true)
      .meta(about("Check the server's certificate", 'Turn off only for a server with a self-signed certificate.')),
  }),
  mqtt: z.strictObject({
    url: z
      .string()
      .superRefine(oneReading({ shape: 'base', userinfo: false, expected: MQTT_URL }))
      .url({ protocol: /^(mqtts?|wss?)$/, error: MQTT_URL })
      .meta(
        about(
          'Broker URL',
          'mqtt://, mqtts:// (TLS), ws:// or wss://; the user and password have fields of their own.',
        ),
      ),
    username: z.string().min(1).optional().meta(about('Username', 'Empty for a broker without sign-in.')),
    password: z.string().min(1).optional().meta(about('Password', "The broker user's password.")),
    node: topicPart
      .optional()
      .meta(about('Node name', "Names this machine in the topics (<base topic>/<node>/ipv4); empty: the host's name.")),
    baseTopic: topicPart.default('ipwatch').meta(about('Base topic', 'Every topic starts with it.')),
    discovery: z
      .boolean()
      .default(true)
      .meta(about('Home Assistant discovery', 'Announce the addresses as sensors of one Home Assistant device.')),
    discoveryPrefix: topicPart
      .default('homeassistant')
      .meta(about('Discovery prefix', "Home Assistant's MQTT discovery prefix.")),
    qos: z
      .union([z.literal(0), z.literal(1), z.literal(2)])
      .default(1)
      .meta(
        about('Quality of service', 'What the broker promises about each message.', {
          0: '0: at most once',
          1: '1: at least once',
          2: '2: exactly once',
        }),
      ),
    clientId: z
      .string()
      .min(1)
      .max(128)
      .optional()
      .meta(
        about('Client ID', 'Empty: one made from the node name (23 characters at most, as MQTT 3.1.1 guarantees).'),
      ),
  }),
  ...PUSH_CHANNEL_OPTIONS,
} satisfies Record<ChannelType, z.ZodType<object>>;

export type ChannelOptions<T extends ChannelType> = z.output<(typeof CHANNEL_OPTIONS)[T]>;

export interface OptionIssue {
  /** Under the channel: `url`, `auth.pass`; empty for the options as a whole or the type. */
  path: PropertyKey[];
  message: string;
}

export const isChannelType = (t: string): t is ChannelType => (CHANNEL_TYPES as readonly string[]).includes(t);

/**
 * What is wrong with a channel's own options, by its type's schema. A value given by reference
 * (or, for `held`, a form's marker of a stored secret) is the engine's to check when it resolves
 * it, so nothing under one is reported. A missing value reads "required".
 */
export function channelOptionIssues(
  channel: Record<string, unknown>,
  held: (v: unknown) => boolean = looksLikeSecretRef,
): OptionIssue[] {
  const type = String(channel.type);
  if (!isChannelType(type)) return [{ path: ['type'], message: `unknown channel type "${type}"` }];
  const options = channelOptions(channel);
  const r = CHANNEL_OPTIONS[type].safeParse(options);
  if (r.success) return [];
  const isHeld = (path: readonly PropertyKey[]) => path.some((_, i) => held(getAt(options, path.slice(0, i + 1))));
  return r.error.issues
    .filter((i) => !isHeld(i.path))
    .map((i) => ({
      path: [...i.path],
      message: i.path.length > 0 && getAt(options, i.path) === undefined ? 'required' : i.message,
    }));
}

/**
 * The problems of the channels a settings write adds or edits and leaves switched on, as
 * `notifications.channels.<i>.<option>: message`. A channel stored as it was is left alone:
 * one saved before with a fault stays switched off with its reason and does not block an
 * unrelated change.
 */
export function changedChannelProblems(
  stored: readonly Record<string, unknown>[],
  next: readonly Record<string, unknown>[],
): string[] {
  const before = new Map(stored.map((c) => [c.id, JSON.stringify(c)]));
  return next.flatMap((channel, i) => {
    if (channel.enabled === false || before.get(channel.id) === JSON.stringify(channel)) return [];
    return channelOptionIssues(channel).map(
      (issue) => `${['notifications', 'channels', i, ...issue.path].map(String).join('.')}: ${issue.message}`,
    );
  });
}
