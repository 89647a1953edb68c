/**
 * signInChanges (issue 50): a change that widens who may sign in to the dashboard, or how, is
 * dangerous (needs a fresh admin sign-in), beside the hook's program; narrowing is not.
 * dangerousChanges carries them.
 */
import { describe, expect, it } from 'vitest';

import { parseSettings, type Settings, type SettingsInput } from '../../../shared/settings';
import { dangerousChanges } from '../../../shared/settings/destinations';
import { signInChanges, WIDENING } from '../../../shared/settings/sign-in-changes';

const settings = (input: SettingsInput): Settings => {
  const r = parseSettings(input);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.settings;
};
const ME = '111111111111111111';
const THEM = '222222222222222222';
const GUILD = '333333333333333333';
const OTHER = '444444444444444444';
const APP = '555555555555555555';
const discordSignIn = (d: Record<string, unknown>) => ({ api: { signIn: { discord: d } } });
const on = { clientId: APP, secret: 's3cret' };
/** Settings with one email channel, `mail`, of these options. */
const mail = (o: Record<string, unknown>): SettingsInput => ({
  notifications: {
    channels: [
      { id: 'mail', type: 'email', host: 'smtp.example.org', from: 'a@example.org', to: 'b@example.org', ...o },
    ],
  },
});

const hook = (o: Record<string, unknown>): SettingsInput => ({
  notifications: { channels: [{ id: 'ha', type: 'webhook', url: 'https://ha.example/api/webhook/abc123', ...o }] },
});

describe('signInChanges', () => {
  const rows: [string, SettingsInput, SettingsInput, string[]][] = [
    ['nothing changed', {}, {}, []],
    ['pause-like and ordinary changes', {}, { monitor: { intervalSec: 120 }, api: { sessionHours: 12 } }, []],
    [
      'sign-in with Discord set up',
      {},
      discordSignIn(on),
      [`the Discord sign-in's application id (now ${APP})`, "the Discord sign-in's client secret"],
    ],
    ['sign-in with Discord switched off', discordSignIn(on), {}, []],
    [
      'a new client secret',
      discordSignIn(on),
      discordSignIn({ ...on, secret: 'other' }),
      ["the Discord sign-in's client secret"],
    ],
    [
      'an admin user id added',
      discordSignIn({ ...on, admins: [THEM] }),
      discordSignIn({ ...on, admins: [THEM, ME] }),
      [`the Discord sign-in's admins (added ${ME})`],
    ],
    [
      'two admin user ids added: both named',
      discordSignIn(on),
      discordSignIn({ ...on, admins: [THEM, ME] }),
      [`the Discord sign-in's admins (added ${THEM}, ${ME})`],
    ],
    [
      'an admin user id removed',
      discordSignIn({ ...on, admins: [THEM, ME] }),
      discordSignIn({ ...on, admins: [ME] }),
      [],
    ],
    [
      'a viewer role added',
      discordSignIn(on),
      discordSignIn({ ...on, viewerRoles: [THEM] }),
      [`the Discord sign-in's viewer roles (added ${THEM})`],
    ],
    [
      'two viewer roles added: both named',
      discordSignIn(on),
      discordSignIn({ ...on, viewerRoles: [THEM, OTHER] }),
      [`the Discord sign-in's viewer roles (added ${THEM}, ${OTHER})`],
    ],
    [
      'a server added',
      { discord: { guilds: [GUILD] } },
      { discord: { guilds: [GUILD, OTHER] } },
      [`the Discord server ${OTHER} added (its Manage Server holders sign in as admins)`],
    ],
    ['a server removed', { discord: { guilds: [GUILD, OTHER] } }, { discord: { guilds: [GUILD] } }, []],
    [
      "a user added to a server's admins",
      { discord: { guilds: [GUILD] } },
      { discord: { guilds: [{ id: GUILD, admin: { users: [ME] } }] } },
      [`who administers the Discord server ${GUILD} (added ${ME})`],
    ],
    [
      "a role and a user added to a server's admins: both named",
      { discord: { guilds: [GUILD] } },
      { discord: { guilds: [{ id: GUILD, admin: { roles: [OTHER], users: [ME] } }] } },
      [`who administers the Discord server ${GUILD} (added ${OTHER}, ${ME})`],
    ],
    [
      "Discord's address moved while sign-in is on",
      discordSignIn(on),
      { ...discordSignIn(on), discord: { apiBase: 'https://evil.example/api' } },
      ["Discord's API address, which says who signs in (was https://discord.com/api, now https://evil.example/api)"],
    ],
    ["Discord's address moved, sign-in off", {}, { discord: { apiBase: 'https://evil.example/api' } }, []],
    ['api.token set', {}, { api: { token: 'a-token-of-my-own-0123' } }, ['api.token (an admin token after a restart)']],
    ['api.token removed', { api: { token: 'a-token-of-my-own-0123' } }, {}, []],
    ['api.lan on', {}, { api: { lan: true } }, ['api.lan (the dashboard opens to the local network)']],
    ['api.lan off', { api: { lan: true } }, {}, []],
    [
      'plain HTTP allowed',
      { api: { lan: true } },
      { api: { lan: true, allowPlainHttp: true } },
      ['api.allowPlainHttp (plain HTTP from other machines)'],
    ],
    [
      'other certificate files',
      {},
      { api: { tls: { cert: '/tmp/c.pem', key: '/tmp/k.pem' } } },
      ['the certificate files (api.tls, now /tmp/c.pem and /tmp/k.pem)'],
    ],
    [
      'the certificate files removed (back to the one made here)',
      { api: { tls: { cert: '/tmp/c.pem', key: '/tmp/k.pem' } } },
      {},
      [],
    ],
    ['the badge on', {}, { api: { badge: true } }, ['api.badge (a status badge anyone may read, without a token)']],
    ['the badge off', { api: { badge: true } }, {}, []],
    [
      'the address in the badge',
      { api: { badge: true } },
      { api: { badge: true, badgeAddress: true } },
      ['api.badgeAddress (the public address in a badge anyone may read)'],
    ],
    ['the address out of the badge', { api: { badge: true, badgeAddress: true } }, { api: { badge: true } }, []],
    [
      "an email channel's certificate check off",
      mail({}),
      mail({ rejectUnauthorized: false }),
      ["the email channel mail's certificate check switched off (rejectUnauthorized)"],
    ],
    [
      'a new email channel with the certificate check off',
      {},
      mail({ rejectUnauthorized: false }),
      ["the email channel mail's certificate check switched off (rejectUnauthorized)"],
    ],
    [
      "a webhook's URL shown whole",
      hook({}),
      hook({ urlIsPublic: true }),
      ["the webhook ha's whole URL shown to viewers and in logs (urlIsPublic)"],
    ],
    [
      'a new webhook shown whole',
      {},
      hook({ urlIsPublic: true }),
      ["the webhook ha's whole URL shown to viewers and in logs (urlIsPublic)"],
    ],
    ["a webhook's URL hidden again", hook({ urlIsPublic: true }), hook({}), []],
    ['a webhook left shown whole', hook({ urlIsPublic: true }), hook({ urlIsPublic: true, method: 'PUT' }), []],
    ["an email channel's certificate check back on", mail({ rejectUnauthorized: false }), mail({}), []],
    [
      'an email channel left with its check off',
      mail({ rejectUnauthorized: false }),
      mail({ rejectUnauthorized: false, port: 25 }),
      [],
    ],
    [
      "an email channel's requireTLS false",
      mail({ requireTLS: true }),
      mail({ requireTLS: false }),
      ["the email channel mail's requireTLS set to false (its password may go in clear)"],
    ],
    ["an email channel's requireTLS back to its default", mail({ requireTLS: false }), mail({}), []],
    [
      'an email channel left with requireTLS false',
      mail({ requireTLS: false }),
      mail({ requireTLS: false, port: 25 }),
      [],
    ],
    // The settings keep a channel's unknown keys: an email option on a webhook is no email's change.
    ['a webhook carrying an email option', {}, hook({ rejectUnauthorized: false, requireTLS: false }), []],
    ['an email channel carrying the webhook option', {}, mail({ urlIsPublic: true }), []],
    [
      "a webhook's id taken by a new email channel with the check off",
      hook({ rejectUnauthorized: false }),
      {
        notifications: {
          channels: [
            {
              id: 'ha',
              type: 'email',
              host: 'smtp.example.org',
              from: 'a@example.org',
              to: 'b@example.org',
              rejectUnauthorized: false,
            },
          ],
        },
      },
      ["the email channel ha's certificate check switched off (rejectUnauthorized)"],
    ],
    [
      'the hook switched on',
      { hook: { program: '/bin/true' } },
      { hook: { enabled: true, program: '/bin/true' } },
      ['the hook switched on (it runs /bin/true on this host)'],
    ],
    [
      'the hook switched off',
      { hook: { enabled: true, program: '/bin/true' } },
      { hook: { program: '/bin/true' } },
      [],
    ],
  ];
  it.each(rows)('%s', (_name, before, after, words) => {
    expect(signInChanges(settings(before), settings(after))).toEqual(words);
  });

  it('has one row per switch, each named once', () => {
    const names = WIDENING.map((r) => r.row);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).not.toBe('');
  });

  it('is part of dangerousChanges', () => {
    expect(dangerousChanges(settings({}), settings({ api: { lan: true } }))).toEqual([
      'api.lan (the dashboard opens to the local network)',
    ]);
  });
});
