/**
 * Each online identity provider against its stand-in (tests/fakes/ipinfo.ts, ifconfig-co.ts):
 * the documented answers read, and each documented error answer turned into what it means.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ONLINE_PROVIDERS } from '../../../../electron/engine/identity';
import { judgeStatus } from '../../../../electron/engine/identity/online/answer';
import type { AskContext, AskOutcome } from '../../../../electron/engine/identity/online/types';
import { createHttpClient } from '../../../../electron/engine/net/http';
import { startIfconfigCo } from '../../../fakes/ifconfig-co';
import { startIpinfo } from '../../../fakes/ipinfo';

const http = createHttpClient({ userAgent: 'IPWatch/test' });
afterAll(() => http.close());
const ctx = (base: string, token?: string): AskContext => ({
  http,
  base,
  family: 4,
  token,
  signal: AbortSignal.timeout(10_000),
  userAgent: 'IPWatch/test',
  now: () => Date.parse('2026-01-01T00:00:00Z'),
});

describe('ipinfo.io', () => {
  let fake: Awaited<ReturnType<typeof startIpinfo>>;
  beforeAll(async () => {
    fake = await startIpinfo({ tokens: ['good-token'] });
    fake.known.set('8.8.8.8', { country: 'US', org: 'AS15169 Google LLC' });
    fake.known.set('38.104.128.99', {
      country: 'US',
      asn: { asn: 'AS174', name: 'Cogent Communications', domain: 'cogentco.com', type: 'isp' },
    });
  });
  afterAll(() => fake.close());
  const ask = (ip: string, token?: string) => ONLINE_PROVIDERS.ipinfo.ask(ip, ctx(fake.url, token));

  it('reads "org" (AS number and name) and the country; the token goes in a header, never the URL', async () => {
    expect(await ask('8.8.8.8', 'good-token')).toEqual({
      kind: 'answer',
      identity: { asn: 15169, org: 'Google LLC', country: 'US' },
    });
    const seen = fake.requests.at(-1)!;
    expect(seen.url.pathname).toBe('/8.8.8.8/json');
    expect(seen.url.search).toBe('');
    expect(seen.headers.authorization).toBe('Bearer good-token');
  });

  it('reads the paid plans\' "asn" object', async () => {
    expect(await ask('38.104.128.99')).toEqual({
      kind: 'answer',
      identity: { asn: 174, org: 'Cogent Communications', country: 'US' },
    });
  });

  it('an address it knows nothing of, and a bogon, are answers of nothing', async () => {
    const none = { kind: 'answer', identity: { asn: null, org: null, country: null } };
    expect(await ask('223.255.255.1')).toEqual(none);
    expect(await ask('10.1.2.3')).toEqual(none);
  });

  it('an unknown token (403) stops; over the limit (429) waits its Retry-After; a body not JSON fails', async () => {
    const refused = await ask('8.8.8.8', 'wrong-token');
    expect(refused).toMatchObject({ kind: 'stop' });
    expect(refused.kind === 'stop' && refused.reason).toMatch(/HTTP 403: Unknown token/);
    fake.quirk = 'rate-limited';
    expect(await ask('8.8.8.8')).toMatchObject({ kind: 'later', afterMs: 120_000 });
    fake.quirk = 'bad-json';
    expect(await ask('8.8.8.8')).toMatchObject({ kind: 'failed', reason: expect.stringMatching(/not a JSON/) });
    fake.quirk = null;
  });
});

describe('ifconfig.co (echoip)', () => {
  let fake: Awaited<ReturnType<typeof startIfconfigCo>>;
  beforeAll(async () => {
    fake = await startIfconfigCo();
    fake.known.set('79.192.1.1', {
      country: 'Germany',
      country_iso: 'DE',
      asn: 'AS3320',
      asn_org: 'Deutsche Telekom AG',
    });
    fake.known.set('223.255.255.1', { country: 'Australia', country_iso: 'AU' });
  });
  afterAll(() => fake.close());
  const ask = (ip: string) => ONLINE_PROVIDERS['ifconfig.co'].ask(ip, ctx(fake.url));

  it('reads asn, asn_org and country_iso from /json?ip=', async () => {
    expect(await ask('79.192.1.1')).toEqual({
      kind: 'answer',
      identity: { asn: 3320, org: 'Deutsche Telekom AG', country: 'DE' },
    });
    expect(fake.requests.at(-1)!.url.search).toBe('?ip=79.192.1.1');
    expect(await ask('223.255.255.1')).toEqual({ kind: 'answer', identity: { asn: null, org: null, country: 'AU' } });
  });

  it('a bad address (400) fails with its error; 429 waits an hour; a cut JSON body fails', async () => {
    expect(await ask('not-an-ip')).toMatchObject({
      kind: 'failed',
      reason: expect.stringMatching(/HTTP 400: could not parse IP/),
    });
    fake.quirk = 'rate-limited';
    expect(await ask('79.192.1.1')).toMatchObject({ kind: 'later', afterMs: 3_600_000 });
    fake.quirk = 'bad-json';
    expect(await ask('79.192.1.1')).toMatchObject({ kind: 'failed' });
    fake.quirk = null;
  });
});

describe('judgeStatus: what an answer means before its body is read (the etiquette)', () => {
  const NOW = Date.parse('2026-01-01T00:00:00Z');
  const res = (status: number, body = '', headers: Record<string, string> = {}) => ({ status, body, headers });
  it.each<[string, ReturnType<typeof res>, AskOutcome | null]>([
    ['200 within 64 KB: read', res(200, '{}'), null],
    [
      '200 over 64 KB: failed, in words',
      res(200, 'x'.repeat(65_537)),
      { kind: 'failed', reason: 'svc answered more than 64 KB' },
    ],
    ['401: stop', res(401), { kind: 'stop', reason: 'svc answered HTTP 401' }],
    [
      '403 with its words: stop',
      res(403, '{"error":"Unknown token"}'),
      { kind: 'stop', reason: 'svc answered HTTP 403: Unknown token' },
    ],
    [
      '429 with Retry-After',
      res(429, '', { 'retry-after': '90' }),
      { kind: 'later', reason: 'svc answered HTTP 429', afterMs: 90_000 },
    ],
    ['429 without: the quota hour', res(429), { kind: 'later', reason: 'svc answered HTTP 429', afterMs: 3_600_000 }],
    ['503 without Retry-After: the backoff alone', res(503), { kind: 'later', reason: 'svc answered HTTP 503' }],
    [
      '503 with one',
      res(503, '', { 'retry-after': '30' }),
      { kind: 'later', reason: 'svc answered HTTP 503', afterMs: 30_000 },
    ],
    ['408: later', res(408), { kind: 'later', reason: 'svc answered HTTP 408' }],
    ['404: this question failed', res(404), { kind: 'failed', reason: 'svc answered HTTP 404' }],
  ])('%s', (_name, answer, want) => {
    expect(judgeStatus(answer, NOW, 'svc')).toEqual(want);
  });
});
