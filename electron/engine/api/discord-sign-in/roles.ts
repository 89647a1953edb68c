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
 * parentheses, for whoever compares them with Discord's Developer Mode. The why and a refusal are
 * reason codes (area reasons-10, issue 62), so the Audit page and the refusal page say them in
 * their reader's language; their English is the log's and the stored detail's, as before.
 */
import { type GuildMember, isGuildAdmin } from '../../../../shared/discord-admin';
import type { Reason } from '../../../../shared/reason';
import type { GuildSettings } from '../../../../shared/settings/discord';
import { inEnglish, reason } from '../../reason';
import type { Role } from '../access/principal';

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

/**
 * `cause`: the why (or the refusal) as a reason code, said in the reader's language (the Audit page,
 * the refusal page); `why` and `reason` are its English, for the log and the audit row's detail.
 */
export type SignInDecision =
  | { ok: true; role: Extract<Role, 'admin' | 'viewer'>; why: string; cause: Reason }
  | { ok: false; reason: string; cause: Reason };

const permissionsOf = (text: string): bigint => (/^\d{1,20}$/.test(text) ? BigInt(text) : 0n);

/** A served server's values: its name as Discord gave it, else what it is here (`named` no). */
const serverValues = (name: string | null | undefined, serverId: string) =>
  name ? { named: 'yes', server: name, serverId } : { named: 'no', server: '', serverId };

const letIn = (role: 'admin' | 'viewer', cause: Reason): SignInDecision => ({
  ok: true,
  role,
  why: inEnglish(cause),
  cause,
});
const refused = (cause: Reason): SignInDecision => ({ ok: false, reason: inEnglish(cause), cause });

export function decideSignInRole(who: DiscordIdentity, rules: SignInRules): SignInDecision {
  if (rules.admins.includes(who.userId)) return letIn('admin', reason('reason.signIn.listedAdmin'));
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
  if (admin) return letIn('admin', reason('reason.signIn.serverAdmin', serverValues(admin.name, admin.server.id)));
  for (const { server, member, name } of served) {
    const role = member.roles.find((r) => rules.viewerRoles.includes(r));
    if (role)
      return letIn('viewer', reason('reason.signIn.viewerRole', { ...serverValues(name, server.id), roleId: role }));
  }
  if (served.length === 0)
    return refused(reason(rules.servers.length === 0 ? 'reason.signIn.noServerSetUp' : 'reason.signIn.notMember'));
  return refused(reason('reason.signIn.noRole'));
}
