/**
 * Changes that widen who may sign in to the dashboard, or how (issue 50), and changes that lower
 * a protection (issue 58): each is dangerous, as the hook's program is, since whoever they let in
 * can then make every other change, and a protection switched off quietly exposes what it kept.
 * One declared table, WIDENING: a row per switch, read top to bottom. Pure.
 *
 * | change                                                                  | dangerous |
 * | api.signIn.discord: application id or client secret set to a new value  | yes       |
 * | api.signIn.discord: a user id added to admins, a role to viewer roles   | yes       |
 * | discord.guilds: a server added (its Manage Server holders sign in)      | yes       |
 * | discord.guilds: a role or user added to a server's admins               | yes       |
 * | discord.apiBase moved while sign-in with Discord is set up             | yes       |
 * | api.token set to a new value or reference                               | yes       |
 * | api.lan or api.allowPlainHttp switched on; api.tls names other files    | yes       |
 * | api.badge switched on (served without a token)                          | yes       |
 * | api.badgeAddress switched on (the public address in that badge)         | yes       |
 * | an email channel's certificate check (rejectUnauthorized) switched off  | yes       |
 * | an email channel's requireTLS set to false (a password may go in clear) | yes       |
 * | a webhook's urlIsPublic switched on (its path shown to viewers, in logs)| yes       |
 * | the hook switched on (its program runs on this host)                    | yes       |
 * | anything removed or switched back on (protections only narrow)          | no        |
 *
 * A new email channel counts as switched from the defaults (certificate checked, STARTTLS as
 * needed), so adding one with the check off is the same change; a new webhook likewise (its
 * URL's path hidden).
 */
import type { Settings } from './index';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const added = (was: readonly string[], now: readonly string[]) => now.filter((x) => !was.includes(x));
/** Words when a switch goes from off (or absent) to on. */
const switchedOn = (was: boolean | undefined, now: boolean | undefined, words: string): string[] =>
  now === true && was !== true ? [words] : [];

/** One switch that widens exposure: its name in the table, and the words of each such change. */
export interface WideningRow {
  row: string;
  changes(before: Settings, after: Settings): string[];
}

type EmailOptions = { rejectUnauthorized?: boolean; requireTLS?: boolean };
type WebhookOptions = { urlIsPublic?: boolean };

/** Each channel of `type` after the change beside the same channel before (by id; a new one: none). */
function channelPairs<T>(before: Settings, after: Settings, type: string): { id: string; was: T; now: T }[] {
  const was = new Map(before.notifications.channels.filter((c) => c.type === type).map((c) => [c.id, c]));
  return after.notifications.channels
    .filter((c) => c.type === type)
    .map((c) => ({ id: c.id, was: (was.get(c.id) ?? {}) as T, now: c as T }));
}
const emailPairs = (before: Settings, after: Settings) => channelPairs<EmailOptions>(before, after, 'email');

function discordGuildChanges(before: Settings, after: Settings): string[] {
  const guilds = new Map(before.discord.guilds.map((g) => [g.id, g]));
  return after.discord.guilds.flatMap((g) => {
    const old = guilds.get(g.id);
    if (!old) return [`the Discord server ${g.id} added (its Manage Server holders sign in as admins)`];
    const more = [...added(old.admin.roles, g.admin.roles), ...added(old.admin.users, g.admin.users)];
    return more.length ? [`who administers the Discord server ${g.id} (added ${more.join(', ')})`] : [];
  });
}

const discord = (s: Settings) => s.api.signIn.discord;

export const WIDENING: readonly WideningRow[] = [
  {
    row: "the Discord sign-in's application id",
    changes: (b, a) =>
      discord(a).clientId !== null && discord(a).clientId !== discord(b).clientId
        ? [`the Discord sign-in's application id (now ${discord(a).clientId})`]
        : [],
  },
  {
    row: "the Discord sign-in's client secret",
    changes: (b, a) =>
      discord(a).secret !== null && !same(discord(a).secret, discord(b).secret)
        ? ["the Discord sign-in's client secret"]
        : [],
  },
  {
    row: "the Discord sign-in's admins",
    changes: (b, a) => {
      const more = added(discord(b).admins, discord(a).admins);
      return more.length ? [`the Discord sign-in's admins (added ${more.join(', ')})`] : [];
    },
  },
  {
    row: "the Discord sign-in's viewer roles",
    changes: (b, a) => {
      const more = added(discord(b).viewerRoles, discord(a).viewerRoles);
      return more.length ? [`the Discord sign-in's viewer roles (added ${more.join(', ')})`] : [];
    },
  },
  { row: 'a served Discord server or its admins', changes: discordGuildChanges },
  {
    row: "Discord's API address while sign-in with Discord is set up",
    changes: (b, a) =>
      discord(a).clientId !== null && a.discord.apiBase !== b.discord.apiBase
        ? [`Discord's API address, which says who signs in (was ${b.discord.apiBase}, now ${a.discord.apiBase})`]
        : [],
  },
  {
    row: 'api.token',
    changes: (b, a) =>
      a.api.token !== undefined && !same(a.api.token, b.api.token)
        ? ['api.token (an admin token after a restart)']
        : [],
  },
  {
    row: 'api.lan',
    changes: (b, a) => switchedOn(b.api.lan, a.api.lan, 'api.lan (the dashboard opens to the local network)'),
  },
  {
    row: 'api.allowPlainHttp',
    changes: (b, a) =>
      switchedOn(b.api.allowPlainHttp, a.api.allowPlainHttp, 'api.allowPlainHttp (plain HTTP from other machines)'),
  },
  {
    row: 'api.tls',
    changes: (b, a) =>
      a.api.tls !== undefined && !same(a.api.tls, b.api.tls)
        ? [`the certificate files (api.tls, now ${a.api.tls.cert} and ${a.api.tls.key})`]
        : [],
  },
  {
    row: 'api.badge',
    changes: (b, a) =>
      switchedOn(b.api.badge, a.api.badge, 'api.badge (a status badge anyone may read, without a token)'),
  },
  {
    row: 'api.badgeAddress',
    changes: (b, a) =>
      switchedOn(
        b.api.badgeAddress,
        a.api.badgeAddress,
        'api.badgeAddress (the public address in a badge anyone may read)',
      ),
  },
  {
    row: "an email channel's certificate check",
    changes: (b, a) =>
      emailPairs(b, a).flatMap(({ id, was, now }) =>
        now.rejectUnauthorized === false && was.rejectUnauthorized !== false
          ? [`the email channel ${id}'s certificate check switched off (rejectUnauthorized)`]
          : [],
      ),
  },
  {
    row: "an email channel's requireTLS",
    changes: (b, a) =>
      emailPairs(b, a).flatMap(({ id, was, now }) =>
        now.requireTLS === false && was.requireTLS !== false
          ? [`the email channel ${id}'s requireTLS set to false (its password may go in clear)`]
          : [],
      ),
  },
  {
    row: "a webhook's urlIsPublic",
    changes: (b, a) =>
      channelPairs<WebhookOptions>(b, a, 'webhook').flatMap(({ id, was, now }) =>
        switchedOn(
          was.urlIsPublic,
          now.urlIsPublic,
          `the webhook ${id}'s whole URL shown to viewers and in logs (urlIsPublic)`,
        ),
      ),
  },
  {
    row: 'hook.enabled',
    changes: (b, a) =>
      switchedOn(b.hook.enabled, a.hook.enabled, `the hook switched on (it runs ${a.hook.program} on this host)`),
  },
];

/**
 * The changes between two settings that widen who may sign in, how, or what is exposed, in
 * words, one each, in WIDENING's order. (Its name is from when it held sign-in rows only;
 * dangerousChanges in destinations.ts calls it.)
 */
export function signInChanges(before: Settings, after: Settings): string[] {
  return WIDENING.flatMap((r) => r.changes(before, after));
}
