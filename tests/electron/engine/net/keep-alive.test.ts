/**
 * Idle connections are kept only when the next request will find them open: the pure rule,
 * the Keep-Alive header, and the HTTP client against a raw local server, on a driven clock.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { createHttpClient } from '../../../../electron/engine/net/http';
import { IDLE_MS } from '../../../../electron/engine/net/http-socket';
import {
  KEEP_MARGIN_MS,
  KeepAliveBook,
  keepAliveTimeoutMs,
  keepIdle,
  RELEARN_MS,
} from '../../../../electron/engine/net/keep-alive';
import type { HttpClient } from '../../../../electron/engine/net/types';
import { ECHO_DEFAULT_V4, ECHO_KEEP_ALIVE_MS, startHttpEcho } from '../../../fakes/http-echo';
import { startRawHttp, type RawExchange, type RawHttp } from '../../../fakes/raw-http';

describe('keepIdle', () => {
  it.each([
    ['nothing known yet: keep', null, null, true],
    ['unknown server, gap well inside our own limit', 10_000, null, true],
    ['unknown server, gap past our own limit', 180_000, null, false],
    ['unknown server, gap within the margin of our own limit', IDLE_MS - KEEP_MARGIN_MS, null, false],
    ['the server keeps 5 s, a check every 10 s', 10_000, 5_000, false],
    ['the server keeps 5 s, requests every 2 s', 2_000, 5_000, true],
    ['the server keeps 5 s, a gap of 4.5 s could cross its close', 4_500, 5_000, false],
    ['the server keeps 400 s, a check every 10 s', 10_000, 400_000, true],
    ['the server keeps 400 s (Cloudflare), a check a minute', 60_000, 400_000, true],
    ['the server keeps 400 s, three sources in turn every 10 s: a 30 s gap', 30_000, 400_000, true],
    ['the server keeps 400 s, a check every 5 minutes: our own 120 s ends it first', 300_000, 400_000, false],
  ])('%s', (_name, gapMs, serverIdleMs, expected) => {
    expect(keepIdle({ gapMs, serverIdleMs, ownIdleMs: IDLE_MS })).toBe(expected);
  });
});

describe('keepAliveTimeoutMs', () => {
  it.each([
    ['timeout=5', 5_000],
    ['timeout=5, max=100', 5_000],
    ['max=100, Timeout=15', 15_000],
    ['timeout="7"', 7_000],
    [['max=10', 'timeout=2'], 2_000],
    ['max=100', null],
    ['timeout=', null],
    ['timeout=5s', null],
    ['xtimeout=5', null],
    [undefined, null],
  ])('%j -> %s', (header, expected) => {
    expect(keepAliveTimeoutMs(header)).toBe(expected);
  });
});

describe('KeepAliveBook', () => {
  it('learns the gap, the header and an observed close, and forgets the close after RELEARN_MS', () => {
    let now = 0;
    const book = new KeepAliveBook(() => now, IDLE_MS);
    const request = (at: number, header?: string) => {
      now = at;
      book.started('a');
      return book.answered('a', header);
    };
    expect(request(0)).toBe(true); // first request: nothing known
    book.serverClosed('a', 4_000); // it stayed open 4 s idle, then the server closed it
    expect(request(10_000)).toBe(false); // gaps of 10 s against 4 s
    expect(request(12_000)).toBe(true); // a gap of 2 s: 2 s + the margin < 4 s
    expect(request(15_500, 'timeout=10')).toBe(false); // 3.5 s: the observed 4 s still rules
    expect(request(15_500 + RELEARN_MS)).toBe(false); // an hour later: past our own limit
    expect(request(19_000 + RELEARN_MS, 'timeout=10')).toBe(true); // the close is forgotten: 3.5 s < 10 s
    book.started('b');
    expect(book.answered('b', undefined)).toBe(true); // other keys learn on their own
  });
});

const OK_KEEP = 'HTTP/1.1 200 OK\r\nContent-Length: 3\r\nKeep-Alive: timeout=5\r\n\r\nok\n';
const OK = 'HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nok\n';

describe('createHttpClient: keeping idle connections by the rhythm of requests', () => {
  const cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    while (cleanup.length) await cleanup.pop()?.();
  });
  async function setup(answer: (ex: RawExchange) => void) {
    const raw = await startRawHttp(answer);
    cleanup.push(() => raw.close());
    const clock = { now: 0 };
    const http = createHttpClient({ userAgent: 'IPWatch-test/1.0', now: () => clock.now });
    cleanup.push(() => http.close());
    return { raw, clock, http };
  }
  const get = (http: HttpClient, raw: RawHttp) =>
    http.get({ url: `${raw.url}/`, family: 4, signal: AbortSignal.timeout(5000) });
  const route = (raw: RawHttp) => raw.requests.map((r) => [r.connection, r.nthOnConnection]);

  it.each([
    ['the server would close it before the next request (it keeps 5 s; 10 s gaps)', OK_KEEP, 10_000],
    ['our own limit ends it first (a server that says nothing; a source asked every 5 minutes)', OK, 300_000],
  ])('closes a connection right after its answer when %s', async (_name, answer, gapMs) => {
    const { raw, clock, http } = await setup((ex) => ex.write(answer));
    await get(http, raw); // kept: no rhythm yet
    clock.now = gapMs;
    await get(http, raw); // on the kept connection; the next one is too far away to keep it
    await raw.closed(1); // closed by the client, not after the server's timeout (this server never closes)
    clock.now = 2 * gapMs;
    await get(http, raw);
    expect(route(raw)).toEqual([
      [1, 1],
      [1, 2],
      [2, 1],
    ]);
  });

  it.each([
    ['requests come sooner than the server closes it (it keeps 5 s; 2 s gaps)', OK_KEEP, 2_000],
    ['a server that says nothing, a source asked every minute (the default interval)', OK, 60_000],
  ])('keeps it while %s', async (_name, answer, gapMs) => {
    const { raw, clock, http } = await setup((ex) => ex.write(answer));
    for (const n of [0, 1, 2, 3]) {
      clock.now = n * gapMs;
      await get(http, raw);
    }
    expect(route(raw)).toEqual([
      [1, 1],
      [1, 2],
      [1, 3],
      [1, 4],
    ]);
  });

  it('learns how long the server keeps an idle connection from its close, without a header', async () => {
    const { raw, clock, http } = await setup((ex) => ex.write(OK));
    await get(http, raw);
    clock.now = 3_000;
    raw.requests[0]!.end(); // the server closes the idle connection after 3 s
    await raw.closed(1);
    clock.now = 10_000;
    await get(http, raw); // a new connection; 10 s gaps against a 3 s server: not kept
    await raw.closed(2);
    expect(route(raw)).toEqual([
      [1, 1],
      [2, 1],
    ]);
  });
});

describe('createHttpClient against the echo servers of the runner bench: one source of three, asked every 30 s', () => {
  it.each([
    ['Cloudflare keeps an idle connection 400 s: one connection for every request', ECHO_KEEP_ALIVE_MS.cloudflare, 1],
    // The first connection is kept (no rhythm yet) and, in this test's no time at all, still open for the second.
    [
      "node's 5 s (it says so): closed by the client after each answer once the rhythm is known",
      ECHO_KEEP_ALIVE_MS.node,
      2,
    ],
  ])('%s', async (_name, keepAliveMs, connections) => {
    const echo = await startHttpEcho({ keepAliveMs });
    const clock = { now: 0 };
    const http = createHttpClient({ userAgent: 'IPWatch-test/1.0', now: () => clock.now });
    try {
      for (const t of [0, 30_000, 60_000]) {
        clock.now = t;
        const res = await http.get({ url: `${echo.url}/`, family: 4, signal: AbortSignal.timeout(5000) });
        expect(res.body.trim()).toBe(ECHO_DEFAULT_V4);
      }
      expect(echo.requests).toBe(3);
      expect(echo.connections).toBe(connections);
    } finally {
      await http.close();
      await echo.close();
    }
  });
});
