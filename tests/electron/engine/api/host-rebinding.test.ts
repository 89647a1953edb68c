/**
 * DNS rebinding with api.lan on (issue 58, finding 3), through the real API server serving the LAN
 * over HTTPS (the certificate it makes at first run, pinned by fingerprint) and loopback over plain
 * HTTP on the same port. A page on a name its attacker made resolve to 127.0.0.1 sends that name as
 * Host: over plain HTTP on loopback only loopback names are answered (so the page reads nothing,
 * and its failed sign-ins lock nobody out); over TLS, the names and addresses the certificate holds
 * and localhost are answered, and any other name is refused, in words.
 */
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { AUTH_FAILURES_MAX } from '../../../../electron/engine/api/door/auth-hook';
import { TLS_FOLDER } from '../../../../electron/engine/tls/generated';
import { parseSubjectAltName } from '../../../../electron/engine/tls/host-names';
import { type ApiServer, startApiServer } from '../../../helpers/api-server';
import { pinnedRequest } from '../../../helpers/pinned-https';
import { rawRequest } from '../../../helpers/raw-request';

let server: ApiServer<'admin'>;
let port: number;
let fingerprint: string;
/** The names and addresses the served certificate holds, as a Host header writes them. */
let certified: string[];

beforeAll(async () => {
  server = await startApiServer({
    name: 'host-rebinding',
    settings: { api: { lan: true } },
    tokens: [['admin', 'admin', 'ops']],
  });
  port = Number(new URL(server.api.url).port);
  const cert = new X509Certificate(readFileSync(path.join(server.dataDir, TLS_FOLDER, 'cert.pem'), 'utf8'));
  fingerprint = cert.fingerprint256;
  const names = parseSubjectAltName(cert.subjectAltName);
  certified = [...names.dns, ...names.ip.map((a) => (a.includes(':') ? `[${a}]` : a))];
}, 60_000);

afterAll(() => server?.close());

const plain = (target: string, host: string, init: { method?: string; body?: string; token?: string } = {}) =>
  rawRequest(`http://127.0.0.1:${port}`, target, {
    method: init.method ?? 'GET',
    headers: {
      host,
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.body ? { 'content-type': 'application/json' } : {}),
    },
    ...(init.body ? { body: init.body } : {}),
  });
const overTls = (target: string, host: string) =>
  pinnedRequest(`https://127.0.0.1:${port}${target}`, fingerprint, {
    headers: { host, authorization: `Bearer ${server.tokens.admin}` },
  });
const message = (body: string) => (JSON.parse(body) as { error: { message: string } }).error.message;

describe('plain HTTP on loopback with api.lan on', () => {
  it('refuses a rebinding Host in words: /healthz, the API with a token, and the dashboard', async () => {
    for (const target of ['/healthz', '/api/v1/status', '/']) {
      const a = await plain(target, `evil.example:${port}`, { token: server.tokens.admin });
      expect(a.status, target).toBe(403);
      expect(message(a.body), target).toMatch(/over plain HTTP on this machine .* localhost, 127\.0\.0\.1 and \[::1\]/);
      expect(a.body).not.toContain('families');
    }
  });

  it('answers localhost, 127.0.0.1 and [::1], with the port', async () => {
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]) {
      const a = await plain('/api/v1/status', host, { token: server.tokens.admin });
      expect(a.status, host).toBe(200);
      expect(a.body).toContain('families');
    }
  });

  it("refuses the certificate's other names there too: a name that leads here is not loopback", async () => {
    const others = certified.filter((n) => !['localhost', '127.0.0.1', '[::1]'].includes(n));
    for (const name of others) expect((await plain('/healthz', `${name}:${port}`)).status, name).toBe(403);
  });

  it("counts no failed sign-in a rebinding page sends, so 127.0.0.1's clients are not locked out", async () => {
    const wrong = JSON.stringify({ token: 'a-wrong-token-from-a-rebinding-page' });
    for (let i = 0; i <= AUTH_FAILURES_MAX; i++) {
      const a = await plain('/api/v1/session', `evil.example:${port}`, { method: 'POST', body: wrong });
      expect(a.status).toBe(403);
    }
    const cli = await plain('/api/v1/status', `127.0.0.1:${port}`, { token: server.tokens.admin });
    expect(cli.status, cli.body).toBe(200);
  });
});

describe('TLS with api.lan on', () => {
  it('refuses a Host the certificate does not hold, in words', async () => {
    for (const host of [`evil.example:${port}`, `ipwatch.home.arpa:${port}`, `192.0.2.1:${port}`]) {
      const a = await overTls('/api/v1/status', host);
      expect(a.status, host).toBe(403);
      expect(message(a.body)).toMatch(/the names and addresses its certificate holds, and to localhost/);
    }
  });

  it('answers every name and address the certificate holds, and localhost', async () => {
    expect(certified).toContain('localhost');
    for (const name of [...certified, '127.0.0.1']) {
      const a = await overTls('/api/v1/status', `${name}:${port}`);
      expect(a.status, name).toBe(200);
    }
  });
});
