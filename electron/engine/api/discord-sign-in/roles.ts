/**
 * Who may sign in with Discord, and as what (issue 50). Pure: the flow (flow.ts) asks Discord
 * for the user's servers (with the user's permissions there) and, in the servers the bot serves,
 * the member's roles; this decides.
 *
 *   listed in `admins`                                         | admin
 *   member of a served server, Manage Server (0x20) there      | admin
 *   member of a served server, holding a listed viewer role    | viewer
 *   anyone else                                                | refused, with the reason in words
 *
 * A permission only counts in a server the bot serves: Manage Server in some other server
 * proves nothing here. Discord sends `permissions` as a string (a 64-bit field); an unreadable
 * one counts as no permission.
 */
import type { Role } from '../principal';

/** Manage Server, Discord's MANAGE_GUILD permission bit. */
export const MANAGE_GUILD = 0x20n;

export interface DiscordIdentity {
  userId: string;
  /** GET /users/@me/guilds: each server the user is in, with their permissions there. */
  guilds: readonly { id: string; permissions: string }[];
  /** GET /users/@me/guilds/{id}/member `roles`, by served server id (those the user is in). */
  memberRoles: Readonly<Record<string, readonly string[]>>;
}

export interface SignInRules {
  /** The servers the bot serves (`discord.guilds[].id`). */
  servers: readonly string[];
  admins: readonly string[];
  viewerRoles: readonly string[];
}

export type SignInDecision =
  { ok: true; role: Extract<Role, 'admin' | 'viewer'>; why: string } | { ok: false; reason: string };

const hasManageServer = (permissions: string): boolean => {
  try {
    return /^\d{1,20}$/.test(permissions) && (BigInt(permissions) & MANAGE_GUILD) === MANAGE_GUILD;
  } catch {
    return false;
  }
};

export function decideSignInRole(who: DiscordIdentity, rules: SignInRules): SignInDecision {
  if (rules.admins.includes(who.userId)) return { ok: true, role: 'admin', why: 'listed as an admin' };
  const served = who.guilds.filter((g) => rules.servers.includes(g.id));
  const managed = served.find((g) => hasManageServer(g.permissions));
  if (managed) return { ok: true, role: 'admin', why: `Manage Server in server ${managed.id}` };
  for (const g of served) {
    const role = (who.memberRoles[g.id] ?? []).find((r) => rules.viewerRoles.includes(r));
    if (role) return { ok: true, role: 'viewer', why: `role ${role} in server ${g.id}` };
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
