/**
 * A refused Host as a person reads it (electron/engine/api/door/host-refusal.ts, issue 62), through
 * the real API server with api.lan off: a browser that opens the dashboard by another name (a
 * DNS-rebinding page's, or a name a person typed) gets the same 403 as a page in its language
 * that names the setting by its label, holds nothing of the request and loads nothing; a script
 * or a page's fetch gets today's JSON, byte for byte.
 */
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { hostRefusedPage, wantsPage } from '../../../../electron/engine/api/door/host-refusal';
import { translator } from '../../../../shared/i18n/translators';
import { type ApiServer, startApiServer } from '../../../helpers/api-server';
import { pseudoTranslator, unmarkedText } from '../../../helpers/pseudo-language';

let server: ApiServer<'admin'>;
let origin: string;

beforeAll(async () => {
  server = await startApiServer({ name: 'host-refusal-page', tokens: [['admin', 'admin', 'ops']] });
  origin = new URL(server.api.url).origin;
}, 60_000);

afterAll(() => server?.close());

/** The answer to `path` sent with these headers, Host among them (undici sends it as given). */
async function ask(path: string, headers: Record<string, string>, method: 'GET' | 'POST' = 'GET') {
  const a = await request(`${origin}${path}`, { method, headers });
  return { status: a.statusCode, headers: a.headers, body: await a.body.text() };
}

const NAVIGATION = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
const JSON_BYTES =
  '{"error":{"code":"host","message":"this server answers to localhost and 127.0.0.1 only (api.lan is off)"}}';
/** What an attacker controls and must not see again on the page. */
/** A well-formed name this server does not answer to (one that is not a host at all is refused earlier, below). */
const HOSTILE = 'evil.example';

describe('a browser opening the dashboard by a refused name', () => {
  it('reads why in German, with the setting by its label, and nothing of its request', async () => {
    const a = await ask('/', { host: `${HOSTILE}:80`, ...NAVIGATION, 'accept-language': 'de-DE,de;q=0.9,en;q=0.5' });
    expect(a.status).toBe(403);
    expect(a.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(a.body).toContain('<html lang="de">');
    expect(a.body).toContain('Unter diesem Namen nicht erreichbar');
    expect(a.body).toContain('da „Im lokalen Netzwerk erreichbar“ aus ist');
    expect(a.body).not.toContain('api.lan');
    expect(a.body).not.toMatch(/evil|<script|href=|src=|\{"error"/i);
  });

  it('refuses a Host that is not a host before any page, as JSON that runs nothing (issue 73)', async () => {
    const host = 'evil.example<script>alert(1)</script>:80';
    const a = await ask('/', { host, ...NAVIGATION, 'accept-language': 'de' });
    expect(a.status).toBe(400);
    expect(a.headers['content-type']).toMatch(/^application\/json/);
    expect(a.headers['x-content-type-options']).toBe('nosniff');
    expect(JSON.parse(a.body)).toMatchObject({ error: { code: 'bad_host' } });
  });

  it('is sent as the sign-in pages are: no cache, a policy that loads nothing', async () => {
    const signIn = await ask('/api/v1/session/discord', { host: 'localhost', ...NAVIGATION });
    expect(signIn.status).toBe(404);
    const a = await ask('/', { host: 'nas.example', 'sec-fetch-mode': 'navigate', 'accept-language': 'id' });
    expect(a.status).toBe(403);
    expect(a.body).toContain('Tidak dapat dibuka dengan nama ini');
    expect(a.body).toContain('karena Buka untuk jaringan lokal tidak aktif');
    for (const h of ['content-security-policy', 'cache-control', 'vary', 'x-content-type-options', 'x-frame-options'])
      expect(a.headers[h], h).toEqual(signIn.headers[h]);
    expect(a.headers['content-security-policy']).toMatch(/default-src 'none'/);
  });

  it('falls back to English for a language it does not have, or a hostile one', async () => {
    const a = await ask('/', { host: 'nas.example', ...NAVIGATION, 'accept-language': '"><script>x</script>' });
    expect(a.status).toBe(403);
    expect(a.body).toContain('Not opened by this name');
    expect(a.body).toContain('since Open to the local network is off');
    expect(a.body).not.toContain('<script>x');
  });
});

describe('the sign-in page with Discord off', () => {
  it.each([
    ['de', 'Tragen Sie in den Einstellungen unter „Mit Discord anmelden“ die Anwendungs-ID und das Client-Secret ein.'],
    ['id', 'Di Pengaturan, isi Masuk dengan Discord (ID aplikasi dan client secret).'],
    ['en', 'In Settings, fill in Sign in with Discord (application id and client secret).'],
  ])('names the setting by its label (%s), not its path', async (language, words) => {
    const a = await ask('/api/v1/session/discord', { host: 'localhost', ...NAVIGATION, 'accept-language': language });
    expect(a.status).toBe(404);
    expect(a.body).toContain(words);
    expect(a.body).not.toContain('api.signIn');
  });
});

describe('any other caller keeps the JSON, byte for byte', () => {
  it.each([
    ['a script asking for JSON', 'GET', { accept: 'application/json', 'accept-language': 'de' }],
    ['curl', 'GET', { accept: '*/*' }],
    ['no Accept at all', 'GET', {}],
    ['a form sent as a navigation', 'POST', { ...NAVIGATION, 'sec-fetch-mode': 'navigate' }],
  ] as const)('%s', async (_who, method, headers) => {
    const a = await ask('/api/v1/status', { host: 'evil.example', ...headers }, method);
    expect(a.status).toBe(403);
    expect(a.body).toBe(JSON_BYTES);
  });
});

describe('the page and the choice, pure', () => {
  it('says each refusal in words, and links to nothing', () => {
    const de = translator('de');
    const plain = hostRefusedPage({ lan: true, tls: false, loopback: true }, de);
    expect(plain).toContain('Über unverschlüsseltes HTTP antwortet IPWatch auf diesem Rechner nur unter localhost');
    const certificate = hostRefusedPage({ lan: true, tls: true, loopback: false }, translator('en'));
    expect(certificate).toContain('IPWatch answers to the names and addresses its certificate holds');
    for (const page of [plain, certificate]) expect(page).not.toMatch(/<a |<script/);
  });

  it.each([
    { lan: false, tls: false, loopback: true },
    { lan: true, tls: false, loopback: true },
    { lan: true, tls: true, loopback: false },
  ])('says nothing outside the catalogue in the pseudo-language (%o)', (arrival) => {
    const text = hostRefusedPage(arrival, pseudoTranslator())
      .replace(/<style>[\s\S]*?<\/style>/, ' ')
      .replace(/<[^>]+>/g, ' ');
    expect(unmarkedText(text)).toEqual([]);
  });

  it.each([
    ['GET', { accept: 'text/html' }, true],
    ['HEAD', { 'sec-fetch-mode': 'navigate' }, true],
    ['GET', { accept: 'application/json' }, false],
    ['GET', { 'sec-fetch-mode': 'cors', accept: '*/*' }, false],
    ['POST', { accept: 'text/html' }, false],
  ] as const)('%s %o: a page %s', (method, headers, page) => expect(wantsPage(method, headers)).toBe(page));
});
