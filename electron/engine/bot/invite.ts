/**
 * What the bot needs in a server, each with why, and the invite link that asks for it.
 * Permissions are named as discord.js's `PermissionFlagsBits` names them and their bits are
 * taken from that table, never typed by hand; the caller passes it in, because discord.js is
 * loaded only once a token is set. docs/discord-bot.md shows the same link
 * (tests/electron/engine/bot/invite.test.ts keeps the two equal).
 */
import type { PermissionFlagsBits } from 'discord.js';

type Flags = typeof PermissionFlagsBits;

export interface BotPermission {
  flag: keyof Flags;
  /** Needed in the notification channel itself: missing there, it shows as that guild's problem. */
  inChannel: boolean;
  why: string;
}

export const BOT_PERMISSIONS = [
  {
    flag: 'ViewChannel',
    inChannel: true,
    why: 'to see the notification channel at all: posts and look-ups fail without it',
  },
  { flag: 'SendMessages', inChannel: true, why: 'to post a change' },
  { flag: 'EmbedLinks', inChannel: true, why: 'posts are embeds' },
  {
    flag: 'ReadMessageHistory',
    inChannel: true,
    // discord-api-docs docs/resources/Message.md, "Get Channel Messages".
    why: 'after a restart, to find a post made before it; without it Discord returns no messages and the post would go out twice',
  },
  { flag: 'AttachFiles', inChannel: false, why: 'replies carry files: the /stats chart, the /export file' },
] as const satisfies readonly BotPermission[];

/** The permission bits the invite asks for. */
export const invitePermissions = (flags: Flags): bigint => BOT_PERMISSIONS.reduce((all, p) => all | flags[p.flag], 0n);

/** The link that adds the bot to a server, with its slash commands and the permissions above. */
export const inviteUrl = (appId: string, flags: Flags): string =>
  `https://discord.com/oauth2/authorize?client_id=${encodeURIComponent(appId)}` +
  `&scope=bot%20applications.commands&permissions=${invitePermissions(flags)}`;
