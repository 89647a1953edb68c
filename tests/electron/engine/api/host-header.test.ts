/**
 * Strict names (issue 73), through the real API server over real HTTP: a Host header that is not a
 * host and port (`evil.com/.localhost`, which ends in `.localhost` as text; a space; userinfo; a
 * port of 0 or past 65535; a control character) is refused with 400 in words on every kind of route
 * (the API with and without a token, a public route, the dashboard), before the loopback check
 * could let it through; a loopback Host is answered as before.
 */
import { connect } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type ApiServer, startApiServer } from '../../../helpers/api-server';
import { rawRequest } from '../../../helpers/raw-request';

let server: ApiServer<'admin'>;
beforeAll(async () => {
  server = await startApiServer({ name: 'host-header', tokens: [['admin', 'admin', 'ops']] });
}, 60_000);
afterAll(async () => {
  await server?.close();
});

const ROUTES = ['/api/v1/status', '/api/v1/settings', '/api/v1/session/discord', '/metrics', '/', '/index.html'];
const BAD = ['evil.com/.localhost', 'a b.localhost', 'x@localhost', 'localhost:0', 'localhost:65536'];

describe('a Host that is no host', () => {
  it.each(BAD)('%j is refused with 400 in words on every route', async (host) => {
    for (const route of ROUTES) {
      const res = await rawRequest(server.api.url, route, {
        headers: { host, authorization: `Bearer ${server.tokens.admin}`, accept: 'text/html' },
      });
      expect(res.status, `${route} with Host ${host}`).toBe(400);
      const body = JSON.parse(res.body) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('bad_host');
      expect(body.error.message).toMatch(/^the Host header ".*" is not a host: [a-z]/);
    }
  });

  // Node's HTTP parser refuses this one before any hook; the rule above would too (host-header.property.test.ts).
  it('with a control character is refused before any route', async () => {
    const { port } = new URL(server.api.url);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () =>
        socket.write('GET /api/v1/status HTTP/1.1\r\nHost: local\u0001host\r\nConnection: close\r\n\r\n'),
      );
      let text = '';
      socket.on('data', (d: Buffer) => (text += d.toString('latin1')));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).not.toMatch(/"addresses"|"families"/);
  });
});

describe('a loopback Host', () => {
  it.each(['localhost', '127.0.0.1', '[::1]', 'app.localhost'])('%s with the port is answered', async (name) => {
    const { port } = new URL(server.api.url);
    const res = await rawRequest(server.api.url, '/api/v1/status', {
      headers: { host: `${name}:${port}`, authorization: `Bearer ${server.tokens.admin}` },
    });
    expect(res.status, res.body).toBe(200);
  });
});
