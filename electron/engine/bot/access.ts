/**
 * Who may use which command: a pure decision, with its table in tests/electron/engine/bot.
 *
 * Defaults (docs/discord-bot.md): any member of a configured guild may read;
 * members with Manage Server (or Administrator) may administer. A guild's `read` lists,
 * when not empty, narrow reading to those roles and users; its `admin` lists add
 * administrators. Administrators may always read. Outside a configured guild (another
 * server, a direct message) nothing is allowed.
 */
import type { GuildSettings } from '../../../shared/settings/discord';

/** Permission bits, discord-api-docs docs/topics/Permissions.md. */
const ADMINISTRATOR = 1n << 3n;
export const MANAGE_GUILD = 1n << 5n;

export type Level = 'read' | 'admin';

export interface Member {
  userId: string;
  roles: readonly string[];
  /** The member's permissions in the channel, as the interaction carries them; null outside a guild. */
  permissions: bigint | null;
}

export type AccessResult = { ok: true } | { ok: false; reason: string };

const listed = (people: { roles: string[]; users: string[] }, m: Member) =>
  people.users.includes(m.userId) || m.roles.some((r) => people.roles.includes(r));

export function isAdmin(guild: GuildSettings, m: Member): boolean {
  const p = m.permissions ?? 0n;
  return (p & (MANAGE_GUILD | ADMINISTRATOR)) !== 0n || listed(guild.admin, m);
}

export function canRead(guild: GuildSettings, m: Member): boolean {
  const open = guild.read.roles.length === 0 && guild.read.users.length === 0;
  return open || listed(guild.read, m) || isAdmin(guild, m);
}

export function checkAccess(guild: GuildSettings | null, m: Member, level: Level): AccessResult {
  if (!guild) return { ok: false, reason: 'IPWatch is not set up for this server.' };
  if (level === 'admin')
    return isAdmin(guild, m)
      ? { ok: true }
      : {
          ok: false,
          reason: 'Only administrators of IPWatch may do this (Manage Server, or a role set in its settings).',
        };
  return canRead(guild, m) ? { ok: true } : { ok: false, reason: 'Your roles do not allow you to use IPWatch here.' };
}
