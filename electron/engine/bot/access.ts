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
import type { Translator } from '../../../shared/i18n/translator';
import { english } from '../../../shared/i18n/translators';
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

/** The decision, its refusal in the member's language (`words`, English unless given). */
export function checkAccess(
  guild: GuildSettings | null,
  m: Member,
  level: Level,
  words: Translator = english,
): AccessResult {
  if (!guild) return { ok: false, reason: words.t('bot.access.notSetUp') };
  if (level === 'admin')
    return isAdmin(guild, m) ? { ok: true } : { ok: false, reason: words.t('bot.access.adminOnly') };
  return canRead(guild, m) ? { ok: true } : { ok: false, reason: words.t('bot.access.notAllowed') };
}
