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

export const discordSchema = z
  .strictObject({
    /** The bot token, or `{ "env": ... }` / `{ "file": ... }`; absent: no bot. IPWATCH_DISCORD_TOKEN sets it. */
    token: withMeta(
      z._default(z.nullable(z.union([z.string().check(z.minLength(1)), secretRefSchema])), null),
      about('Bot token', 'From the Discord Developer Portal (Bot, Reset Token); empty: no bot.'),
    ),
    /** `guild`: commands appear at once in each configured guild; `global`: in every guild, after Discord's delay. */
    registration: withMeta(
      z._default(z.enum(['guild', 'global']), 'guild'),
      about(
        'Where commands are registered',
        "In each listed server at once, or in every server after Discord's delay.",
        {
          guild: 'In each listed server',
          global: 'Globally, in every server',
        },
      ),
    ),
    guilds: withMeta(
      z._default(z.array(guildSchema).check(z.maxLength(50)), []),
      about('Servers', 'The Discord servers the bot serves, with their channel and who may do what.'),
    ),
    /** Seconds a member waits between two /check (and two /export) commands. */
    rateLimit: withMeta(
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
    ),
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
  })
  .check(
    z.superRefine((s, ctx) => {
      const seen = new Set<string>();
      s.guilds.forEach((g, i) => {
        if (seen.has(g.id))
          ctx.addIssue({ code: 'custom', path: ['guilds', i, 'id'], message: `duplicate guild "${g.id}"` });
        seen.add(g.id);
      });
    }),
  );
export type DiscordSettings = z.infer<typeof discordSchema>;
export const defaultDiscordSettings = (): DiscordSettings => discordSchema.parse({});
