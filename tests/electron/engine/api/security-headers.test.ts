/**
 * Headers and cookies on every answer (issue 58), through the real API server serving the LAN over
 * HTTPS (its own certificate, pinned by fingerprint) and loopback over plain HTTP, with a built
 * dashboard: Content-Security-Policy with frame-ancestors 'none', X-Frame-Options: DENY and
 * Referrer-Policy: no-referrer on a 200, a 404, a static file, an error and the event stream; HSTS
 * over HTTPS only, and not to a loopback name (it would pin localhost's plain HTTP); the session cookie `__Host-` prefixed (Secure, Path=/, no Domain) over HTTPS
 * only, read by that name there and by the bare one over plain HTTP.
 */
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { TLS_FOLDER } from '../../../../electron/engine/tls/generated';
import { parseSubjectAltName } from '../../../../electron/engine/tls/host-names';
import { type DiscordOAuthFake, startDiscordOAuth } from '../../../fakes/discord-oauth';
import { type ApiServer, startApiServer } from '../../../helpers/api-server';
import { ADMIN, CLIENT, SECRET, SERVER } from '../../../helpers/discord-cast';
import { pinnedRequest } from '../../../helpers/pinned-https';

let server: ApiServer<'admin'>;
let discord: DiscordOAuthFake;
let https: string;
/** The same port over plain HTTP, as loopback may use it. */
let plain: string;
let fingerprint: string;
/** A name of this host the certificate holds, not a loopback one: how a LAN browser reaches it. */
let lanName: string;

beforeAll(async () => {
  const web = mkdtempSync(path.join(tmpdir(), 'ipwatch-web-'));
  writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>IPWatch</title>');
  writeFileSync(path.join(web, 'app.js'), 'console.log(1)');
  discord = await startDiscordOAuth({ clientId: CLIENT, secret: SECRET, users: [ADMIN] });
  server = await startApiServer({
    name: 'security-headers',
    settings: {
      api: { lan: true, signIn: { discord: { clientId: CLIENT, secret: SECRET, admins: [ADMIN.id] } } },
      discord: { guilds: [SERVER], apiBase: discord.apiBase },
    },
    staticDir: web,
    tokens: [['admin', 'admin', 'ops']],
  });
  const cert = readFileSync(path.join(server.dataDir, TLS_FOLDER, 'cert.pem'), 'utf8');
  fingerprint = new X509Certificate(cert).fingerprint256;
  // Only a name the certificate holds is answered over TLS (issue 58: DNS rebinding).
  const names = parseSubjectAltName(new X509Certificate(cert).subjectAltName);
  const ip = names.ip.find((a) => !['127.0.0.1', '::1'].includes(a));
  lanName = names.dns.find((n) => n !== 'localhost') ?? (ip?.includes(':') ? `[${ip}]` : ip)!;
  expect(lanName, 'a certificate naming this host by a LAN name or address').toBeDefined();
  https = `https://127.0.0.1:${new URL(server.api.url).port}`;
  plain = `http://127.0.0.1:${new URL(server.api.url).port}`;
}, 60_000);

afterAll(async () => {
  await server?.close();
  await discord?.close();
});

type Answer = { status: number; headers: IncomingHttpHeaders };
/** Over HTTPS as a LAN browser sends it: to the name it reaches this host by (the certificate is pinned). */
const overHttps = (p: string, headers: Record<string, string> = {}, method = 'GET', body?: string) =>
  pinnedRequest(`${https}${p}`, fingerprint, {
    method,
    headers: { host: `${lanName}:${new URL(https).port}`, ...headers },
    ...(body === undefined ? {} : { body }),
  });
const overHttp = async (p: string, headers: Record<string, string> = {}): Promise<Answer> => {
  const res = await fetch(`${plain}${p}`, { headers });
  await res.body?.cancel();
  return { status: res.status, headers: Object.fromEntries(res.headers) };
};
const bearer = () => ({ authorization: `Bearer ${server.tokens.admin}` });

/** The headers every answer carries, and HSTS as `https` says. */
function expectGuarded(a: Answer, https: boolean, what: string) {
  expect(a.headers['content-security-policy'], what).toMatch(/frame-ancestors 'none'/);
  expect(a.headers['x-frame-options'], what).toBe('DENY');
  expect(a.headers['referrer-policy'], what).toBe('no-referrer');
  if (https) expect(a.headers['strict-transport-security'], what).toMatch(/^max-age=\d{7,}$/);
  else expect(a.headers['strict-transport-security'], what).toBeUndefined();
}

const answers: [string, string, Record<string, string>, number][] = [
  ['a 200 of the API', '/api/v1/status', {}, 200],
  ['a 404 of the API', '/api/v1/no-such-thing', {}, 404],
  ['a static file', '/app.js', {}, 200],
  ['the dashboard page', '/settings/api', {}, 200],
  ['an error (bad input)', '/api/v1/history?limit=nope', {}, 400],
  ['a refusal at the door', '/api/v1/status', { authorization: 'Bearer wrong-token-here' }, 401],
  ['a cross-site refusal', '/api/v1/status', { 'sec-fetch-site': 'cross-site' }, 403],
  // fastify answers a path its router cannot decode before any hook (frameworkErrors).
  ['a path the router cannot decode', '/api/v1/status%C0%AF', {}, 400],
];

describe.each([
  ['HTTPS', true],
  ['plain HTTP on loopback', false],
] as const)('answers over %s', (_name, secure) => {
  it.each(answers)('%s (%s)', async (what, p, headers, status) => {
    const all = { ...bearer(), ...headers };
    const a = secure ? await overHttps(p, all) : await overHttp(p, all);
    expect(a.status, what).toBe(status);
    expectGuarded(a, secure, what);
  });
});

describe('HSTS to a loopback name', () => {
  it('is not sent over HTTPS to 127.0.0.1 or localhost (it would pin plain HTTP on every port there)', async () => {
    for (const name of ['127.0.0.1', 'localhost']) {
      const a = await overHttps('/api/v1/status', { ...bearer(), host: `${name}:${new URL(https).port}` });
      expect(a.status).toBe(200);
      expect(a.headers['strict-transport-security'], name).toBeUndefined();
      expect(a.headers['x-frame-options'], name).toBe('DENY');
    }
  });
});

describe('the event stream', () => {
  it('carries them too (a hijacked answer)', async () => {
    const controller = new AbortController();
    const res = await fetch(`${plain}/api/v1/events`, { headers: bearer(), signal: controller.signal });
    expect(res.status).toBe(200);
    expectGuarded({ status: res.status, headers: Object.fromEntries(res.headers) }, false, 'events');
    controller.abort();
  });
});

describe('the session cookie', () => {
  const signIn = (send: typeof overHttps) =>
    send(
      '/api/v1/session',
      { 'content-type': 'application/json' },
      'POST',
      JSON.stringify({ token: server.tokens.admin }),
    );

  it('is __Host- prefixed over HTTPS: Secure, Path=/, no Domain; read by that name only', async () => {
    const res = await signIn(overHttps);
    expect(res.status, res.body).toBe(204);
    const set = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    expect(set).toHaveLength(1);
    expect(set[0]).toMatch(/^__Host-ipwatch_session=[\w-]{43}; /);
    expect(set[0]).toMatch(/; Secure/);
    expect(set[0]).toMatch(/; Path=\/(;|$)/);
    expect(set[0]).not.toMatch(/Domain=/i);
    const cookie = set[0]!.split(';')[0]!;
    expect((await overHttps('/api/v1/session/me', { cookie })).status).toBe(200);
    // The bare name over HTTPS (a cookie any plain-HTTP page of this name could have set) is not read.
    const bare = cookie.replace(/^__Host-/, '');
    expect((await overHttps('/api/v1/session/me', { cookie: bare })).status).toBe(401);
  });

  it('keeps its bare name over plain HTTP (a browser refuses __Host- without Secure)', async () => {
    const res = await fetch(`${plain}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: server.tokens.admin }),
    });
    expect(res.status).toBe(204);
    const set = res.headers.getSetCookie();
    expect(set[0]).toMatch(/^ipwatch_session=[\w-]{43}; /);
    expect(set[0]).not.toMatch(/Secure/);
  });
});

describe('the Discord sign-in over HTTPS', () => {
  const setCookies = (a: Answer) => ([] as string[]).concat(a.headers['set-cookie'] ?? []);

  it('keeps its state in a __Host- cookie (Secure, Path=/), read back by that name at the callback', async () => {
    discord.signInAs(ADMIN.id);
    const start = await overHttps('/api/v1/session/discord');
    expect(start.status, start.body).toBe(302);
    const state = setCookies(start).find((c) => c.startsWith('__Host-ipwatch_discord_state='))!;
    expect(state).toMatch(/; Secure/);
    expect(state).toMatch(/; Path=\/(;|$)/);
    expect(state).not.toMatch(/Domain=/i);
    // Discord sends the browser back to this server's callback, by the name it reached it by.
    const back = await fetch(start.headers.location!, { redirect: 'manual' });
    const callback = new URL(back.headers.get('location')!);
    expect(callback.host).toBe(`${lanName}:${new URL(https).port}`);
    const done = await overHttps(`${callback.pathname}${callback.search}`, { cookie: state.split(';')[0]! });
    expect(done.status, done.body).toBe(302);
    expect(setCookies(done).some((c) => c.startsWith('__Host-ipwatch_session='))).toBe(true);
    expect(done.headers['x-frame-options']).toBe('DENY');
  });
});
