import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { afterEach, describe, expect, it } from 'vitest';

import { createHttpClient } from '../../../../electron/engine/net/http';
import type { Resolver } from '../../../../electron/engine/net/resolve';
import type { HttpClient } from '../../../../electron/engine/net/types';
import { startRawHttp, type RawExchange, type RawHttp } from '../../../fakes/raw-http';
import { failure } from '../../../helpers/source-error';

const UA = 'IPWatch-test/1.0';
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
/** A kept-alive answer of a fixed length. */
const OK = 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\nok\n';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()?.();
});

async function server(answer: (ex: RawExchange) => void): Promise<RawHttp> {
  const raw = await startRawHttp(answer);
  cleanup.push(() => raw.close());
  return raw;
}

function client(): HttpClient {
  const c = createHttpClient({ userAgent: UA });
  cleanup.push(() => c.close());
  return c;
}

const get = (http: HttpClient, raw: RawHttp, maxBytes?: number) =>
  http.get({ url: `${raw.url}/`, family: 4, signal: AbortSignal.timeout(5000), maxBytes });

describe('createHttpClient over a socket: framing', () => {
  it('sends the request line, Host and User-Agent, and reads a chunked body sent in pieces', async () => {
    const raw = await server((ex) => {
      ex.write('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n');
      ex.write('5;ext=1\r\nhello\r');
      ex.write('\n6\r\n world\r\n');
      ex.write('0\r\nX-Trailer: t\r\n\r\n');
    });
    const http = client();
    const res = await http.get({ url: `${raw.url}/ip?format=text`, family: 4, signal: AbortSignal.timeout(5000) });
    expect([res.status, res.headers['transfer-encoding'], res.body]).toEqual([200, 'chunked', 'hello world']);
    const [line, ...fields] = raw.requests[0]!.head.toLowerCase().split('\r\n');
    expect(line).toBe('get /ip?format=text http/1.1');
    expect(fields).toEqual(expect.arrayContaining([`host: 127.0.0.1:${raw.port}`, `user-agent: ${UA.toLowerCase()}`]));
    expect((await get(http, raw)).body).toBe('hello world');
    expect(raw.connections).toBe(1);
  });

  it('reads a body delimited by the close, then opens a new connection', async () => {
    const raw = await server((ex) => ex.end('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n81.2.69.142\n'));
    const http = client();
    expect((await get(http, raw)).body).toBe('81.2.69.142\n');
    expect((await get(http, raw)).body).toBe('81.2.69.142\n');
    expect(raw.connections).toBe(2);
  });

  it('closes the connection of a body cut at maxBytes', async () => {
    const raw = await server((ex) => ex.write(`HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n${'x'.repeat(20)}`));
    const http = client();
    expect((await get(http, raw, 10)).body).toBe('x'.repeat(10));
    await raw.closed(1);
    expect((await get(http, raw, 10)).body).toBe('x'.repeat(10));
    // Each request on its own connection: the cut one was not handed on.
    expect(raw.requests.map((r) => r.nthOnConnection)).toEqual([1, 1]);
  });
});

describe('createHttpClient over a socket: reads', () => {
  it('follows no redirect: a 302 is the answer, and its Location is never asked', async () => {
    const elsewhere = await server((ex) => ex.write(OK));
    const raw = await server((ex) =>
      ex.write(`HTTP/1.1 302 Found\r\nLocation: ${elsewhere.url}/\r\nContent-Length: 0\r\n\r\n`),
    );
    const res = await get(client(), raw);
    expect([res.status, res.headers.location]).toEqual([302, `${elsewhere.url}/`]);
    expect([raw.requests.length, elsewhere.connections]).toEqual([1, 0]);
  });

  it('two large answers read at once, each in many pieces, arrive whole and apart', async () => {
    const body = (c: string) => `${c.repeat(39_999)}\n`;
    const answer = (c: string) => (ex: RawExchange) => {
      ex.write(`HTTP/1.1 200 OK\r\nContent-Length: 40000\r\n\r\n`);
      const b = body(c);
      for (let i = 0; i < b.length; i += 3000) ex.write(b.slice(i, i + 3000));
    };
    const [a, b] = [await server(answer('a')), await server(answer('b'))];
    const http = client();
    const [ra, rb] = await Promise.all([get(http, a, 100_000), get(http, b, 100_000)]);
    expect([ra.body.length, rb.body.length]).toEqual([40_000, 40_000]);
    expect([ra.body === body('a'), rb.body === body('b')]).toEqual([true, true]);
  });
});

describe('createHttpClient over a socket: kept-alive connections', () => {
  it.each([
    ['closes it', (ex: RawExchange) => ex.end()],
    ['resets it', (ex: RawExchange) => ex.reset()],
  ])('retries once on another connection when the server %s as the next request arrives', async (_, drop) => {
    const raw = await server((ex) => (ex.connection === 1 && ex.nthOnConnection === 2 ? drop(ex) : ex.write(OK)));
    const http = client();
    expect((await get(http, raw)).body).toBe('ok\n');
    expect((await get(http, raw)).body).toBe('ok\n');
    expect([raw.connections, raw.requests.map((r) => [r.connection, r.nthOnConnection])]).toEqual([
      2,
      [
        [1, 1],
        [1, 2],
        [2, 1],
      ],
    ]);
  });

  it('retries only once: a server that then closes every connection unanswered is a network failure', async () => {
    const raw = await server((ex) => (ex.connection === 1 && ex.nthOnConnection === 1 ? ex.write(OK) : ex.end()));
    const http = client();
    expect((await get(http, raw)).body).toBe('ok\n');
    const err = await failure(get(http, raw));
    expect([err.code, err.message]).toEqual(['network', 'ECONNRESET: socket hang up']);
    expect(raw.connections).toBe(2);
  });

  it.each([
    ['closes', (ex: RawExchange) => ex.end('HTTP/1.1 200 OK\r\nContent-Le')],
    ['resets', (ex: RawExchange) => (ex.write('HTTP/1.1 200 OK\r\nContent-Le'), ex.reset())],
  ])(
    'does not ask again on a kept-alive connection the server %s after part of an answer: it read the request',
    async (_, drop) => {
      const raw = await server((ex) => (ex.connection === 1 && ex.nthOnConnection === 2 ? drop(ex) : ex.write(OK)));
      const http = client();
      expect((await get(http, raw)).body).toBe('ok\n');
      const err = await failure(get(http, raw));
      expect(err.code).toBe('network');
      expect(raw.connections).toBe(1);
      expect(raw.requests.map((r) => [r.connection, r.nthOnConnection])).toEqual([
        [1, 1],
        [1, 2],
      ]);
    },
  );

  it('does not ask again on a new connection closed unanswered: only a kept-alive one races its close', async () => {
    const raw = await server((ex) => ex.end());
    const err = await failure(get(client(), raw));
    expect([err.code, err.message]).toEqual(['network', 'ECONNRESET: socket hang up']);
    expect(raw.connections).toBe(1);
  });

  it.each([
    ['closes it after the response', (ex: RawExchange) => ex.end(OK)],
    [
      'sends a 408 on it',
      (ex: RawExchange) => ex.write(`${OK}HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n`),
    ],
  ])('drops an idle connection the server %s, and the next request opens another', async (_, answer) => {
    const raw = await server((ex) => (ex.connection === 1 ? answer(ex) : ex.write(OK)));
    const http = client();
    await get(http, raw);
    await raw.closed(1);
    expect((await get(http, raw)).body).toBe('ok\n');
    expect(raw.connections).toBe(2);
  });

  it('close() closes the kept-alive connections', async () => {
    const raw = await server((ex) => ex.write(OK));
    const http = client();
    await get(http, raw);
    await http.close();
    await expect(raw.closed(1)).resolves.toBeUndefined();
  });

  it('never keeps the process alive with an idle connection', async () => {
    const raw = await server((ex) => ex.write(OK));
    const code = `
      import { createHttpClient } from './electron/engine/net/http.ts';
      const http = createHttpClient({ userAgent: 'child' });
      const res = await http.get({ url: process.env.URL, family: 4, signal: AbortSignal.timeout(5000) });
      console.log(res.status, JSON.stringify(res.body));`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      cwd: ROOT,
      env: { ...process.env, URL: `${raw.url}/` },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    cleanup.push(async () => void child.kill());
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    // An idle socket that held the process would keep it alive far past the test's timeout.
    const exitCode = await new Promise((resolve) => child.once('exit', resolve));
    expect([exitCode, out.trim()]).toEqual([0, '200 "ok\\n"']);
    expect(raw.requests).toHaveLength(1);
  });
});

describe('createHttpClient over a socket: failures', () => {
  it.each([
    [
      'garbage',
      (ex: RawExchange) => ex.write('SSH-2.0-OpenSSH_9.6\r\n\r\n'),
      /HPE_INVALID_CONSTANT: Parse Error: Expected HTTP\//,
    ],
    [
      'garbage, then a close',
      (ex: RawExchange) => ex.end('SSH-2.0-OpenSSH_9.6\r\n'),
      /HPE_INVALID_CONSTANT: Parse Error: Expected HTTP\//,
    ],
    [
      'conflicting lengths',
      (ex: RawExchange) => ex.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nok'),
      /content-length/i,
    ],
  ])('maps %s to network and closes the connection', async (_, answer, message) => {
    const raw = await server(answer);
    const err = await failure(get(client(), raw));
    expect(err.code).toBe('network');
    expect(err.message).toMatch(message);
    await raw.closed(1);
  });

  it.each([
    // On Linux, libuv reports an RST that follows data in the same read as an end of stream.
    ['resets', (ex: RawExchange) => ex.reset(), /^ECONNRESET: aborted$/],
    ['closes', (ex: RawExchange) => ex.end(), /^ECONNRESET: aborted$/],
  ])('maps a server that %s mid-body to network', async (_, drop, message) => {
    const raw = await server((ex) => {
      ex.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial');
      drop(ex);
    });
    const err = await failure(get(client(), raw));
    expect([err.code, err.message]).toEqual(['network', expect.stringMatching(message)]);
    // Part of the answer came: not asked again.
    expect(raw.requests).toHaveLength(1);
  });

  it.each([
    ['its deadline', new DOMException('The operation timed out.', 'TimeoutError'), 'no answer before the timeout'],
    ['a cancel', undefined, 'cancelled'],
  ])('maps an abort by %s while waiting to timeout, and closes the connection', async (_, reason, message) => {
    const raw = await server(() => undefined);
    const controller = new AbortController();
    const pending = failure(client().get({ url: `${raw.url}/`, family: 4, signal: controller.signal }));
    await raw.request(1);
    controller.abort(reason);
    const err = await pending;
    expect([err.code, err.message]).toEqual(['timeout', message]);
    await expect(raw.closed(1)).resolves.toBeUndefined();
  });

  it('settles at once on an abort while the name is still resolving', async () => {
    let asked!: () => void;
    const resolving = new Promise<void>((resolve) => (asked = resolve));
    const stuck: Resolver = () => (asked(), new Promise<string[]>(() => undefined));
    const http = createHttpClient({ userAgent: UA, resolver: stuck });
    const controller = new AbortController();
    const pending = failure(http.get({ url: 'http://slow-dns.test/', family: 4, signal: controller.signal }));
    await resolving;
    controller.abort(new DOMException('The operation timed out.', 'TimeoutError'));
    expect((await pending).code).toBe('timeout');
  });
});
