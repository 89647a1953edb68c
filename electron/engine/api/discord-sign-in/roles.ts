/**
 * Who may sign in with Discord, and as what (issue 50). Pure: the flow (flow.ts) asks Discord
 * for the user's servers (with the user's permissions there) and, in the servers the bot serves,
 * the member's roles; this decides, at sign-in and again for a live session (follow.ts: from what
 * the sign-in kept when the rules change, from Discord's new answer an hour on).
 *
 *   listed in `api.signIn.discord.admins`                                   | admin
 *   in a served server, an admin there by the bot's rule (shared/discord-admin.ts:
 *     Manage Server or Administrator, or the server's `admin` roles/users)  | admin
 *   in a served server, holding a role listed in `viewerRoles`              | viewer
 *   anyone else                                                             | refused, the reason in words
 *
 * Only a server the bot serves counts: Manage Server in some other server proves nothing here.
 * Discord sends `permissions` as a string (a 64-bit field); an unreadable one counts as none.
 *
 * The reason a person got in (`why`, for the log and the audit log) names the server by the name
 * Discord gave with the user's servers (no call of its own), and a role by what it is to IPWatch
 * ("a viewer role listed in the sign-in settings"): Discord's user endpoints give a member's role
 * ids only, and a role's name would take the bot's token and a call. The ids come after, in
 * parentheses, for whoever compares them with Discord's Developer Mode.
 */
import { type GuildMember, isGuildAdmin } from '../../../../shared/discord-admin';
import type { GuildSettings } from '../../../../shared/settings/discord';
import type { Role } from '../principal';

export interface DiscordIdentity {
  userId: string;
  /** GET /users/@me/guilds: each server the user is in, with their permissions there and its name. */
  guilds: readonly { id: string; permissions: string; name?: string | null }[];
  /** GET /users/@me/guilds/{id}/member `roles`, by served server id (those asked for). */
  memberRoles: Readonly<Record<string, readonly string[]>>;
}

export interface SignInRules {
  /** The servers the bot serves (`discord.guilds`), with their `admin` lists. */
  servers: readonly Pick<GuildSettings, 'id' | 'admin'>[];
  admins: readonly string[];
  viewerRoles: readonly string[];
}

export type SignInDecision =
  { ok: true; role: Extract<Role, 'admin' | 'viewer'>; why: string } | { ok: false; reason: string };

const permissionsOf = (text: string): bigint => (/^\d{1,20}$/.test(text) ? BigInt(text) : 0n);

/** A served server in words: its name as Discord gave it, else what it is here. */
const serverWords = (name: string | null | undefined): string =>
  name ? `the Discord server "${name}"` : 'the Discord server this IPWatch serves';

export function decideSignInRole(who: DiscordIdentity, rules: SignInRules): SignInDecision {
  if (rules.admins.includes(who.userId))
    return { ok: true, role: 'admin', why: 'listed as an admin in the sign-in settings' };
  const served = who.guilds.flatMap((g) => {
    const server = rules.servers.find((s) => s.id === g.id);
    if (!server) return [];
    const member: GuildMember = {
      userId: who.userId,
      roles: who.memberRoles[g.id] ?? [],
      permissions: permissionsOf(g.permissions),
    };
    return [{ server, member, name: g.name }];
  });
  const admin = served.find((s) => isGuildAdmin(s.server, s.member));
  if (admin)
    return { ok: true, role: 'admin', why: `an admin of ${serverWords(admin.name)} (server id ${admin.server.id})` };
  for (const { server, member, name } of served) {
    const role = member.roles.find((r) => rules.viewerRoles.includes(r));
    if (role)
      return {
        ok: true,
        role: 'viewer',
        why: `holds a viewer role listed in the sign-in settings in ${serverWords(name)} (role id ${role}, server id ${server.id})`,
      };
  }
  if (served.length === 0)
    return {
      ok: false,
      reason:
        rules.servers.length === 0
          ? 'Your Discord account is not listed as an admin here, and no Discord server is set up for this IPWatch.'
          : 'Your Discord account is not a member of the Discord server this IPWatch serves, nor listed as an admin.',
    };
  return {
    ok: false,
    reason:
      'You are a member of the Discord server, but you hold neither Manage Server nor one of the roles allowed to view this IPWatch.',
  };
}
