/**
 * Sign in with Discord through the real routes (on fastify, as the server mounts them), the real
 * session store on a fake clock, and the Discord stand-in over HTTP: who gets in as what, and
 * the flow's refusals (another browser's state, a code used twice, expired sessions).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createSignInLog } from '../../../../../electron/engine/api/audit/sign-in-log';
import { discordSignInConfig } from '../../../../../electron/engine/api/discord-sign-in/config';
import { registerDiscordSignIn } from '../../../../../electron/engine/api/discord-sign-in/routes';
import { schemaController } from '../../../../../electron/engine/api/schema-compilers';
import {
  createSessionStore,
  SESSION_IDLE_MS,
  SESSION_MAX_MS,
  type SessionStore,
} from '../../../../../electron/engine/api/sessions/sessions';
import { createLogger, type LogRecord } from '../../../../../electron/engine/logger';
import { signInSettingsSchema } from '../../../../../shared/settings/sign-in';
import { type DiscordOAuthFake, startDiscordOAuth } from '../../../../fakes/discord-oauth';
import {
  ADMIN,
  CLIENT,
  SECRET,
  SERVER,
  SERVER_NAME,
  STRANGER,
  VIEW_ROLE,
  VIEWER,
} from '../../../../helpers/discord-cast';
import { FakeClock } from '../../../../helpers/fake-clock';

let discord: DiscordOAuthFake;
let app: FastifyInstance;
let base: string;
let sessions: SessionStore;
const clock = new FakeClock();
const logs: LogRecord[] = [];
const audit: { actor: string; action: string; detail?: string | null; result: string }[] = [];
/** The audit log's rows as the history writes them: an id each, and a detail that may be written again. */
const rows = {
  write: (e: { actor: string; action: string; detail: string; result: string }) => audit.push({ ...e }) - 1,
  redetail: (id: number, detail: string) => Boolean(audit[id] && (audit[id].detail = detail)),
};

beforeAll(async () => {
  discord = await startDiscordOAuth({ clientId: CLIENT, secret: SECRET, users: [ADMIN, VIEWER, STRANGER] });
  const logger = createLogger('test', { level: 'debug', sink: (r) => logs.push(r) });
  sessions = await createSessionStore({ dataDir: mkdtempSync(path.join(tmpdir(), 'ipwatch-signin-')), clock, logger });
  const signIn = signInSettingsSchema.parse({
    discord: { clientId: CLIENT, secret: { env: 'SIGN_IN_SECRET' }, viewerRoles: [VIEW_ROLE] },
  });
  const secrets = { env: { SIGN_IN_SECRET: SECRET }, readFile: () => '' };
  const r = discordSignInConfig(
    signIn,
    { servers: [{ id: SERVER, admin: { roles: [], users: [] } }], apiBase: discord.apiBase },
    secrets,
    'IPWatch/test',
  );
  if (!r.ok) throw new Error(r.reason);
  app = Fastify({ schemaController });
  await app.register(fastifyCookie);
  registerDiscordSignIn(app, {
    sessions,
    discord: async () => r.config,
    maxAgeMs: SESSION_MAX_MS,
    clock,
    logger,
    audit: (e) => audit.push(e),
    signIns: createSignInLog(rows, clock, logger),
  });
  base = await app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await app?.close();
  await discord?.close();
});

const cookieOf = (res: Response, name: string) =>
  res.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${name}=`))
    ?.split(';')[0] ?? null;

/** The browser's steps: to Discord, Discord back, the callback; returns the callback's answer and the state cookie. */
async function signIn(as: string | null) {
  discord.signInAs(as);
  const start = await fetch(`${base}/api/v1/session/discord`, { redirect: 'manual' });
  expect(start.status).toBe(302);
  const stateCookie = cookieOf(start, 'ipwatch_discord_state')!;
  const back = await fetch(start.headers.get('location')!, { redirect: 'manual' });
  expect(back.status).toBe(302);
  const callback = back.headers.get('location')!;
  const res = await fetch(callback, { redirect: 'manual', headers: { cookie: stateCookie } });
  return { res, callback, stateCookie, session: cookieOf(res, 'ipwatch_session') };
}
const me = (session: string | null) =>
  fetch(`${base}/api/v1/session/me`, { headers: session ? { cookie: session } : {} });

describe('sign in with Discord', () => {
  it('sends the browser to Discord with PKCE S256, state and the three scopes, to a callback on this origin', async () => {
    const start = await fetch(`${base}/api/v1/session/discord`, { redirect: 'manual' });
    const to = new URL(start.headers.get('location')!);
    expect(`${to.origin}${to.pathname}`).toBe(`${discord.apiBase}/oauth2/authorize`);
    expect(Object.fromEntries(to.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: CLIENT,
      scope: 'identify guilds guilds.members.read',
      redirect_uri: `${base}/api/v1/session/discord/callback`,
      code_challenge_method: 'S256',
    });
    expect(to.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(start.headers.getSetCookie()[0]).toMatch(/HttpOnly/i);
    expect(await (await fetch(`${base}/api/v1/session/methods`)).json()).toEqual({ token: true, discord: true });
  });

  it('signs in a member with Manage Server as admin, and one with a listed role as viewer', async () => {
    const a = await signIn(ADMIN.id);
    expect(a.res.status).toBe(302);
    expect(a.res.headers.get('location')).toBe('/');
    expect(a.res.headers.getSetCookie().find((c) => c.startsWith('ipwatch_session='))).toMatch(
      /HttpOnly.*SameSite=Lax/i,
    );
    expect(await (await me(a.session)).json()).toMatchObject({ name: 'Ada', role: 'admin', via: 'session' });
    const v = await signIn(VIEWER.id);
    expect(await (await me(v.session)).json()).toMatchObject({ name: 'vic', role: 'viewer' });
    expect(audit.filter((e) => e.action === 'session.sign-in' && e.result === 'ok').map((e) => e.actor)).toEqual([
      'Ada (admin, session)',
      'vic (viewer, session)',
    ]);
    // Why each got in, in words: the server by the name Discord gave with the user's servers, the
    // role by what it is to IPWatch; the ids only after, for whoever compares them with Discord.
    const why = (actor: string) => audit.find((e) => e.actor === actor && e.result === 'ok')?.detail;
    expect(why('Ada (admin, session)')).toBe(
      `with Discord, from 127.0.0.1; an admin of the Discord server "${SERVER_NAME}" (server id ${SERVER})`,
    );
    expect(why('vic (viewer, session)')).toBe(
      `with Discord, from 127.0.0.1; holds a viewer role listed in the sign-in settings in the Discord server "${SERVER_NAME}" (role id ${VIEW_ROLE}, server id ${SERVER})`,
    );
  });

  it('refuses anyone else with a page that says why, and a cancel', async () => {
    const s = await signIn(STRANGER.id);
    expect(s.res.status).toBe(403);
    expect(s.session).toBeNull();
    expect(await s.res.text()).toMatch(/sam may not sign in here[\s\S]*not a member of the Discord server/);
    const c = await signIn(null);
    expect(c.res.status).toBe(403);
    expect(await c.res.text()).toMatch(/Sign-in cancelled/);
  });

  it('refuses a callback with another browser’s state, and a code used twice', async () => {
    discord.signInAs(ADMIN.id);
    const start = await fetch(`${base}/api/v1/session/discord`, { redirect: 'manual' });
    const back = await fetch(start.headers.get('location')!, { redirect: 'manual' });
    const callback = back.headers.get('location')!;
    // No state cookie: the sign-in was started in another browser (login CSRF).
    const other = await fetch(callback, {
      redirect: 'manual',
      headers: { cookie: 'ipwatch_discord_state=someone-else' },
    });
    expect(other.status).toBe(400);
    expect(cookieOf(other, 'ipwatch_session')).toBeNull();

    const first = await signIn(ADMIN.id);
    expect(first.res.status).toBe(302);
    const tokenResults = discord.tokenResults.length;
    const again = await fetch(first.callback, { redirect: 'manual', headers: { cookie: first.stateCookie } });
    expect(again.status).toBe(400); // the state is spent before the code is tried again
    expect(discord.tokenResults.length).toBe(tokenResults);
    // The used code under a fresh sign-in of this browser: Discord refuses it (invalid_grant), and so do we.
    const fresh = await fetch(`${base}/api/v1/session/discord`, { redirect: 'manual' });
    const state = new URL(fresh.headers.get('location')!).searchParams.get('state')!;
    const replay = new URL(first.callback);
    replay.searchParams.set('state', state);
    const replayed = await fetch(replay, {
      redirect: 'manual',
      headers: { cookie: cookieOf(fresh, 'ipwatch_discord_state')! },
    });
    expect(replayed.status).toBe(502);
    expect(await replayed.text()).toMatch(/used already or is too old/);
    expect(discord.tokenResults.at(-1)).toBe('invalid_grant');
    expect(cookieOf(replayed, 'ipwatch_session')).toBeNull();
    expect(logs.some((l) => JSON.stringify(l).includes(SECRET))).toBe(false);
  });

  it('ends a session after 12 h idle and one in use after 7 days; sign out everywhere ends them all', async () => {
    const idle = (await signIn(VIEWER.id)).session;
    const busy = (await signIn(ADMIN.id)).session;
    const start = clock.now();
    await clock.advance(SESSION_IDLE_MS - 60_000);
    expect((await me(busy)).status).toBe(200);
    await clock.advance(120_000);
    expect((await me(idle)).status).toBe(401);
    while (clock.now() + 11 * 3600_000 < start + SESSION_MAX_MS) {
      await clock.advance(11 * 3600_000);
      expect((await me(busy)).status).toBe(200);
    }
    await clock.advance(start + SESSION_MAX_MS - clock.now());
    expect((await me(busy)).status).toBe(401);

    const one = (await signIn(ADMIN.id)).session;
    const two = (await signIn(ADMIN.id)).session;
    const out = await fetch(`${base}/api/v1/session/sign-out-everywhere`, {
      method: 'POST',
      headers: { cookie: one! },
    });
    expect(await out.json()).toEqual({ ended: expect.any(Number) });
    expect([(await me(one)).status, (await me(two)).status]).toEqual([401, 401]);
  });

  it('counts one member signing in again and again within a minute on one row (the log cannot be flushed)', async () => {
    const mine = () => audit.filter((e) => e.action === 'session.sign-in' && e.actor === 'vic (viewer, session)');
    await clock.advance(120_000); // past any earlier sign-in's minute
    const before = mine().length;
    for (let i = 0; i < 5; i++) expect((await signIn(VIEWER.id)).res.status).toBe(302);
    expect(mine().length).toBe(before + 1);
    expect(mine().at(-1)?.detail).toMatch(/\(signed in 5 times in under a second, each within a minute/);
    await clock.advance(61_000);
    await signIn(VIEWER.id);
    expect(mine().length).toBe(before + 2);
  });
});
