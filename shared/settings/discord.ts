/**
 * The `discord` part of the settings: the bot's token (a secret, or a reference to one),
 * the guilds it serves and who may do what there. docs/discord-bot.md "Set up the Discord bot"
 * documents every field.
 */
import * as z from 'zod/mini';

import '../zod-words';

import { settingsSays as SAYS } from '../i18n/catalogues/en/settings-says';
import { MASK_MODES, NOTIFY_EVENTS, type NotifyEvent } from '../notify-types';
import { about, oneReading, withMeta } from './schema-common';
import { secretRefSchema } from './secret';

/** A Discord id: a snowflake, 17 to 20 digits. */
export const snowflakeSchema = z.string().check(z.regex(/^\d{17,20}$/, SAYS['settings.schemaSays.snowflake']));

const people = z.strictObject({
  roles: withMeta(
    z._default(z.array(snowflakeSchema).check(z.maxLength(100)), []),
    about('Role ids', 'The server roles allowed.'),
  ),
  users: withMeta(
    z._default(z.array(snowflakeSchema).check(z.maxLength(100)), []),
    about('Member ids', 'The members allowed, whatever their roles.'),
  ),
});
const emptyPeople = () => people.parse({});

export const guildSchema = z.pipe(
  z.transform((v) => (typeof v === 'string' ? { id: v } : v)),
  z.strictObject({
    id: withMeta(snowflakeSchema, about('Server id', 'The server (guild) id: Developer Mode on, then Copy Server ID.')),
    /** The text channel for change posts; in it, replies that show an address are public. */
    channel: withMeta(
      z._default(z.nullable(snowflakeSchema), null),
      about(
        'Channel for change posts',
        'Id of the text channel posts go to; replies there are public. Empty: no posts.',
      ),
    ),
    /**
     * What is posted to `channel`: the address changes by default, and a change of the NAT
     * verdict (rare, and it decides whether the server's forwarded ports still reach it), and the
     * fleet's other sites (their address, loss and return) when this runner watches the fleet.
     */
    events: withMeta(
      z._default(z.array(z.enum(NOTIFY_EVENTS)), (): NotifyEvent[] => [
        'ipv4-changed',
        'ipv6-changed',
        'flap',
        'nat-changed',
        'site-changed',
        'site-offline',
        'site-online',
      ]),
      about(
        'Events posted',
        "What is posted to that channel; address and NAT changes by default, and the fleet's sites when watched.",
      ),
    ),
    /** How addresses appear in this guild's replies and posts. */
    mask: withMeta(
      z._default(z.enum(MASK_MODES), 'none'),
      about('Address masking', "How addresses appear in this server's replies, posts and exports.", {
        none: 'Shown in full',
        partial: 'Partly hidden (203.0.113.xxx)',
        hidden: 'Hidden',
      }),
    ),
    /** Who may use the reading commands; empty lists: every member of the guild. */
    read: withMeta(
      z._default(people, emptyPeople),
      about('Who may read', 'Roles and members who may use the reading commands; none listed: every member.'),
    ),
    /** Who may administer (/config, /pause, /resume), besides members with Manage Server. */
    admin: withMeta(
      z._default(people, emptyPeople),
      about('Who may administer', '/config, /pause and /resume: these roles and members, and Manage Server.'),
    ),
  }),
);
export type GuildSettings = z.infer<typeof guildSchema>;

/**
 * Discord's REST base as discord.js takes it (`rest.api`, "the base api path, without
 * version": it appends `/v10/...`). A trailing `/` or a pasted version would make that
 * `/api//v10` or `/api/v10/v10`, which Discord answers 404, so both are dropped:
 * `https://discord.com/api/`, `https://discord.com/api/v10/` and `https://discord.com/api` are one.
 */
export function normalizeApiBase(url: string): string {
  return url
    .trim()
    .replace(/\/+$/, '')
    .replace(/\/v\d+$/, '')
    .replace(/\/+$/, '');
}

/** At most this many bots in one IPWatch: the first (`discord.token`) and up to nine in `discord.bots`. */
export const MAX_BOTS = 10;
/** The first bot's id, in status, posts and the `discord-bot` channel's `bot` option. */
export const MAIN_BOT_ID = 'main';
/** A further bot's id: lowercase letters, digits and dashes, as a channel's id is. */
const BOT_ID = /^[a-z0-9][a-z0-9-]{0,31}$/;

const tokenField = () =>
  withMeta(
    z._default(z.nullable(z.union([z.string().check(z.minLength(1)), secretRefSchema])), null),
    about('Bot token', 'From the Discord Developer Portal (Bot, Reset Token); empty: no bot.'),
  );
const registrationField = () =>
  withMeta(
    z._default(z.enum(['guild', 'global']), 'guild'),
    about('Where commands are registered', "In each listed server at once, or in every server after Discord's delay.", {
      guild: 'In each listed server',
      global: 'Globally, in every server',
    }),
  );
const guildsField = () =>
  withMeta(
    z._default(z.array(guildSchema).check(z.maxLength(50)), []),
    about('Servers', 'The Discord servers the bot serves, with their channel and who may do what.'),
  );
const rateLimitField = () =>
  withMeta(
    z._default(
      z.strictObject({
        checkSec: withMeta(
          z._default(z.number().check(z.int(), z.gte(0), z.lte(3600)), 30),
          about('Between two /check (seconds)', 'Time a member waits between two /check commands; 0: no wait.'),
        ),
        exportSec: withMeta(
          z._default(z.number().check(z.int(), z.gte(0), z.lte(3600)), 60),
          about('Between two /export (seconds)', 'Time a member waits between two /export commands; 0: no wait.'),
        ),
      }),
      () => ({ checkSec: 30, exportSec: 60 }),
    ),
    about('Command rate limits', 'How long a member waits between two costly commands.'),
  );

/** The same guild listed twice in one bot's servers. */
function duplicateGuilds(guilds: { id: string }[], at: (string | number)[], ctx: z.core.$RefinementCtx): void {
  const seen = new Set<string>();
  guilds.forEach((g, i) => {
    if (seen.has(g.id)) ctx.addIssue({ code: 'custom', path: [...at, i, 'id'], message: `duplicate guild "${g.id}"` });
    seen.add(g.id);
  });
}

/**
 * A further bot (docs/discord-bot.md "Several bots"): another Discord application with its own
 * token, servers, commands and rate limits; it speaks to the same Discord API address.
 */
export const extraBotSchema = z.strictObject({
  id: withMeta(
    z.string().check(z.regex(BOT_ID, SAYS['settings.schemaSays.botId'])),
    about('Bot id', 'A short name of your own for this bot (letters, digits, dashes); its posts channel names it.'),
  ),
  name: withMeta(
    z._default(z.string().check(z.maxLength(64)), ''),
    about('Label', 'How this page calls the bot; empty: its Discord name once connected.'),
  ),
  token: tokenField(),
  registration: registrationField(),
  guilds: guildsField(),
  rateLimit: rateLimitField(),
});
export type ExtraBotSettings = z.infer<typeof extraBotSchema>;

export const discordSchema = z
  .strictObject({
    /** The bot token, or `{ "env": ... }` / `{ "file": ... }`; absent: no bot. IPWATCH_DISCORD_TOKEN sets it. */
    token: tokenField(),
    /** `guild`: commands appear at once in each configured guild; `global`: in every guild, after Discord's delay. */
    registration: registrationField(),
    guilds: guildsField(),
    /** Seconds a member waits between two /check (and two /export) commands. */
    rateLimit: rateLimitField(),
    /** Discord's REST base; a proxy (or a local stand-in) may take its place. */
    apiBase: withMeta(
      z._default(
        z
          .string()
          .check(
            z.superRefine(oneReading({ shape: 'base', userinfo: false, expected: 'expected an http(s) URL' })),
            z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }),
            z.overwrite(normalizeApiBase),
          ),
        'https://discord.com/api',
      ),
      about('Discord API address', "Discord's REST base; only a proxy or a local stand-in takes its place."),
    ),
    /** Further bots, each its own application (docs/discord-bot.md "Several bots"). */
    bots: withMeta(
      z._default(z.array(extraBotSchema).check(z.maxLength(MAX_BOTS - 1, SAYS['settings.schemaSays.tooManyBots'])), []),
      about('More bots', 'Other Discord applications this IPWatch runs, each with its own token and servers.'),
    ),
  })
  .check(
    z.superRefine((s, ctx) => {
      duplicateGuilds(s.guilds, ['guilds'], ctx);
      const ids = new Set<string>([MAIN_BOT_ID]);
      s.bots.forEach((b, i) => {
        if (ids.has(b.id))
          ctx.addIssue({ code: 'custom', path: ['bots', i, 'id'], message: `duplicate bot id "${b.id}"` });
        ids.add(b.id);
        duplicateGuilds(b.guilds, ['bots', i, 'guilds'], ctx);
      });
    }),
  );
export type DiscordSettings = z.infer<typeof discordSchema>;
export const defaultDiscordSettings = (): DiscordSettings => discordSchema.parse({});

/** What one bot runs on: its token, registration, servers, rate limits and Discord's address. */
export type BotRunSettings = Omit<DiscordSettings, 'bots'>;
/** One bot as the engine runs it: the first from `discord`'s own fields, the others from `bots`. */
export type OneBotSettings = BotRunSettings & { id: string; name: string };

/** Every bot of the settings, the first (id `main`) first; each speaks to `discord.apiBase`. */
export function botsOf(d: DiscordSettings): OneBotSettings[] {
  const { bots, ...main } = d;
  return [{ ...main, id: MAIN_BOT_ID, name: '' }, ...bots.map((b) => ({ ...b, apiBase: d.apiBase }))];
}
