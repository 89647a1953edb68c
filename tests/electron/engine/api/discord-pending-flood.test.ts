/**
 * No shared queue a stranger can fill (issue 73), through the real API server and the Discord
 * OAuth stand-in (tests/fakes/discord-oauth.ts), each party a loopback address of its own
 * (tests/helpers/from-address.ts). Before, one address's 256 unfinished starts pushed everyone's
 * pending sign-in out of one shared queue; each such return counted as a failure against the
 * owner's address, and after 10 the owner's admin bearer token got 429 too. Now:
 * - 300 unfinished starts from one address leave the owner's sign-in, begun before them at
 *   another address, to complete; and the owner's admin bearer token works from both addresses;
 * - returns whose state the server no longer holds (pushed out, here by 300 newer starts at the
 *   same address) are refused in words and count nothing: that address may still sign in, and its
 *   bearer tokens still work;
 * - a made bearer token passes its address's limit on failures; the settings' token (chosen by a
 *   person) and token sign-ins do not;
 * - when every place is held by others' single sign-ins, a new address is refused with 429 in words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { MAX_PENDING } from '../../../../electron/engine/api/discord-sign-in/flow';
import { AUTH_FAILURES_MAX } from '../../../../electron/engine/api/door/auth-hook';
import { type DiscordOAuthFake, startDiscordOAuth } from '../../../fakes/discord-oauth';
import { type ApiServer, startApiServer } from '../../../helpers/api-server';
import { ADMIN, CLIENT, SECRET, SERVER } from '../../../helpers/discord-cast';
import { cookieOf } from '../../../helpers/discord-sign-in';
import { type AddressClient, fromAddress } from '../../../helpers/from-address';

const FLOOD = 300;
/** Chosen by a person (settings' api.token): guessable, so it waits out the limit. */
const SETTINGS_TOKEN = 'owner-chose-this-phrase';

let discord: DiscordOAuthFake;
let server: ApiServer<'admin' | 'metrics'>;
const clients: AddressClient[] = [];
const at = (address: string) => {
  const c = fromAddress(address);
  clients.push(c);
  return c;
};

beforeAll(async () => {
  discord = await startDiscordOAuth({ clientId: CLIENT, secret: SECRET, users: [ADMIN] });
  server = await startApiServer({
    name: 'discord-flood',
    settings: {
      api: { token: SETTINGS_TOKEN, signIn: { discord: { clientId: CLIENT, secret: SECRET, admins: [ADMIN.id] } } },
      discord: { guilds: [SERVER], apiBase: discord.apiBase },
    },
    tokens: [
      ['admin', 'admin'],
      ['metrics', 'metrics'],
    ],
  });
}, 60_000);
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await server?.close();
  await discord?.close();
});

const startUrl = () => `${server.api.url}/api/v1/session/discord`;

/** A browser at `c` starts signing in: the state cookie and where Discord is. */
async function begin(c: AddressClient) {
  const start = await c.fetch(startUrl(), { redirect: 'manual' });
  expect(start.status, await start.clone().text()).toBe(302);
  return { cookie: cookieOf(start, 'ipwatch_discord_state')!, discordAt: start.headers.get('location')! };
}

/** The browser comes back from Discord (the admin approves): the callback's answer. */
async function finish(c: AddressClient, begun: { cookie: string; discordAt: string }) {
  discord.signInAs(ADMIN.id);
  const back = await c.fetch(begun.discordAt, { redirect: 'manual' });
  expect(back.status).toBe(302);
  return c.fetch(back.headers.get('location')!, { redirect: 'manual', headers: { cookie: begun.cookie } });
}

async function flood(c: AddressClient) {
  for (let i = 0; i < FLOOD; i++) expect((await c.fetch(startUrl(), { redirect: 'manual' })).status).toBe(302);
}

const bearer = (c: AddressClient, token: string) =>
  c.fetch(`${server.api.url}/api/v1/status`, { headers: { authorization: `Bearer ${token}` } });

/** The session's role, read with its cookie. */
async function roleOf(c: AddressClient, res: Response) {
  expect(res.status, await res.clone().text()).toBe(302);
  const cookie = cookieOf(res, 'ipwatch_session')!;
  const me = await c.fetch(`${server.api.url}/api/v1/session/me`, { headers: { cookie } });
  return ((await me.json()) as { role: string }).role;
}

describe('300 unfinished Discord sign-ins from one address', () => {
  it("leave the owner's sign-in at another address to complete, and the admin token working", async () => {
    const owner = at('127.0.0.1');
    const stranger = at('127.0.0.2');
    const begun = await begin(owner);
    await flood(stranger);
    expect(await roleOf(owner, await finish(owner, begun))).toBe('admin');
    for (const c of [owner, stranger]) expect((await bearer(c, server.tokens.admin)).status).toBe(200);
  });

  it('push out only that address’s own; its returns count nothing, and the owner there still signs in', async () => {
    const here = at('127.0.0.3');
    // The owner's sign-ins at that address, more than the limit on failures takes, all pushed out.
    const begun = [];
    for (let i = 0; i < AUTH_FAILURES_MAX + 2; i++) begun.push(await begin(here));
    await flood(here);
    for (const b of begun) {
      const res = await finish(here, b);
      expect(res.status).toBe(400);
      const page = await res.text();
      expect(page).toContain('This sign-in is not valid');
      expect(page).toContain('It counts nothing against your address');
    }
    // Nothing counted: the address may start again and complete, and its bearer tokens work.
    expect(await roleOf(here, await finish(here, await begin(here)))).toBe('admin');
    expect((await bearer(here, server.tokens.admin)).status).toBe(200);
    expect(
      (await here.fetch(`${server.api.url}/metrics`, { headers: { authorization: `Bearer ${server.tokens.metrics}` } }))
        .status,
    ).toBe(200);
  });

  it('a return with a state the server never gave counts nothing', async () => {
    const forger = at('127.0.0.4');
    for (let i = 0; i < AUTH_FAILURES_MAX + 2; i++) {
      const cookie = `ipwatch_discord_state=forged${i}`;
      const res = await forger.fetch(`${server.api.url}/api/v1/session/discord/callback?code=c&state=forged${i}`, {
        headers: { cookie },
      });
      expect(res.status).toBe(400);
    }
    expect((await forger.fetch(startUrl(), { redirect: 'manual' })).status).toBe(302);
    expect((await bearer(forger, SETTINGS_TOKEN)).status).toBe(200);
  });
});

describe('the limit on failures at an address', () => {
  it('stops guesses, token sign-ins and the settings’ token there, never a made token', async () => {
    const guesser = at('127.0.0.5');
    for (let i = 0; i < AUTH_FAILURES_MAX; i++) expect((await bearer(guesser, `ipw_wrong${i}`)).status).toBe(401);
    expect((await bearer(guesser, 'ipw_wrong-again')).status).toBe(429);
    // A person's token may be guessable: a hit looks like a miss while the address is limited.
    expect((await bearer(guesser, SETTINGS_TOKEN)).status).toBe(429);
    const signIn = await guesser.fetch(`${server.api.url}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: server.tokens.admin }),
    });
    expect(signIn.status).toBe(429);
    expect((await guesser.fetch(startUrl(), { redirect: 'manual' })).status).toBe(429);
    // 256 random bits: no guesser finds one, so taking it tells nothing; the owner's scripts go on.
    expect((await bearer(guesser, server.tokens.admin)).status).toBe(200);
    const scrape = await guesser.fetch(`${server.api.url}/metrics`, {
      headers: { authorization: `Bearer ${server.tokens.metrics}` },
    });
    expect(scrape.status).toBe(200);
  });
});

describe('every place held by other addresses', () => {
  it(`refuses a new address with 429 in words once ${MAX_PENDING} addresses hold one each, and each keeps its own`, async () => {
    const address = (i: number) => `127.1.${Math.floor(i / 250)}.${(i % 250) + 1}`;
    const first = at(address(0));
    const begun = await begin(first);
    /** A start from a new address, read whole (status, Retry-After, page). */
    const startFrom = async (i: number) => {
      const c = fromAddress(address(i));
      try {
        const res = await c.fetch(startUrl(), { redirect: 'manual' });
        return { status: res.status, retryAfter: res.headers.get('retry-after'), page: await res.text() };
      } finally {
        await c.close();
      }
    };
    // New addresses take places from those holding more (the tests above), then from nobody.
    let refused: Awaited<ReturnType<typeof startFrom>> | undefined;
    for (let i = 1; i < 2 * MAX_PENDING && !refused; i += 8) {
      const batch = await Promise.all([0, 1, 2, 3, 4, 5, 6, 7].map((j) => startFrom(i + j)));
      for (const r of batch) expect([302, 429]).toContain(r.status);
      refused = batch.find((r) => r.status === 429);
    }
    expect(refused, 'a new address was refused').toBeDefined();
    expect(Number(refused!.retryAfter)).toBeGreaterThan(0);
    expect(refused!.page).toContain('Too many sign-ins in progress');
    expect(refused!.page).toContain('held by sign-ins started from other addresses');
    // The first of them still completes: nobody's only sign-in was pushed out.
    expect(await roleOf(first, await finish(first, begun))).toBe('admin');
  }, 180_000);
});
