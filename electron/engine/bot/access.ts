/**
 * Who may use which command: a pure decision, with its table in tests/electron/engine/bot.
 *
 * Defaults (docs/discord-bot.md): any member of a configured guild may read;
 * members with Manage Server (or Administrator) may administer. A guild's `read` lists,
 * when not empty, narrow reading to those roles and users; its `admin` lists add
 * administrators. Administrators may always read. Outside a configured guild (another
 * server, a direct message) nothing is allowed.
 */
import { type GuildMember, isGuildAdmin, listedIn } from '../../../shared/discord-admin';
import type { GuildSettings } from '../../../shared/settings/discord';

export { MANAGE_GUILD } from '../../../shared/discord-admin';

export type Level = 'read' | 'admin';

export type Member = GuildMember;

export type AccessResult = { ok: true } | { ok: false; reason: string };

/** The one admin rule (shared/discord-admin.ts), which the dashboard's sign-in with Discord follows too. */
export const isAdmin = (guild: GuildSettings, m: Member): boolean => isGuildAdmin(guild, m);

export function canRead(guild: GuildSettings, m: Member): boolean {
  const open = guild.read.roles.length === 0 && guild.read.users.length === 0;
  return open || listedIn(guild.read, m) || isAdmin(guild, m);
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
