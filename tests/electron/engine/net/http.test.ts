import { afterEach, describe, expect, it } from 'vitest';

import { SourceError } from '../../../../electron/engine/net/errors';
import { createHttpClient } from '../../../../electron/engine/net/http';
import type { Resolver } from '../../../../electron/engine/net/resolve';
import type { HttpClient } from '../../../../electron/engine/net/types';
import { startHttpEcho, type HttpEcho } from '../../../fakes/http-echo';
import { failure } from '../../../helpers/source-error';
import { until } from '../../../helpers/until';

const UA = 'IPWatch-test/1.0';

/** What a hosts file with both `127.0.0.1 localhost` and `::1 localhost` would give. */
const dualStackLocalhost: Resolver = async (host, family) => {
  if (host !== 'localhost') return [];
  if (family === 4) return ['127.0.0.1'];
  if (family === 6) return ['::1'];
  return ['127.0.0.1', '::1'];
};

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()?.();
});

async function echo(options: Parameters<typeof startHttpEcho>[0] = {}): Promise<HttpEcho> {
  const e = await startHttpEcho(options);
  cleanup.push(() => e.close());
  return e;
}

function client(resolver?: Resolver): HttpClient {
  const c = createHttpClient(resolver ? { userAgent: UA, resolver } : { userAgent: UA });
  cleanup.push(() => c.close());
  return c;
}

/** One fake on 127.0.0.1 and one on ::1, on the same port, both echoing the client's address. */
async function echoPair(): Promise<{ v4: HttpEcho; v6: HttpEcho; port: number }> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const v4 = await echo();
    try {
      const v6 = await echo({ host: '::1', port: v4.port });
      v4.setFault('echo-remote');
      v6.setFault('echo-remote');
      return { v4, v6, port: v4.port };
    } catch {
      // The port is taken on ::1 by someone else: try another one.
    }
  }
  throw new Error('no port free on both 127.0.0.1 and ::1');
}

const signal = () => AbortSignal.timeout(5000);

describe('createHttpClient: family forcing', () => {
  it('connects localhost over ::1 for family 6 and over 127.0.0.1 for family 4', async () => {
    const { v4, v6, port } = await echoPair();
    const http = client(dualStackLocalhost);
    const six = await http.get({ url: `http://localhost:${port}/`, family: 6, signal: signal() });
    const four = await http.get({ url: `http://localhost:${port}/`, family: 4, signal: signal() });
    expect(six.body.trim()).toBe('::1');
    expect(four.body.trim()).toBe('127.0.0.1');
    expect([v4.requests, v6.requests]).toEqual([1, 1]);
  });

  it('never falls back to the other family: a server on one loopback only is refused over the other', async () => {
    const http = client(dualStackLocalhost);
    const v6only = await echo({ host: '::1' });
    const v4only = await echo();
    const overV4 = await failure(http.get({ url: `http://localhost:${v6only.port}/`, family: 4, signal: signal() }));
    const overV6 = await failure(http.get({ url: `http://localhost:${v4only.port}/`, family: 6, signal: signal() }));
    expect([overV4.code, overV4.message]).toEqual(['network', expect.stringContaining('ECONNREFUSED 127.0.0.1')]);
    expect([overV6.code, overV6.message]).toEqual(['network', expect.stringContaining('ECONNREFUSED ::1')]);
    expect([v6only.connections, v4only.connections]).toEqual([0, 0]);
  });

  it('with the system resolver, family 6 never falls back to IPv4', async () => {
    const { port } = await echoPair();
    const http = client();
    const four = await http.get({ url: `http://localhost:${port}/`, family: 4, signal: signal() });
    expect(four.body.trim()).toBe('127.0.0.1');
    // Depending on the hosts file, localhost has ::1 or no IPv6 address at all.
    const six = await http.get({ url: `http://localhost:${port}/`, family: 6, signal: signal() }).then(
      (r) => r.body.trim(),
      (e: unknown) => (e instanceof SourceError ? e.code : e),
    );
    expect(['::1', 'unreachable']).toContain(six);
  });

  it('refuses an IP literal of the other family without connecting', async () => {
    const e = await echo();
    const err = await failure(client().get({ url: `${e.url}/`, family: 6, signal: signal() }));
    expect(err.code).toBe('unreachable');
    expect(e.connections).toBe(0);
  });

  it('maps a host without an address of the family to unreachable, an unknown host to network', async () => {
    const http = client(dualStackLocalhost);
    const onlyV4: Resolver = async (host, family) => (family === 6 ? [] : ['127.0.0.1']);
    expect((await failure(client(onlyV4).get({ url: 'http://v4only.test/', family: 6, signal: signal() }))).code).toBe(
      'unreachable',
    );
    expect((await failure(http.get({ url: 'http://nowhere.test/', family: 4, signal: signal() }))).code).toBe(
      'network',
    );
  });
});

describe('createHttpClient: requests', () => {
  it('sends the User-Agent, and caller headers win', async () => {
    const e = await echo();
    const http = client();
    await http.get({ url: `${e.url}/`, family: 4, signal: signal() });
    expect(e.lastUserAgent).toBe(UA);
    await http.get({ url: `${e.url}/`, family: 4, signal: signal(), headers: { 'user-agent': 'other/2' } });
    expect(e.lastUserAgent).toBe('other/2');
    await http.get({ url: `${e.url}/`, family: 4, signal: signal(), headers: { 'User-Agent': 'other/3' } });
    expect(e.lastUserAgent).toBe('other/3');
  });

  it('reuses one kept-alive connection for successive requests', async () => {
    const e = await echo();
    const http = client();
    await http.get({ url: `${e.url}/`, family: 4, signal: signal() });
    await http.get({ url: `${e.url}/json`, family: 4, signal: signal() });
    expect(e.requests).toBe(2);
    expect(e.connections).toBe(1);
  });

  it('after a network change forgets its kept connections: idle ones close, the next request opens a new one', async () => {
    const e = await echo({ keepAliveMs: 400_000 });
    const http = client();
    await http.get({ url: `${e.url}/`, family: 4, signal: signal() });
    expect([e.connections, e.openConnections]).toEqual([1, 1]);
    http.forgetConnections();
    await until(() => e.openConnections === 0, { what: 'the idle connection closed' });
    const res = await http.get({ url: `${e.url}/`, family: 4, signal: signal() });
    expect(res.status).toBe(200);
    expect(e.connections).toBe(2);
  });

  it('lets a request under way finish when it forgets its connections', async () => {
    const e = await echo();
    e.setFault('hold');
    const http = client();
    const pending = http.get({ url: `${e.url}/`, family: 4, signal: signal() });
    await until(() => e.requests === 1, { what: 'the request arrived' });
    http.forgetConnections();
    e.release();
    expect((await pending).status).toBe(200);
  });

  it('returns non-2xx responses to the caller with their headers', async () => {
    const e = await echo();
    e.setFault('rate-limit', { retryAfter: '12' });
    const res = await client().get({ url: `${e.url}/`, family: 4, signal: signal() });
    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toBe('12');
  });

  it.each([
    { maxBytes: undefined, expected: 8 * 1024 },
    { maxBytes: 10, expected: 10 },
  ])('caps the body to $expected bytes', async ({ maxBytes, expected }) => {
    const e = await echo();
    e.setAnswer('x'.repeat(20_000));
    const res = await client().get({ url: `${e.url}/`, family: 4, signal: signal(), maxBytes });
    expect(res.body.length).toBe(expected);
  });

  it('maps an abort while waiting to timeout', async () => {
    const e = await echo();
    e.setFault('timeout');
    const err = await failure(client().get({ url: `${e.url}/`, family: 4, signal: AbortSignal.timeout(300) }));
    expect(err.code).toBe('timeout');
  });

  it('maps an already aborted signal to timeout', async () => {
    const e = await echo();
    const err = await failure(client().get({ url: `${e.url}/`, family: 4, signal: AbortSignal.abort() }));
    expect(err.code).toBe('timeout');
    expect(e.requests).toBe(0);
  });

  it('maps a refused connection to network', async () => {
    const e = await echo();
    const url = `${e.url}/`;
    await e.close();
    const err = await failure(client().get({ url, family: 4, signal: signal() }));
    expect(err.code).toBe('network');
    expect(err.message).toContain('ECONNREFUSED');
  });
});
