/**
 * The etiquette of every call to another service (electron/engine/net/etiquette.ts): its wait
 * table, the property that a wait never shrinks, and its two limits over real HTTP on loopback.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createClient } from '../../../../electron/engine/net/client';
import {
  BodyTooLargeError,
  boundedRequest,
  ETIQUETTE,
  readBody,
  retryWait,
} from '../../../../electron/engine/net/etiquette';
import { seededRandom, testSeed } from '../../../helpers/random';

const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;

describe('retryWait: the truth table', () => {
  it.each<[string, number, number, number | undefined, number]>([
    ['1st failure, no jitter', 1, 0, undefined, 30 * S],
    ['1st failure, the most jitter', 1, 1, undefined, 36 * S],
    ['1st failure, half the jitter', 1, 0.5, undefined, 33 * S],
    ['2nd failure doubles', 2, 0, undefined, 60 * S],
    ['3rd', 3, 0, undefined, 120 * S],
    ['4th', 4, 1, undefined, 288 * S],
    ['7th: 32 min, jitter added', 7, 1, undefined, 2304 * S],
    ['8th: capped at 1 h', 8, 0, undefined, H],
    ['8th with jitter: still 1 h', 8, 1, undefined, H],
    ['the 1,000th: 1 h, no overflow', 1000, 0.7, undefined, H],
    ['0 failures is read as 1', 0, 0, undefined, 30 * S],
    ['Retry-After shorter than the backoff: the backoff', 3, 0, 10 * S, 120 * S],
    ['Retry-After longer: honoured', 1, 0, 10 * MIN, 10 * MIN],
    ['Retry-After past the 1 h cap: honoured', 9, 0, 2 * H, 2 * H],
    ['Retry-After of 6 h: honoured', 1, 0, 6 * H, 6 * H],
    ['Retry-After of a day: 6 h', 1, 0, 24 * H, 6 * H],
    ['Retry-After 0: the backoff', 2, 0, 0, 60 * S],
    ['Retry-After NaN: the backoff', 2, 0, Number.NaN, 60 * S],
  ])('%s', (_name, failures, random, retryAfter, want) => {
    expect(retryWait(failures, random, retryAfter)).toBe(want);
  });

  const channel = { firstWaitMs: 5 * S, maxWaitMs: 15 * MIN };
  it.each<[string, number, number, number | undefined, typeof channel, number]>([
    ["a user's schedule: its first wait", 1, 0, undefined, channel, 5 * S],
    ['its first wait, the most jitter', 1, 1, undefined, channel, 6 * S],
    ['doubling from it', 4, 0, undefined, channel, 40 * S],
    ['its own cap', 12, 1, undefined, channel, 15 * MIN],
    ['a cap of a day: still 1 h', 30, 0, undefined, { firstWaitMs: 5 * S, maxWaitMs: 24 * H }, H],
    ['Retry-After past its cap: honoured', 1, 0, 2 * H, channel, 2 * H],
    ['Retry-After of 7 days: 6 h', 1, 0, 7 * 24 * H, channel, 6 * H],
  ])('%s', (_name, failures, random, retryAfter, schedule, want) => {
    expect(retryWait(failures, random, retryAfter, schedule)).toBe(want);
  });

  it('never shorter than the wait before it, never past 1 h, never under 30 s (seeded)', () => {
    const random = seededRandom(testSeed('etiquette waits'));
    for (let run = 0; run < 200; run++) {
      let last = 0;
      for (let n = 1; n <= 14; n++) {
        const w = retryWait(n, random());
        expect(w).toBeGreaterThanOrEqual(Math.max(last, ETIQUETTE.firstWaitMs));
        expect(w).toBeLessThanOrEqual(ETIQUETTE.maxWaitMs);
        last = w;
      }
    }
  });
});

describe('readBody', () => {
  const body = (...parts: string[]) => Readable.from(parts.map((p) => Buffer.from(p)));

  it('reads a body within the bound whole', async () => {
    expect(await readBody(body('good ', '1.2.3.4'), 64)).toBe('good 1.2.3.4');
    expect(await readBody(body('x'.repeat(64)), 64)).toBe('x'.repeat(64));
  });

  it('a longer one is an error in words, or cut when the caller asks', async () => {
    const err = await readBody(body('x'.repeat(40), 'y'.repeat(40)), 64).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BodyTooLargeError);
    expect((err as Error).message).toBe('the answer is over 64 bytes, longer than any this service gives');
    // net/errors.ts reads the failure by its code, the logs by its name.
    expect(err).toMatchObject({ code: 'EBODYTOOLARGE', name: 'BodyTooLargeError', maxBytes: 64 });
    expect(await readBody(body('x'.repeat(40), 'y'.repeat(40)), 64, 'cut')).toBe(`${'x'.repeat(40)}${'y'.repeat(24)}`);
  });

  it('says a bound of 1,024 bytes or more in KB', async () => {
    const err = await readBody(body('x'.repeat(1025)), 1024).catch((e: unknown) => e);
    expect((err as Error).message).toBe('the answer is over 1 KB, longer than any this service gives');
  });
});

describe('boundedRequest over real HTTP', () => {
  let server: Server;
  let base = '';
  const hung: import('node:http').ServerResponse[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/hang') return void hung.push(res);
      if (req.url === '/4k') return void res.writeHead(200).end('z'.repeat(4096));
      if (req.url === '/huge') {
        res.writeHead(200);
        // Past the bound, and more than a socket buffer: the reader must stop, not wait for all of it.
        for (let i = 0; i < 40; i++) res.write('z'.repeat(8192));
        return void res.end();
      }
      res.writeHead(503, { 'retry-after': '120' }).end('busy');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const r of hung) r.destroy();
    await new Promise<void>((r) => server.close(() => r()));
  });
  const client = createClient();
  afterAll(() => client.close());
  const send = (path: string) => (signal: AbortSignal) => client.send({ url: `${base}${path}`, signal });
  const parent = () => new AbortController().signal;

  it('an answer within the limits: status, headers and body', async () => {
    const a = await boundedRequest(parent(), send('/busy'));
    expect(a).toMatchObject({ status: 503, body: 'busy', headers: expect.objectContaining({ 'retry-after': '120' }) });
  });

  it('a server that never answers is given up after the time limit (a TimeoutError)', async () => {
    const err = await boundedRequest(parent(), send('/hang'), { timeoutMs: 300 }).catch((e: unknown) => e);
    expect((err as Error).name).toBe('TimeoutError');
  });

  it("reads a caller's own bound, and cuts there when it asks", async () => {
    const a = await boundedRequest(parent(), send('/4k'), { maxBytes: 1000, over: 'cut' });
    expect(a.body).toBe('z'.repeat(1000));
  });

  it('an oversized body is a BodyTooLargeError', async () => {
    const err = await boundedRequest(parent(), send('/huge')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BodyTooLargeError);
    expect((err as Error).message).toBe('the answer is over 64 KB, longer than any this service gives');
  });
});
