/**
 * The person at the host is never shut out (issue 73), through the real API server and the real
 * `ipwatch open` command (its action, in this process, against the server's data folder): a
 * browser signed in with the admin token is refused a new Discord server on the Settings page's
 * path (PUT /api/v1/settings), opens the one-time link `ipwatch open` makes, and may then add it;
 * for 5 minutes on the engine's monotonic clock (a FakeClock), then it falls back to the token's
 * rights. A link works once and within 2 minutes. A stolen admin token used from another machine
 * (through a reverse proxy on this host, as nginx forwards: tests/electron/engine/api/
 * on-host-proof.test.ts) still cannot make the change, with a session or without, and cannot
 * make a link.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { HOST_CONFIRMED_MS, HOST_LINK_MS } from '../../../../electron/engine/api/host-proof/host-link';
import { HOST_LINK_LANDING, HOST_LINK_PATH } from '../../../../electron/engine/api/host-proof/host-link-route';
import { HOST_PROOF_FILE, HOST_PROOF_HEADER } from '../../../../electron/engine/api/host-proof/host-proof';
import { registerOpenCommand } from '../../../../electron/headless/open-command';
import { type ApiServer, startApiServer } from '../../../helpers/api-server';
import { FakeClock } from '../../../helpers/fake-clock';

const SERVER = '123456789012345678';
let server: ApiServer<'admin'>;
let clock: FakeClock;
let proxy: http.Server;
let proxyUrl: string;
/** This run's host proof: the test's own way to undo a change, as `ipwatch api` would. */
let proof: string;

/** A same-host reverse proxy: every LAN client's request forwarded over loopback, Host 127.0.0.1:port. */
function startProxy(port: number): Promise<http.Server> {
  const p = http.createServer((req, res) => {
    const out = http.request(
      {
        host: '127.0.0.1',
        port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: `127.0.0.1:${port}` },
      },
      (back) => {
        res.writeHead(back.statusCode ?? 502, back.headers);
        back.pipe(res);
      },
    );
    out.on('error', () => res.writeHead(502).end());
    req.pipe(out);
  });
  return new Promise((resolve) => p.listen(0, '127.0.0.1', () => resolve(p)));
}

beforeAll(async () => {
  clock = new FakeClock(Date.now());
  server = await startApiServer({ name: 'host-link', clock, tokens: [['admin', 'admin', 'owner']] });
  proxy = await startProxy(server.api.port);
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  proof = readFileSync(path.join(server.dataDir, HOST_PROOF_FILE), 'utf8').trim();
}, 60_000);

afterAll(async () => {
  await new Promise((r) => proxy?.close(r));
  await server?.close();
});

/** `ipwatch open --print` against the server, as the CLI runs it: its printed link, or its error line. */
async function ipwatchOpen(): Promise<{ url: string | null; said: string }> {
  let said = '';
  const program = new Command().exitOverride();
  registerOpenCommand(program, {
    dataDir: () => server.dataDir,
    env: {},
    out: (t) => void (said += t),
  });
  const errors: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((t: string) => (errors.push(String(t)), true)) as typeof process.stderr.write;
  try {
    await program.parseAsync(['open', '--print', '--port', String(server.api.port)], { from: 'user' });
  } finally {
    process.stderr.write = write;
    process.exitCode = 0;
  }
  return { url: /^http:\S+/.exec(said)?.[0] ?? null, said: said + errors.join('') };
}

async function signIn(base: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: server.tokens.admin }),
  });
  expect(res.status, await res.clone().text()).toBe(204);
  return res.headers.getSetCookie()[0]!.split(';')[0]!;
}

/**
 * Opens a link as the browser does from the CLI's local page (a top-level navigation from another
 * site), with this session's cookie. Sent with node:http: fetch() writes its own Sec-Fetch-Mode.
 */
function openLink(url: string, cookie: string | null): Promise<{ status: number; location?: string; text: string }> {
  const headers = { 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document', 'sec-fetch-site': 'cross-site' };
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { ...headers, ...(cookie ? { cookie } : {}) } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, text }));
      })
      .on('error', reject);
  });
}

/** Adds Discord server SERVER as the Settings page does (read, edit, PUT) at `base` with `auth`. */
async function addServer(base: string, auth: Record<string, string>) {
  const call = (init: RequestInit = {}) =>
    fetch(`${base}/api/v1/settings`, { ...init, headers: { ...auth, 'content-type': 'application/json' } });
  const view = (await (await call()).json()) as { settings: { discord: { guilds: object[] } } };
  const guilds = view.settings.discord.guilds.filter((g) => (g as { id: string }).id !== SERVER);
  const settings = { ...view.settings, discord: { ...view.settings.discord, guilds: [...guilds, { id: SERVER }] } };
  return call({ method: 'PUT', body: JSON.stringify({ settings }) });
}
const removeServer = () => {
  const s = server.settings();
  return server.call('/settings', null, {
    method: 'PUT',
    json: { settings: { ...s, discord: { ...s.discord, guilds: [] } } },
    headers: { authorization: `Bearer ${server.tokens.admin}`, [HOST_PROOF_HEADER]: proof },
  });
};

describe('the person at the host, in a browser signed in with the admin token', () => {
  it('is refused a new Discord server with the dangerous code, then adds it after opening the link', async () => {
    const cookie = await signIn(server.api.url);
    const refused = await addServer(server.api.url, { cookie });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('dangerous');

    const { url, said } = await ipwatchOpen();
    expect(url, said).not.toBeNull();
    const opened = await openLink(url!, cookie);
    expect(opened.status).toBe(303);
    // The key leaves the address bar at once: the redirect goes to the Settings page, without it.
    expect(opened.location).toBe(HOST_LINK_LANDING);
    expect(opened.location).not.toContain(new URL(url!).searchParams.get('key')!);

    const added = await addServer(server.api.url, { cookie });
    expect(added.status, await added.clone().text()).toBe(200);
    expect(server.settings().discord.guilds.map((g) => g.id)).toContain(SERVER);
  });

  it('falls back to its token rights 5 minutes after the link was opened (monotonic clock)', async () => {
    expect((await removeServer()).status).toBe(200);
    const cookie = await signIn(server.api.url);
    const { url } = await ipwatchOpen();
    expect((await openLink(url!, cookie)).status).toBe(303);
    await clock.advance(HOST_CONFIRMED_MS - 1000);
    // Still confirmed just before the end; re-added after a removal to try again after it.
    expect((await addServer(server.api.url, { cookie })).status).toBe(200);
    expect((await removeServer()).status).toBe(200);
    await clock.advance(2000);
    expect((await addServer(server.api.url, { cookie })).status).toBe(403);
  });

  it('a link works once: a second opening, even from the same browser, confirms nothing', async () => {
    const first = await signIn(server.api.url);
    const other = await signIn(server.api.url);
    const { url } = await ipwatchOpen();
    expect((await openLink(url!, first)).status).toBe(303);
    const again = await openLink(url!, other);
    expect(again.status).toBe(403);
    expect(again.text).toContain('used already');
    expect((await addServer(server.api.url, { cookie: other })).status).toBe(403);
  });

  it('a link opened later than 2 minutes confirms nothing', async () => {
    const cookie = await signIn(server.api.url);
    const { url } = await ipwatchOpen();
    await clock.advance(HOST_LINK_MS + 1);
    const late = await openLink(url!, cookie);
    expect(late.status).toBe(410);
    expect(late.text).toContain('came too late');
    expect((await addServer(server.api.url, { cookie })).status).toBe(403);
  });

  it('a browser not signed in is told to sign in first, and the link is spent', async () => {
    const { url } = await ipwatchOpen();
    const res = await openLink(url!, null);
    expect(res.status).toBe(403);
    expect(res.text).toContain('not signed in to the dashboard as an admin');
    const cookie = await signIn(server.api.url);
    expect((await openLink(url!, cookie)).status).toBe(403);
  });
});

describe('a stolen admin token, used from another machine', () => {
  it('cannot add a server as a bearer token, nor from a session made with it', async () => {
    expect((await addServer(proxyUrl, { authorization: `Bearer ${server.tokens.admin}` })).status).toBe(403);
    const cookie = await signIn(proxyUrl);
    expect((await addServer(proxyUrl, { cookie })).status).toBe(403);
  });

  it('cannot make a link: the token is no host proof, through the proxy or on loopback', async () => {
    for (const base of [proxyUrl, server.api.url]) {
      const asked = await fetch(`${base}${HOST_LINK_PATH}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${server.tokens.admin}` },
      });
      expect(asked.status, base).toBe(404);
    }
    // A made-up key confirms nothing either.
    const cookie = await signIn(proxyUrl);
    const guessed = await openLink(`${proxyUrl}${HOST_LINK_PATH}/open?key=${'A'.repeat(43)}`, cookie);
    expect(guessed.status).toBe(403);
    expect((await addServer(proxyUrl, { cookie })).status).toBe(403);
  });
});
