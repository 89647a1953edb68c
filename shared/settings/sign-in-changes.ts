/**
 * Changes that widen who may sign in to the dashboard, or how (issue 50): each is dangerous, as
 * the hook's program is, since whoever they let in can then make every other change. Pure.
 *
 * | change                                                                  | dangerous |
 * | api.signIn.discord: application id or client secret set to a new value  | yes       |
 * | api.signIn.discord: a user id added to admins, a role to viewer roles   | yes       |
 * | discord.guilds: a server added (its Manage Server holders sign in)      | yes       |
 * | discord.guilds: a role or user added to a server's admins               | yes       |
 * | discord.apiBase moved while sign-in with Discord is set up             | yes       |
 * | api.token set to a new value or reference                               | yes       |
 * | api.lan or api.allowPlainHttp switched on; api.tls names other files    | yes       |
 * | anything removed or switched off (who may sign in only narrows)         | no        |
 */
import type { Settings } from './index';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const added = (was: readonly string[], now: readonly string[]) => now.filter((x) => !was.includes(x));

/** The sign-in and transport changes between two settings, in words, one each. */
export function signInChanges(before: Settings, after: Settings): string[] {
  const out: string[] = [];
  const d = { was: before.api.signIn.discord, now: after.api.signIn.discord };
  if (d.now.clientId !== null && d.now.clientId !== d.was.clientId)
    out.push(`the Discord sign-in's application id (now ${d.now.clientId})`);
  if (d.now.secret !== null && !same(d.now.secret, d.was.secret)) out.push("the Discord sign-in's client secret");
  const admins = added(d.was.admins, d.now.admins);
  if (admins.length) out.push(`the Discord sign-in's admins (added ${admins.join(', ')})`);
  const viewers = added(d.was.viewerRoles, d.now.viewerRoles);
  if (viewers.length) out.push(`the Discord sign-in's viewer roles (added ${viewers.join(', ')})`);
  const guilds = new Map(before.discord.guilds.map((g) => [g.id, g]));
  for (const g of after.discord.guilds) {
    const old = guilds.get(g.id);
    if (!old) {
      out.push(`the Discord server ${g.id} added (its Manage Server holders sign in as admins)`);
      continue;
    }
    const more = [...added(old.admin.roles, g.admin.roles), ...added(old.admin.users, g.admin.users)];
    if (more.length) out.push(`who administers the Discord server ${g.id} (added ${more.join(', ')})`);
  }
  if (d.now.clientId !== null && after.discord.apiBase !== before.discord.apiBase)
    out.push(
      `Discord's API address, which says who signs in (was ${before.discord.apiBase}, now ${after.discord.apiBase})`,
    );
  if (after.api.token !== undefined && !same(after.api.token, before.api.token))
    out.push('api.token (an admin token after a restart)');
  if (after.api.lan && !before.api.lan) out.push('api.lan (the dashboard opens to the local network)');
  if (after.api.allowPlainHttp && !before.api.allowPlainHttp)
    out.push('api.allowPlainHttp (plain HTTP from other machines)');
  if (after.api.tls !== undefined && !same(after.api.tls, before.api.tls))
    out.push(`the certificate files (api.tls, now ${after.api.tls.cert} and ${after.api.tls.key})`);
  return out;
}
