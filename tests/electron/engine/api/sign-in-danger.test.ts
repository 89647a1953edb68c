/**
 * Changes that widen who may sign in, or how, or lower a protection are dangerous (issues 50,
 * 58), through the real API server and the Discord stand-in (tests/fakes/discord-oauth.ts, built
 * from Discord's docs): a bare admin token gets 403 in words for each (Discord sign-in admins,
 * its secret, a new served server, a server's admins, api.token, api.lan, api.allowPlainHttp, the
 * certificate files, the public badge, the address in it, an email channel's certificate check
 * off or its requireTLS false, a webhook's whole URL shown, the hook switched on) and nothing is stored; pause, resume and an ordinary setting still pass with it; an admin who just
 * signed in with Discord makes such a change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type DiscordOAuthFake, startDiscordOAuth } from '../../../fakes/discord-oauth';
import { type ApiServer, startApiServer } from '../../../helpers/api-server';

const CLIENT = '555555555555555555';
const SECRET = 'sign-in-client-s3cret';
const ME = '111111111111111111';
const THEM = '222222222222222222';
const SERVER = '333333333333333333';
const OTHER = '444444444444444444';
/** An email channel, switched off so nothing is sent: its protections still count. */
const MAIL = {
  id: 'mail',
  type: 'email',
  enabled: false,
  host: '127.0.0.1',
  from: 'ipwatch@example.org',
  to: 'me@example.org',
};
/** A webhook whose path is its secret (Home Assistant's), switched off: showing it whole still counts. */
const HOOK = { id: 'ha', type: 'webhook', enabled: false, url: 'http://127.0.0.1:9/api/webhook/abc123def456ghi789' };
let discord: DiscordOAuthFake;
let server: ApiServer<'admin'>;

beforeAll(async () => {
  discord = await startDiscordOAuth({
    clientId: CLIENT,
    secret: SECRET,
    users: [{ id: ME, username: 'me', guilds: [{ id: SERVER, permissions: 0n, roles: [] }] }],
  });
  server = await startApiServer({
    name: 'sign-in-danger',
    settings: {
      api: { signIn: { discord: { clientId: CLIENT, secret: SECRET, admins: [ME] } } },
      discord: { guilds: [SERVER], apiBase: discord.apiBase },
      hook: { program: '/bin/true' },
      notifications: { channels: [MAIL, HOOK] },
    },
    tokens: [['admin', 'admin', 'ops']],
  });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await discord?.close();
});

type View = { settings: Record<string, Record<string, unknown>> };
const view = async () => (await (await server.call('/settings', server.tokens.admin)).json()) as View;
const message = async (res: Response) => ((await res.json()) as { error: { message: string } }).error.message;
/** The settings as the dashboard sends them back, with one part changed. */
async function withChange(change: (s: View['settings']) => void) {
  const { settings } = await view();
  change(settings);
  return { settings };
}
const discordSignIn = (s: View['settings']) =>
  (s.api!.signIn as { discord: Record<string, unknown> }).discord as { admins: string[]; secret: unknown };

const channelOf = (s: View['settings'], id: string) =>
  (s.notifications!.channels as Record<string, unknown>[]).find((c) => c.id === id)!;
const mailOf = (s: View['settings']) => channelOf(s, 'mail');

const cookieOf = (res: Response, name: string) =>
  res.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${name}=`))
    ?.split(';')[0] ?? null;

/** A browser's sign-in with Discord as ME: to Discord, back, the callback; the session cookie. */
async function signInWithDiscord(): Promise<string> {
  discord.signInAs(ME);
  const start = await fetch(`${server.api.url}/api/v1/session/discord`, { redirect: 'manual' });
  const location = start.headers.get('location');
  expect(start.status, await start.clone().text()).toBe(302);
  const state = cookieOf(start, 'ipwatch_discord_state')!;
  const back = await fetch(location!, { redirect: 'manual' });
  const res = await fetch(back.headers.get('location')!, { redirect: 'manual', headers: { cookie: state } });
  const session = cookieOf(res, 'ipwatch_session');
  expect(session).not.toBeNull();
  return session!;
}

describe('a change to who may sign in, or how, with a bare admin token', () => {
  const rows: [string, (s: View['settings']) => void, RegExp][] = [
    ['a Discord admin added', (s) => discordSignIn(s).admins.push(THEM), /Discord sign-in's admins \(added /],
    ['a new client secret', (s) => void (discordSignIn(s).secret = 'another-s3cret'), /client secret/],
    ['a served server added', (s) => (s.discord!.guilds as unknown[]).push(OTHER), /Discord server \d+ added/],
    [
      "a user added to a server's admins",
      (s) => void (s.discord!.guilds = [{ id: SERVER, admin: { roles: [], users: [THEM] } }]),
      /who administers the Discord server/,
    ],
    ['api.token', (s) => void (s.api!.token = 'a-new-admin-token-0123456'), /api\.token/],
    ['api.lan', (s) => void (s.api!.lan = true), /api\.lan/],
    ['api.allowPlainHttp', (s) => void (s.api!.allowPlainHttp = true), /api\.allowPlainHttp/],
    ['the certificate files', (s) => void (s.api!.tls = { cert: '/tmp/c.pem', key: '/tmp/k.pem' }), /api\.tls/],
    ['the public badge', (s) => void (s.api!.badge = true), /api\.badge \(a status badge anyone may read/],
    ['the address in the badge', (s) => void (s.api!.badgeAddress = true), /api\.badgeAddress \(the public address/],
    [
      "an email channel's certificate check off",
      (s) => void (mailOf(s).rejectUnauthorized = false),
      /the email channel mail's certificate check switched off/,
    ],
    [
      "an email channel's requireTLS false",
      (s) => void (mailOf(s).requireTLS = false),
      /the email channel mail's requireTLS set to false \(its password may go in clear\)/,
    ],
    [
      "a webhook's whole URL shown",
      (s) => void (channelOf(s, 'ha').urlIsPublic = true),
      /the webhook ha's whole URL shown to viewers and in logs \(urlIsPublic\)/,
    ],
    ['the hook switched on', (s) => void (s.hook!.enabled = true), /the hook switched on \(it runs \/bin\/true/],
  ];
  it.each(rows)('is refused with 403 in words, and not stored: %s', async (_what, change, words) => {
    const before = JSON.stringify(server.settings());
    const res = await server.call('/settings', server.tokens.admin, { method: 'PUT', json: await withChange(change) });
    expect(res.status).toBe(403);
    const why = await message(res);
    expect(why).toMatch(words);
    expect(why).toContain('who may sign in and how');
    expect(why).toContain('an admin token may do it only from the CLI on this host');
    expect(JSON.stringify(server.settings())).toBe(before);
  });

  it('leaves pause, resume and an ordinary setting allowed', async () => {
    expect((await server.call('/pause', server.tokens.admin, { method: 'POST' })).status).toBe(200);
    expect((await server.call('/resume', server.tokens.admin, { method: 'POST' })).status).toBe(200);
    const res = await server.call('/settings', server.tokens.admin, {
      method: 'PUT',
      json: await withChange((s) => void (s.monitor!.intervalSec = 123)),
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(server.settings().monitor.intervalSec).toBe(123);
  });
});

describe('an admin signed in with Discord just now', () => {
  it('adds a Discord admin', async () => {
    const session = await signInWithDiscord();
    const res = await server.call(
      '/settings',
      { cookie: session },
      {
        method: 'PUT',
        json: await withChange((s) => discordSignIn(s).admins.push(THEM)),
      },
    );
    expect(res.status, await res.clone().text()).toBe(200);
    expect(server.settings().api.signIn.discord.admins).toEqual([ME, THEM]);
  });
});
