/**
 * Who administers IPWatch in a Discord server: one rule for the bot's admin commands
 * (electron/engine/bot/access.ts) and the dashboard's sign-in with Discord
 * (electron/engine/api/discord-sign-in/roles.ts). A member holding Manage Server or
 * Administrator, or one the server's `admin` lists name (a role, or the user), administers.
 * Pure; tables in tests/electron/engine/bot/access.test.ts and the sign-in's roles.test.ts.
 */
import type { GuildSettings } from './settings/discord';

/** Permission bits, discord-api-docs docs/topics/Permissions.md. */
export const ADMINISTRATOR = 1n << 3n;
export const MANAGE_GUILD = 1n << 5n;

export interface GuildMember {
  userId: string;
  roles: readonly string[];
  /** The member's permissions (in the channel for a command, in the server for a sign-in); null: unknown. */
  permissions: bigint | null;
}

/** Is the member named by these lists, by a role or as the user? */
export const listedIn = (people: { roles: readonly string[]; users: readonly string[] }, m: GuildMember): boolean =>
  people.users.includes(m.userId) || m.roles.some((r) => people.roles.includes(r));

export function isGuildAdmin(guild: Pick<GuildSettings, 'admin'>, m: GuildMember): boolean {
  const p = m.permissions ?? 0n;
  return (p & (MANAGE_GUILD | ADMINISTRATOR)) !== 0n || listedIn(guild.admin, m);
}
