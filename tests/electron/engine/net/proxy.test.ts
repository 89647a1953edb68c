/**
 * Proxies from the environment (net/proxy.ts): HTTPS_PROXY and HTTP_PROXY send the client's
 * requests through a local CONNECT proxy stand-in (tests/fakes/connect-proxy.ts), NO_PROXY keeps a
 * host off it, a forced family is resolved here and the tunnel asked for the address (so an IPv6
 * source still leaves over IPv6 from the proxy), the name stays in SNI and Host, and a proxy that
 * refuses the tunnel (407, 502) ends in words, and loopback never goes through it. The stand-in
 * and the listeners are on loopback, so the tests that go through the proxy reach them by the name
 * `source.test` (RFC 6761's reserved `.test`), which the injected resolver maps to loopback and the
 * loopback rule does not know. Each test file runs in its own process (vitest's forks pool), so
 * the variables set here reach no other file.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createClient } from '../../../../electron/engine/net/client';
import { createHttpClient } from '../../../../electron/engine/net/http';
import type { Resolver } from '../../../../electron/engine/net/resolve';
import { english } from '../../../../shared/i18n/translators';
import { errorInWords } from '../../../../shared/words/error';
import { type ConnectProxy, startConnectProxy } from '../../../fakes/connect-proxy';
import { startHttpEcho } from '../../../fakes/http-echo';
import { failure, within } from '../../../helpers/source-error';
import { until } from '../../../helpers/until';

const VARS = [
  'HTTPS_PROXY',
  'https_proxy',
  'HTTP_PROXY',
  'http_proxy',
  'NO_PROXY',
  'no_proxy',
  'ALL_PROXY',
  'all_proxy',
];
const saved = Object.fromEntries(VARS.map((v) => [v, process.env[v]]));
const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/tls/${name}`, import.meta.url), 'utf8');
/** The test CA and its certificate for `source.test` only (tests/fixtures/tls/README.md). */
const TLS = {
  ca: fixture('source-test-ca.pem'),
  cert: fixture('source-test-cert.pem'),
  key: fixture('source-test-key.pem'),
};
const NAME = 'source.test';

/** What a hosts file with both `127.0.0.1 source.test` and `::1 source.test` would give. */
/** localhost by the hosts file, for the loopback tests that force a family. */
const dualStackLocalhost: Resolver = async (host, family) =>
  host === 'localhost' ? (family === 6 ? ['::1'] : ['127.0.0.1']) : [];

const dualStackName: Resolver = async (host, family) => {
  if (host !== NAME) return [];
  return family === 4 ? ['127.0.0.1'] : family === 6 ? ['::1'] : ['127.0.0.1', '::1'];
};

const cleanup: Array<() => Promise<void>> = [];
let proxy: ConnectProxy;
beforeEach(async () => {
  for (const v of VARS) delete process.env[v];
  proxy = await startConnectProxy();
  cleanup.push(() => proxy.close());
  process.env.HTTPS_PROXY = proxy.url;
  process.env.HTTP_PROXY = proxy.url;
});
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()?.();
  for (const v of VARS)
    if (saved[v] === undefined) delete process.env[v];
    else process.env[v] = saved[v];
});

function client() {
  const c = createHttpClient({ userAgent: 'IPWatch-test', resolver: dualStackName, tls: { ca: TLS.ca } });
  cleanup.push(() => c.close());
  return c;
}

async function echo(host = '127.0.0.1', port = 0) {
  const e = await startHttpEcho({ host, port });
  e.setFault('echo-remote');
  cleanup.push(() => e.close());
  return e;
}

const signal = () => AbortSignal.timeout(5000);

describe('a proxy from the environment', () => {
  it('tunnels a forced family to the address of that family, so the source sees the proxy leave over it', async () => {
    const v4 = await echo();
    const v6 = await echo('::1', v4.port);
    const http = client();
    const four = await http.get({ url: `http://${NAME}:${v4.port}/`, family: 4, signal: signal() });
    const six = await http.get({ url: `http://${NAME}:${v4.port}/`, family: 6, signal: signal() });
    expect([four.body.trim(), six.body.trim()]).toEqual(['127.0.0.1', '::1']);
    expect(proxy.tunnels).toEqual([`127.0.0.1:${v4.port}`, `[::1]:${v4.port}`]);
    expect([v4.requests, v6.requests]).toEqual([1, 1]);
  });

  it('keeps the name for TLS (SNI, the certificate) and Host while tunnelling to the address', async () => {
    const seen: { sni: string | false | null; host: string | undefined }[] = [];
    const server = createServer({ cert: TLS.cert, key: TLS.key }, (req, res) => {
      seen.push({ sni: (req.socket as TLSSocket).servername, host: req.headers.host });
      res.end('198.51.100.7\n');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    cleanup.push(() => new Promise((r) => server.close(() => r())));
    const port = (server.address() as AddressInfo).port;
    const res = await client().get({ url: `https://${NAME}:${port}/`, family: 4, signal: signal() });
    expect(res.body).toBe('198.51.100.7\n');
    expect(proxy.tunnels).toEqual([`127.0.0.1:${port}`]);
    expect(seen).toEqual([{ sni: NAME, host: `${NAME}:${port}` }]);
  });

  it('reuses one tunnel for the next request (keep-alive through the proxy)', async () => {
    const v4 = await echo();
    const http = client();
    await http.get({ url: `http://${NAME}:${v4.port}/`, family: 4, signal: signal() });
    await http.get({ url: `http://${NAME}:${v4.port}/`, family: 4, signal: signal() });
    expect([proxy.tunnels.length, v4.connections, v4.requests]).toEqual([1, 1, 2]);
  });

  it('NO_PROXY keeps a host off the proxy', async () => {
    process.env.NO_PROXY = NAME;
    const v4 = await echo();
    const res = await client().get({ url: `http://${NAME}:${v4.port}/`, family: 4, signal: signal() });
    expect(res.body.trim()).toBe('127.0.0.1');
    expect([proxy.tunnels, v4.requests]).toEqual([[], 1]);
  });

  it.each([
    [407, 'Proxy Authentication Required'],
    [502, 'Bad Gateway'],
  ])(
    'a proxy that refuses the tunnel (%i) is a failure in words, and the source is never reached',
    async (status, text) => {
      proxy.refuse(status);
      const v4 = await echo();
      const err = await failure(client().get({ url: `http://${NAME}:${v4.port}/`, family: 4, signal: signal() }));
      expect([err.code, err.message]).toEqual([
        'network',
        `EPROXYREFUSED: the proxy ${proxy.url.replace('http://', '')} refused to connect: ${status} ${text}`,
      ]);
      expect(errorInWords(err.message, english, `http://${NAME}:${v4.port}/`)).toBe(
        `The proxy on the way to ${NAME}:${v4.port} refused the connection: check HTTPS_PROXY, HTTP_PROXY and NO_PROXY, and what the proxy asks for (the details say what it answered).`,
      );
      expect(v4.connections).toBe(0);
    },
  );
});

describe('loopback, with HTTPS_PROXY and HTTP_PROXY set and no NO_PROXY', () => {
  it.each([
    ['127.0.0.1', '127.0.0.1', undefined],
    ['127.0.0.1', '127.0.0.1', 4],
    ['localhost', '127.0.0.1', 4],
    ['[::1]', '::1', undefined],
    ['[::1]', '::1', 6],
  ] as const)(
    'http://%s is reached directly and the proxy sees nothing (listener on %s, family %s)',
    async (host, at, family) => {
      const e = await echo(at);
      const c = createClient({ resolver: dualStackLocalhost });
      cleanup.push(() => c.close());
      const res = await c.request({
        url: `http://${host}:${e.port}/`,
        signal: signal(),
        ...(family ? { family } : {}),
      });
      expect([res.status, res.body.trim(), e.requests]).toEqual([200, at, 1]);
      expect([proxy.tunnels, proxy.forwarded, await proxy.open()]).toEqual([[], [], 0]);
    },
  );
});

describe('a proxy never sends a request elsewhere, nor holds a connection for it', () => {
  it.each([
    [
      'a path that starts with //',
      'http://a.example:8080//b.example:9/x?k=1',
      {},
      'http://a.example:8080//b.example:9/x?k=1',
    ],
    ["a caller's own Host", 'http://a.example:8080/x', { host: 'b.example' }, 'http://a.example:8080/x'],
    ['an IPv6 literal', 'http://[2001:db8::5]:8080/x', {}, 'http://[2001:db8::5]:8080/x'],
  ])('asks a plain-HTTP proxy for the host and port readUrl read, with %s', async (_, url, headers, target) => {
    const c = createClient();
    cleanup.push(() => c.close());
    const res = await c.request({ url, headers, signal: signal() });
    expect([res.status, proxy.forwarded]).toEqual([405, [target]]);
  });

  it.each([
    ['tunnel of a forced family', 'http', 4],
    ['tunnel of an https target', 'https', undefined],
  ] as const)(
    'closes each connection to a proxy that never answers CONNECT when its request is given up (%s)',
    async (_, scheme, family) => {
      proxy.silent();
      const c = createClient({ resolver: dualStackName });
      cleanup.push(() => c.close());
      for (let i = 0; i < 5; i++) {
        const res = c.request({ url: `${scheme}://${NAME}:9/`, signal: within(200), ...(family ? { family } : {}) });
        await expect(res).rejects.toThrow();
      }
      await until(async () => proxy.tunnels.length === 5, { what: 'five CONNECTs' });
      await until(async () => (await proxy.open()) === 0, { what: 'every proxy connection closed', timeoutMs: 5000 });
    },
  );
});

describe('an address the client refuses', () => {
  it('is said without its path, query or password, which may hold a token', async () => {
    const c = createClient();
    cleanup.push(() => c.close());
    await expect(
      c.request({ url: 'ftp://u:hunter2@a.example/api/webhooks/1/t0k3n?token=s3cret', signal: signal() }),
    ).rejects.toThrow(/^not an http\(s\) address: ftp:\/\/\.\.\.$/);
  });
});
