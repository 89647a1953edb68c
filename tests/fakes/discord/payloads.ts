/**
 * Object shapes the Discord stand-in sends: users, guilds, channels, members, messages and
 * interactions, as discord-api-types/v10 describes them (payloads/v10/*.ts) and as
 * discord.js reads them (src/structures/Guild.js, BaseInteraction.js, Message.js).
 * discord.js drops an INTERACTION_CREATE that lacks `entitlements`,
 * `authorizing_integration_owners`, `member` or a `channel` object, so every interaction
 * here carries them.
 */
import { randomBytes } from 'node:crypto';

let counter = 0n;
/** A snowflake: ms since the Discord epoch (2015) << 22, plus a counter; unique in this process. */
export function snowflake(): string {
  counter += 1n;
  return ((BigInt(Date.now() - 1_420_070_400_000) << 22n) | (counter & 0x3fffffn)).toString();
}

export const interactionToken = (): string => randomBytes(24).toString('base64url');

/** Permission bits, docs/topics/Permissions.md. */
export const PERM = {
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  ManageGuild: 1n << 5n,
  Administrator: 1n << 3n,
} as const;

export interface FakeUser {
  id: string;
  username: string;
}

export interface FakeChannel {
  id: string;
  name: string;
  /** Permissions denied to the bot in this channel (an overwrite on the bot's member). */
  denyBot: bigint;
}

export interface FakeGuild {
  id: string;
  name: string;
  channels: FakeChannel[];
  /** Role ids besides @everyone (no permissions of their own). */
  roles?: string[];
  /** The server's language for its community posts (`preferred_locale`), "en-US" unless set. */
  preferredLocale?: string;
}

export const userObject = (u: FakeUser, bot = false) => ({
  id: u.id,
  username: u.username,
  discriminator: '0',
  global_name: u.username,
  avatar: null,
  ...(bot ? { bot: true } : {}),
});

export const channelObject = (c: FakeChannel, guildId: string, botId: string) => ({
  id: c.id,
  type: 0,
  guild_id: guildId,
  name: c.name,
  position: 0,
  parent_id: null,
  nsfw: false,
  topic: null,
  rate_limit_per_user: 0,
  last_message_id: null,
  permission_overwrites: c.denyBot === 0n ? [] : [{ id: botId, type: 1, allow: '0', deny: c.denyBot.toString() }],
});

/** @everyone may view, send, embed, attach and read the history: what a plain server gives a bot. */
const EVERYONE = PERM.ViewChannel | PERM.SendMessages | PERM.EmbedLinks | PERM.AttachFiles | PERM.ReadMessageHistory;

export function guildCreate(g: FakeGuild, bot: FakeUser) {
  return {
    id: g.id,
    name: g.name,
    icon: null,
    owner_id: '1',
    unavailable: false,
    member_count: 2,
    large: false,
    joined_at: new Date().toISOString(),
    features: [],
    emojis: [],
    stickers: [],
    verification_level: 0,
    explicit_content_filter: 0,
    default_message_notifications: 0,
    mfa_level: 0,
    premium_tier: 0,
    preferred_locale: g.preferredLocale ?? 'en-US',
    system_channel_flags: 0,
    nsfw_level: 0,
    roles: [
      {
        id: g.id,
        name: '@everyone',
        color: 0,
        hoist: false,
        position: 0,
        permissions: EVERYONE.toString(),
        managed: false,
        mentionable: false,
        flags: 0,
      },
      ...(g.roles ?? []).map((id, i) => ({
        id,
        name: `role${i + 1}`,
        color: 0,
        hoist: false,
        position: i + 1,
        permissions: '0',
        managed: false,
        mentionable: false,
        flags: 0,
      })),
    ],
    channels: g.channels.map((c) => channelObject(c, g.id, bot.id)),
    threads: [],
    members: [
      {
        user: userObject(bot, true),
        roles: [],
        joined_at: new Date().toISOString(),
        deaf: false,
        mute: false,
        flags: 0,
      },
    ],
    voice_states: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

export interface Invoker {
  user: FakeUser;
  roles?: string[];
  /** The member's permissions in the channel, as Discord computes them. */
  permissions?: bigint;
  /** The member's Discord language (`locale`), "en-US" unless set. */
  locale?: string;
}

export function memberObject(who: Invoker) {
  return {
    user: userObject(who.user),
    roles: who.roles ?? [],
    permissions: (who.permissions ?? EVERYONE).toString(),
    joined_at: new Date().toISOString(),
    deaf: false,
    mute: false,
    flags: 0,
    nick: null,
    avatar: null,
    pending: false,
  };
}

export function interactionBase(opts: {
  type: number;
  appId: string;
  guildId: string;
  channel: FakeChannel;
  who: Invoker;
  botId: string;
}) {
  return {
    id: snowflake(),
    application_id: opts.appId,
    type: opts.type,
    token: interactionToken(),
    version: 1,
    guild_id: opts.guildId,
    channel_id: opts.channel.id,
    channel: channelObject(opts.channel, opts.guildId, opts.botId),
    member: memberObject(opts.who),
    app_permissions: EVERYONE.toString(),
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': opts.guildId },
    context: 0,
    attachment_size_limit: 10_485_760,
  };
}

export function messageObject(opts: {
  id?: string;
  channelId: string;
  author: FakeUser;
  body: Record<string, unknown>;
  webhookId?: string;
}) {
  return {
    id: opts.id ?? snowflake(),
    channel_id: opts.channelId,
    author: userObject(opts.author, true),
    content: typeof opts.body.content === 'string' ? opts.body.content : '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: Array.isArray(opts.body.attachments) ? opts.body.attachments : [],
    embeds: Array.isArray(opts.body.embeds) ? opts.body.embeds : [],
    components: Array.isArray(opts.body.components) ? opts.body.components : [],
    pinned: false,
    type: 0,
    flags: typeof opts.body.flags === 'number' ? opts.body.flags : 0,
    ...(typeof opts.body.nonce === 'string' || typeof opts.body.nonce === 'number' ? { nonce: opts.body.nonce } : {}),
    ...(opts.webhookId ? { webhook_id: opts.webhookId } : {}),
  };
}
