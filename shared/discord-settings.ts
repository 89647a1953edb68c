/**
 * The `discord` part of the settings: the bot's token (a secret, or a reference to one),
 * the guilds it serves and who may do what there. docs/discord-bot.md "Set up the Discord bot"
 * documents every field.
 */
import { z } from 'zod';

import { MASK_MODES, NOTIFY_EVENTS, type NotifyEvent } from './notify-types';
import { secretRefSchema } from './secret';

/** A Discord id: a snowflake, 17 to 20 digits. */
export const snowflakeSchema = z.string().regex(/^\d{17,20}$/, 'expected a Discord id (17 to 20 digits)');

const people = z.strictObject({
  roles: z.array(snowflakeSchema).max(100).default([]),
  users: z.array(snowflakeSchema).max(100).default([]),
});
const emptyPeople = () => people.parse({});

export const guildSchema = z.preprocess(
  // A bare id is a guild with the defaults (how IPWATCH_DISCORD_GUILDS lists them).
  (v) => (typeof v === 'string' ? { id: v } : v),
  z.strictObject({
    id: snowflakeSchema,
    /** The text channel for change posts; in it, replies that show an address are public. */
    channel: snowflakeSchema.nullable().default(null),
    /** What is posted to `channel`: the address changes by default. */
    events: z.array(z.enum(NOTIFY_EVENTS)).default((): NotifyEvent[] => ['ipv4-changed', 'ipv6-changed', 'flap']),
    /** How addresses appear in this guild's replies and posts. */
    mask: z.enum(MASK_MODES).default('none'),
    /** Who may use the reading commands; empty lists: every member of the guild. */
    read: people.default(emptyPeople),
    /** Who may administer (/config, /pause, /resume), besides members with Manage Server. */
    admin: people.default(emptyPeople),
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
    token: z
      .union([z.string().min(1), secretRefSchema])
      .nullable()
      .default(null),
    /** `guild`: commands appear at once in each configured guild; `global`: in every guild, after Discord's delay. */
    registration: z.enum(['guild', 'global']).default('guild'),
    guilds: z.array(guildSchema).max(50).default([]),
    /** Seconds a member waits between two /check (and two /export) commands. */
    rateLimit: z
      .strictObject({
        checkSec: z.number().int().min(0).max(3600).default(30),
        exportSec: z.number().int().min(0).max(3600).default(60),
      })
      .default(() => ({ checkSec: 30, exportSec: 60 })),
    /** Discord's REST base; a proxy (or a local stand-in) may take its place. */
    apiBase: z
      .url({ protocol: /^https?$/, error: 'expected an http(s) URL' })
      .refine((u) => !/[?#]/.test(u), 'expected a base URL without ? or #')
      .overwrite(normalizeApiBase)
      .default('https://discord.com/api'),
  })
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.guilds.forEach((g, i) => {
      if (seen.has(g.id))
        ctx.addIssue({ code: 'custom', path: ['guilds', i, 'id'], message: `duplicate guild "${g.id}"` });
      seen.add(g.id);
    });
  });
export type DiscordSettings = z.infer<typeof discordSchema>;
export const defaultDiscordSettings = (): DiscordSettings => discordSchema.parse({});
