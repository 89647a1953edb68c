/**
 * Each notification channel type's own options, as one zod schema per type: the engine's
 * channel files build from them (electron/engine/notify/channels/) and the Settings page
 * checks a channel being edited with the same schemas, so a field's rule is written once.
 * A rule that needs Node (a webhook's signing secret, decoded) stays in the channel's file.
 * Each option carries its label and help (`about`), which the form and docs/notifications.md show.
 * Pure.
 */
import * as z from 'zod/mini';

import '../zod-words';

import { webhookUsernameProblem } from '../discord-rules';
import { settingsSays as SAYS } from '../i18n/catalogues/en/settings-says';
import { CHANNEL_TYPES, type ChannelType } from '../notify-types';
import { PHONE_CHANNEL_OPTIONS } from './channel-options-phone';
import { PUSH_CHANNEL_OPTIONS } from './channel-options-push';
import { about, httpUrlOf, httpUrlSchema, oneReading, oneReadingHost, withMeta } from './schema-common';
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
  z.string({ error: `${what} is required` }).check(z.minLength(1, `${what} is required`));

const httpUrl = httpUrlSchema;

/** How a webhook with a `secret` signs: Standard Webhooks, or the GitHub-style sha256= header. */
export const WEBHOOK_SIGNATURES = ['standard', 'github'] as const;

const emailAddress = z
  .string()
  .check(z.minLength(3), z.regex(/^[^\s@]+@[^\s@]+$|<[^\s@]+@[^\s@]+>$/, SAYS['settings.schemaSays.email']));

const topicPart = z.string().check(z.minLength(1), z.regex(/^[^#+\s]+$/, SAYS['settings.schemaSays.topicPart']));

const none = z.strictObject({});

const MQTT_URL = 'expected an mqtt://, mqtts://, ws:// or wss:// URL';

/** The shape of a webhook URL with its secret token (Discord's, Slack's): write-only in the UI. */
const webhookUrl = (help: string) => withMeta(httpUrl, about('Webhook URL', help));

export const CHANNEL_OPTIONS = {
  desktop: none,
  'discord-webhook': z.strictObject({
    url: webhookUrl('The URL Discord shows with "Copy Webhook URL". Its end is a secret: anyone with it can post.'),
    username: withMeta(
      z.optional(
        z.string().check(
          z.superRefine((name, ctx) => {
            const problem = webhookUsernameProblem(name);
            if (problem) ctx.addIssue({ code: 'custom', message: problem });
          }),
        ),
      ),
      about('Display name', 'Shown instead of the webhook\'s name; Discord refuses names with "discord" or "clyde".'),
    ),
    avatarUrl: withMeta(z.optional(httpUrl), about('Avatar URL', "An image shown instead of the webhook's avatar.")),
  }),
  // The bot's guilds, channels and masks live under `discord` in the settings.
  'discord-bot': z.strictObject({
    /** Which bot posts (discord-bot.md "Several bots"): `main` or a `discord.bots` id; absent: the first. */
    bot: withMeta(
      z.optional(z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,31}$/, SAYS['settings.schemaSays.botId']))),
      about('Bot', 'Which bot posts: main (the first) or the id of one of the more bots; empty: the first.'),
    ),
  }),
  slack: z.strictObject({
    url: webhookUrl('The incoming webhook URL. Its last part is a secret: anyone with it can post.'),
  }),
  telegram: z.strictObject({
    token: withMeta(
      requiredSecret('token').check(z.regex(/^\d+:[\w-]+$/, SAYS['settings.schemaSays.botToken'])),
      about('Bot token', '@BotFather gives it when you create the bot (/newbot), or again with /token.'),
    ),
    chatId: withMeta(
      z.union([z.number().check(z.int()), z.string().check(z.minLength(1))], { error: 'chatId is required' }),
      about(
        'Chat ID',
        "A user's or group's id (a group's starts with -100) or a public channel's @name. Send the bot a " +
          'message, then open https://api.telegram.org/bot<token>/getUpdates to find it.',
      ),
    ),
    apiBase: withMeta(
      z._default(httpUrlOf('origin'), 'https://api.telegram.org'),
      about('Bot API server', 'Telegram itself unless you run a local Bot API server.'),
    ),
    silent: withMeta(z._default(z.boolean(), false), about('Send silently', 'The message arrives without a sound.')),
  }),
  ntfy: z.strictObject({
    topic: withMeta(
      z
        .string({ error: 'topic is required' })
        .check(z.regex(/^[-_A-Za-z0-9]{1,64}$/, SAYS['settings.schemaSays.ntfyTopic'])),
      about(
        'Topic',
        'Letters, digits, - and _. Anyone who knows a topic on ntfy.sh can read it: pick one nobody guesses.',
      ),
    ),
    server: withMeta(
      z._default(httpUrlOf('base'), 'https://ntfy.sh'),
      about('Server URL', 'ntfy.sh, or your own server.'),
    ),
    token: withMeta(
      z.optional(z.string().check(z.minLength(1))),
      about('Access token', 'Only for a protected topic (ntfy account settings, Access tokens).'),
    ),
    priority: withMeta(
      z.optional(z.number().check(z.int(), z.gte(1), z.lte(5))),
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
    url: withMeta(httpUrlOf('base'), about('Server URL', 'The address you open Gotify at.')),
    token: withMeta(
      requiredSecret('token'),
      about('Application token', "In Gotify: Apps, Create Application, then its token (not a client's)."),
    ),
    priority: withMeta(
      z._default(z.number().check(z.int(), z.gte(0), z.lte(10)), 5),
      about('Priority', '0 to 10; the Gotify app makes a sound from 4 and shows a pop-up from 8.'),
    ),
  }),
  webhook: z.strictObject({
    url: withMeta(
      httpUrl,
      about('URL', 'Where each notice is sent. A token in the query string (?token=…) is kept as a secret.'),
    ),
    urlIsPublic: withMeta(
      z._default(z.boolean(), false),
      about(
        'The URL holds no secret',
        'Off: viewers and the logs see only its scheme and host (https://host/…), as a path such as ' +
          "Home Assistant's /api/webhook/<id> is a password. On: they see it whole.",
      ),
    ),
    method: withMeta(z._default(z.enum(['POST', 'PUT']), 'POST'), about('Method', 'The HTTP method of each request.')),
    headers: withMeta(
      z._default(
        z.record(
          z.string().check(z.regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, SAYS['settings.schemaSays.headerName'])),
          z.string(),
        ),
        {},
      ),
      about('Headers', 'Sent with every request, e.g. Authorization. Their values are kept as secrets.'),
    ),
    secret: withMeta(
      z.optional(z.string().check(z.minLength(1))),
      about(
        'Signing secret',
        'Signs every request. Standard Webhooks wants whsec_ and base64: Generate (in Settings) makes one, as does "ipwatch webhook-secret".',
      ),
    ),
    signature: withMeta(
      z._default(z.enum(WEBHOOK_SIGNATURES), 'standard'),
      about('Signature', 'How a secret signs each request.', {
        standard: 'Standard Webhooks (webhook-signature)',
        github: 'GitHub style (X-Hub-Signature-256)',
      }),
    ),
    template: withMeta(
      z.optional(z.string().check(z.minLength(1))),
      about(
        'Body template',
        'Empty: the JSON payload. Placeholders: {{event}}, {{title}}, {{summary}}, {{text}}, {{time}}, {{from}}, {{to}}…',
      ),
    ),
    contentType: withMeta(
      z._default(z.string().check(z.minLength(1)), 'application/json'),
      about('Content type', 'Placeholders are escaped for it: JSON-escaped for JSON, URL-encoded for a form.'),
    ),
  }),
  email: z.strictObject({
    host: withMeta(
      z.string({ error: 'host is required' }).check(z.minLength(1, 'host is required'), z.superRefine(oneReadingHost)),
      about('SMTP server', 'Your provider names it with the port and the security to use.'),
    ),
    secure: withMeta(
      z._default(z.boolean(), false),
      about('Security', 'How the connection is encrypted.', {
        false: 'STARTTLS (usually port 587)',
        true: 'TLS from the start (usually port 465)',
      }),
    ),
    port: withMeta(
      z._default(z.number().check(z.int(), z.gte(1), z.lte(65_535)), 587),
      about('Port', '587 for STARTTLS, 465 for TLS.'),
    ),
    auth: z.optional(
      z.strictObject({
        user: withMeta(
          requiredSecret('auth.user'),
          about('Username', 'With a password, or both empty for a relay without sign-in.'),
        ),
        pass: withMeta(requiredSecret('auth.pass'), about('Password', 'Often an app password rather than your own.')),
      }),
    ),
    from: withMeta(emailAddress, about('From', 'The sender, e.g. IPWatch <ipwatch@example.org>.')),
    to: withMeta(
      z.union([emailAddress, z.array(emailAddress).check(z.minLength(1))], {
        error: SAYS['settings.schemaSays.emailTo'],
      }),
      about('To', 'One address, or several separated by commas.'),
    ),
    subjectPrefix: withMeta(z._default(z.string(), '[IPWatch] '), about('Subject prefix', 'Put before every subject.')),
    requireTLS: withMeta(
      z.optional(z.boolean()),
      about('Require STARTTLS', 'Without it a password could go in clear to a server that offers no STARTTLS.', {
        true: 'Always',
        false: 'Never (the password may go in clear)',
      }),
    ),
    rejectUnauthorized: withMeta(
      z._default(z.boolean(), true),
      about("Check the server's certificate", 'Turn off only for a server with a self-signed certificate.'),
    ),
  }),
  mqtt: z.strictObject({
    url: withMeta(
      z
        .string()
        .check(
          z.superRefine(oneReading({ shape: 'base', userinfo: false, expected: MQTT_URL })),
          z.url({ protocol: /^(mqtts?|wss?)$/, error: MQTT_URL }),
        ),
      about('Broker URL', 'mqtt://, mqtts:// (TLS), ws:// or wss://; the user and password have fields of their own.'),
    ),
    username: withMeta(
      z.optional(z.string().check(z.minLength(1))),
      about('Username', 'Empty for a broker without sign-in.'),
    ),
    password: withMeta(z.optional(z.string().check(z.minLength(1))), about('Password', "The broker user's password.")),
    node: withMeta(
      z.optional(topicPart),
      about('Node name', "Names this machine in the topics (<base topic>/<node>/ipv4); empty: the host's name."),
    ),
    baseTopic: withMeta(z._default(topicPart, 'ipwatch'), about('Base topic', 'Every topic starts with it.')),
    discovery: withMeta(
      z._default(z.boolean(), true),
      about('Home Assistant discovery', 'Announce the addresses as sensors of one Home Assistant device.'),
    ),
    discoveryPrefix: withMeta(
      z._default(topicPart, 'homeassistant'),
      about('Discovery prefix', "Home Assistant's MQTT discovery prefix."),
    ),
    qos: withMeta(
      z._default(z.union([z.literal(0), z.literal(1), z.literal(2)]), 1),
      about('Quality of service', 'What the broker promises about each message.', {
        0: '0: at most once',
        1: '1: at least once',
        2: '2: exactly once',
      }),
    ),
    clientId: withMeta(
      z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
      about('Client ID', 'Empty: one made from the node name (23 characters at most, as MQTT 3.1.1 guarantees).'),
    ),
  }),
  ...PUSH_CHANNEL_OPTIONS,
  ...PHONE_CHANNEL_OPTIONS,
  plugin: z.strictObject({
    plugin: withMeta(
      z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, SAYS['settings.schemaSays.pluginName'])),
      about(
        'Plugin',
        'The name of a channel plugin in the plugins folder, as its manifest names it (docs/plugins.md).',
      ),
    ),
  }),
} satisfies Record<ChannelType, z.ZodMiniType<object>>;

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
