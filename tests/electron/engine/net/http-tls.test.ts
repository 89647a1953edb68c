import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';

import { afterEach, describe, expect, it } from 'vitest';

import { createHttpClient, type HttpClientOptions } from '../../../../electron/engine/net/http';
import type { Resolver } from '../../../../electron/engine/net/resolve';
import type { HttpClient } from '../../../../electron/engine/net/types';
import { failure } from '../../../helpers/source-error';

const UA = 'IPWatch-test/1.0';
const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/tls/${name}`, import.meta.url), 'utf8');
/** The test CA and the certificate it signed for localhost, 127.0.0.1 and ::1 (tests/fixtures/tls/README.md). */
const TLS = { ca: fixture('ca.pem'), cert: fixture('server-cert.pem'), key: fixture('server-key.pem') };

/** Every name the tests use is this machine, over IPv4. */
const loopback: Resolver = async (_host, family) => (family === 6 ? [] : ['127.0.0.1']);

interface TlsServer {
  port: number;
  /** Per TLS connection, in order: the SNI name the client sent (false without one), and a resumed session. */
  handshakes: Array<{ servername: string | false; resumed: boolean }>;
  requests: number;
}

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()?.();
});

/** Answers `hello over tls`; on `/close`, closes the connection after the answer. */
async function tlsServer(): Promise<TlsServer> {
  const state: TlsServer = { port: 0, handshakes: [], requests: 0 };
  const server: Server = createServer({ cert: TLS.cert, key: TLS.key }, (req, res) => {
    state.requests++;
    if (req.url === '/close') res.setHeader('connection', 'close');
    res.end('hello over tls');
  });
  server.on('secureConnection', (socket: TLSSocket) => {
    state.handshakes.push({ servername: socket.servername || false, resumed: socket.isSessionReused() });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.port = (server.address() as AddressInfo).port;
  cleanup.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return state;
}

function client(options: Partial<HttpClientOptions> = {}): HttpClient {
  const c = createHttpClient({ userAgent: UA, resolver: loopback, tls: { ca: TLS.ca }, ...options });
  cleanup.push(() => c.close());
  return c;
}

const get = (http: HttpClient, url: string) => http.get({ url, family: 4, signal: AbortSignal.timeout(5000) });

describe('createHttpClient over TLS', () => {
  it('reads a body from https://localhost, names localhost in SNI, and reuses the connection', async () => {
    const server = await tlsServer();
    const http = client();
    const first = await get(http, `https://localhost:${server.port}/`);
    const second = await get(http, `https://localhost:${server.port}/again`);
    expect([first.status, first.body, second.body]).toEqual([200, 'hello over tls', 'hello over tls']);
    expect(server.requests).toBe(2);
    expect(server.handshakes).toEqual([{ servername: 'localhost', resumed: false }]);
  });

  it('sends no SNI to an IP literal, and checks the address against the certificate', async () => {
    const server = await tlsServer();
    const res = await get(client(), `https://127.0.0.1:${server.port}/`);
    expect(res.body).toBe('hello over tls');
    expect(server.handshakes).toEqual([{ servername: false, resumed: false }]);
  });

  it('resumes the TLS session on the next connection to the same origin', async () => {
    const server = await tlsServer();
    const http = client();
    await get(http, `https://localhost:${server.port}/close`);
    await get(http, `https://localhost:${server.port}/`);
    expect(server.handshakes.map((h) => h.resumed)).toEqual([false, true]);
  });

  it.each([
    {
      name: 'a certificate from an unknown CA',
      options: { tls: {} },
      host: 'localhost',
      message: /UNABLE_TO_VERIFY_LEAF_SIGNATURE: unable to verify the first certificate/,
    },
    {
      name: 'a certificate for another name',
      options: {},
      host: 'ipwatch.test',
      message: /ERR_TLS_CERT_ALTNAME_INVALID: Hostname\/IP does not match certificate's altnames/,
    },
  ])('fails with network, naming the certificate problem, on $name', async ({ options, host, message }) => {
    const server = await tlsServer();
    const err = await failure(get(client(options), `https://${host}:${server.port}/`));
    expect([err.code, err.message]).toEqual(['network', expect.stringMatching(message)]);
    // Not a byte of the request went to a server that failed the check.
    expect(server.requests).toBe(0);
  });
});
