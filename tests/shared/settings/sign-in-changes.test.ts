/**
 * signInChanges (issue 50): a change that widens who may sign in to the dashboard, or how, is
 * dangerous (needs a fresh admin sign-in), beside the hook's program; narrowing is not.
 * dangerousChanges carries them.
 */
import { describe, expect, it } from 'vitest';

import { parseSettings, type Settings, type SettingsInput } from '../../../shared/settings';
import { dangerousChanges } from '../../../shared/settings/destinations';
import { signInChanges } from '../../../shared/settings/sign-in-changes';

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
  ];
  it.each(rows)('%s', (_name, before, after, words) => {
    expect(signInChanges(settings(before), settings(after))).toEqual(words);
  });

  it('is part of dangerousChanges', () => {
    expect(dangerousChanges(settings({}), settings({ api: { lan: true } }))).toEqual([
      'api.lan (the dashboard opens to the local network)',
    ]);
  });
});
