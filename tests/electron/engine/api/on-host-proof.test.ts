/**
 * "On this host" by proof, never by a loopback socket and Host header (issue 58), through the real
 * API server: a reverse proxy on this host (a tiny one here, forwarding as nginx does by default,
 * with `Host: 127.0.0.1:port`) connects over loopback for every LAN client, so a token sign-in
 * through it is no sign-in of this host and its session cannot set the hook's program. A sign-in
 * that carries the CLI's host proof (DATA_DIR/host-proof) is this host's, and may.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { HOST_PROOF_FILE, HOST_PROOF_HEADER } from '../../../../electron/engine/api/host-proof/host-proof';
import { type ApiServer, errorMessage, startApiServer } from '../../../helpers/api-server';

let server: ApiServer<'admin'>;
let proxy: http.Server;
let proxyUrl: string;

/** A same-host reverse proxy: every request forwarded to the server with its Host set to 127.0.0.1:port. */
function startProxy(target: URL): Promise<http.Server> {
  const p = http.createServer((req, res) => {
    const out = http.request(
      {
        host: '127.0.0.1',
        port: Number(target.port),
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: `127.0.0.1:${target.port}`, 'x-forwarded-for': '192.0.2.7' },
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
  server = await startApiServer({ name: 'on-host-proof', tokens: [['admin', 'admin', 'ops']] });
  proxy = await startProxy(new URL(server.api.url));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  await new Promise((r) => proxy?.close(r));
  await server?.close();
});

/** A token sign-in at `base` (the proxy or the server itself); the session cookie as `name=value`. */
async function signIn(base: string, headers: Record<string, string> = {}): Promise<string> {
  const res = await fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ token: server.tokens.admin }),
  });
  expect(res.status, await res.clone().text()).toBe(204);
  return res.headers.getSetCookie()[0]!.split(';')[0]!;
}

/** Sets the hook's program as the Settings page does, at `base` with this session. */
async function setHook(base: string, cookie: string, program: string) {
  const call = (init: RequestInit = {}) =>
    fetch(`${base}/api/v1/settings`, { ...init, headers: { cookie, 'content-type': 'application/json' } });
  const view = (await (await call()).json()) as { settings: { hook: object } };
  const settings = { ...view.settings, hook: { ...view.settings.hook, program } };
  return call({ method: 'PUT', body: JSON.stringify({ settings }) });
}

const proof = () => readFileSync(path.join(server.dataDir, HOST_PROOF_FILE), 'utf8').trim();

describe('a token sign-in through a reverse proxy on this host', () => {
  it('is no sign-in of this host: its session cannot set the hook program, and says so in words', async () => {
    const cookie = await signIn(proxyUrl);
    const res = await setHook(proxyUrl, cookie, '/bin/sh');
    expect(res.status).toBe(403);
    expect(await errorMessage(res)).toMatch(
      /hook's program.*opened with a token and no proof of this host, so it counts as that token.*`ipwatch api` on this host/,
    );
    expect((server.settings().hook as { program?: string }).program).not.toBe('/bin/sh');
    const list = (await (await server.call('/sessions', server.tokens.admin)).json()) as {
      sessions: { onHost: boolean }[];
    };
    expect(list.sessions.some((s) => s.onHost)).toBe(false);
  });

  it('is no sign-in of this host straight over loopback either, without the proof', async () => {
    const cookie = await signIn(server.api.url);
    expect((await setHook(server.api.url, cookie, '/bin/sh')).status).toBe(403);
  });

  it("is this host's with the host proof, and then may set the hook program", async () => {
    const cookie = await signIn(server.api.url, { [HOST_PROOF_HEADER]: proof() });
    const res = await setHook(server.api.url, cookie, '/bin/true');
    expect(res.status, await res.clone().text()).toBe(200);
    expect((server.settings().hook as { program?: string }).program).toBe('/bin/true');
  });

  it('makes no session of this host with a wrong proof through the proxy', async () => {
    const res = await fetch(`${proxyUrl}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [HOST_PROOF_HEADER]: 'not-the-proof' },
      body: JSON.stringify({ token: server.tokens.admin }),
    });
    const cookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
    expect((await setHook(proxyUrl, cookie, '/bin/sh')).status).toBe(403);
  });
});
