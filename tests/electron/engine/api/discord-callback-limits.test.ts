/**
 * Only a real attempt counts against an address's limit on failed sign-ins (issue 58), through the
 * real API server and the Discord stand-in: with Discord sign-in off the callback is a plain 404
 * and counts nothing, and a callback without this browser's state cookie (what any other site's
 * `<img>` sends) counts nothing, so the bearer clients at that address (Prometheus, the CLI) keep
 * getting 200. A refused person signing in again and again counts on one audit row. A callback
 * with a state cookie but a state the server does not hold counts nothing either (issue 73: a
 * stranger's flood of starts pushed the owner's out, and each return counted); a sign-in this
 * browser started that Discord's answer refuses counts, and past the limit a start waits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { AUTH_FAILURES_MAX } from '../../../../electron/engine/api/door/auth-hook';
import { type DiscordOAuthFake, startDiscordOAuth } from '../../../fakes/discord-oauth';
import { type ApiServer, startApiServer } from '../../../helpers/api-server';
import { ADMIN, CLIENT, SECRET, SERVER, STRANGER } from '../../../helpers/discord-cast';
import { rawRequest } from '../../../helpers/raw-request';

const CALLBACK = '/session/discord/callback';
/** More hits than the limit takes. */
const HITS = AUTH_FAILURES_MAX + 2;

const cookieOf = (res: Response, name: string) =>
  res.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${name}=`))
    ?.split(';')[0] ?? null;

/** What a browser sends for another site's link to the callback, and for its <img> of it (Fetch Metadata). */
const LINK = { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' };
const IMAGE = { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'image' };

describe('the Discord callback with Discord sign-in off', () => {
  let off: ApiServer<'metrics'>;
  beforeAll(async () => {
    off = await startApiServer({ name: 'callback-off', tokens: [['metrics', 'metrics']] });
  }, 60_000);
  afterAll(() => off?.close());

  it(`is a plain 404 ${HITS} times over, and the bearer client at that address still gets 200`, async () => {
    for (let i = 0; i < HITS; i++) {
      // Another site's link (a navigation) reaches the callback: a plain 404.
      // (Sent raw: fetch() writes its own Sec-Fetch-Mode.)
      const res = await rawRequest(off.api.url, `/api/v1${CALLBACK}?code=c${i}&state=s${i}`, { headers: LINK });
      expect(res.status).toBe(404);
      expect(res.body).toMatch(/Sign in with Discord is off/);
      // Its <img> never does (a cross-site fetch, issue 58's route access): 403, counted nowhere either.
      expect((await off.call(`${CALLBACK}?code=c${i}&state=s${i}`, null, { headers: IMAGE })).status).toBe(403);
    }
    const metrics = await fetch(`${off.api.url}/metrics`, {
      headers: { authorization: `Bearer ${off.tokens.metrics}` },
    });
    expect(metrics.status).toBe(200);
  });
});

describe('the Discord callback with Discord sign-in on', () => {
  let discord: DiscordOAuthFake;
  let on: ApiServer<'metrics'>;
  beforeAll(async () => {
    discord = await startDiscordOAuth({ clientId: CLIENT, secret: SECRET, users: [ADMIN, STRANGER] });
    on = await startApiServer({
      name: 'callback-on',
      settings: {
        api: { signIn: { discord: { clientId: CLIENT, secret: SECRET, admins: [ADMIN.id] } } },
        discord: { guilds: [SERVER], apiBase: discord.apiBase },
      },
      tokens: [['metrics', 'metrics']],
    });
  }, 60_000);
  afterAll(async () => {
    await on?.close();
    await discord?.close();
  });

  const metricsStatus = async () =>
    (await fetch(`${on.api.url}/metrics`, { headers: { authorization: `Bearer ${on.tokens.metrics}` } })).status;

  /** A browser's sign-in as `who`, to the end: the callback's answer. */
  async function signInAs(who: string) {
    discord.signInAs(who);
    const start = await fetch(`${on.api.url}/api/v1/session/discord`, { redirect: 'manual' });
    expect(start.status).toBe(302);
    const state = cookieOf(start, 'ipwatch_discord_state')!;
    const back = await fetch(start.headers.get('location')!, { redirect: 'manual' });
    return fetch(back.headers.get('location')!, { redirect: 'manual', headers: { cookie: state } });
  }

  it('counts a refused person signing in again and again on one audit row', async () => {
    for (let i = 0; i < 3; i++) expect((await signInAs(STRANGER.id)).status).toBe(403);
    const rows = on.runtime.services.history
      .auditLog({ limit: 100 })
      .filter((e) => e.action === 'session.sign-in' && e.result === 'refused');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.actor).toContain(`discord:${STRANGER.id}`);
    expect(rows[0]!.detail).toMatch(/with Discord, from .*refused 3 times in/);
  });

  it(`counts nothing for ${HITS} callbacks without the state cookie: the bearer client still gets 200`, async () => {
    for (let i = 0; i < HITS; i++) {
      const res = await rawRequest(on.api.url, `/api/v1${CALLBACK}?code=c${i}&state=s${i}`, { headers: LINK });
      expect(res.status).toBe(400);
      expect(res.body).toMatch(/This sign-in is not valid/);
      expect((await on.call(`${CALLBACK}?code=c${i}&state=s${i}`, null, { headers: IMAGE })).status).toBe(403);
    }
    expect(await metricsStatus()).toBe(200);
  });

  it('counts nothing for a callback with a state cookie but a state the server does not hold (issue 73)', async () => {
    // Three refusals above counted already; these would bring the address past the limit.
    for (let i = 0; i < AUTH_FAILURES_MAX; i++) {
      const res = await on.call(`${CALLBACK}?code=c&state=wrong${i}`, null, {
        headers: { cookie: `ipwatch_discord_state=mine${i}` },
      });
      expect(res.status).toBe(400);
      expect(await res.text()).toMatch(/It counts nothing against your address/);
    }
    // The address may still start a sign-in: no wait was counted against it.
    expect((await fetch(`${on.api.url}/api/v1/session/discord`, { redirect: 'manual' })).status).toBe(302);
    expect(await metricsStatus()).toBe(200);
  });

  it('counts a sign-in this browser started that fails, up to the limit: then a start waits', async () => {
    // Discord says the person may not: a real attempt (some counted above, with the refused person).
    const startUrl = `${on.api.url}/api/v1/session/discord`;
    let start = await fetch(startUrl, { redirect: 'manual' });
    for (let i = 0; i < AUTH_FAILURES_MAX && start.status === 302; i++) {
      discord.signInAs(STRANGER.id);
      const back = await fetch(start.headers.get('location')!, { redirect: 'manual' });
      const state = cookieOf(start, 'ipwatch_discord_state')!;
      const res = await fetch(back.headers.get('location')!, { redirect: 'manual', headers: { cookie: state } });
      expect(res.status).toBe(403);
      start = await fetch(startUrl, { redirect: 'manual' });
    }
    expect(start.status).toBe(429);
    expect(await start.text()).toMatch(/Too many failed sign-ins/);
    // The limit stops sign-ins, not a token the CLI made (auth-hook.ts passesLimit).
    expect(await metricsStatus()).toBe(200);
  });
});
