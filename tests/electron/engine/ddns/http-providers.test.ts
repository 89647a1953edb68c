/**
 * The web API providers against their stand-ins (tests/fakes: cloudflare-api.ts, dyndns2.ts,
 * duckdns.ts, desec.ts, each from the provider's own documentation), over real HTTP on loopback:
 * what is sent, what is kept, and each documented answer turned into its outcome.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildUpdater, type DdnsUpdater } from '../../../../electron/engine/ddns';
import { createDdnsHttp } from '../../../../electron/engine/ddns/http';
import { createUdpClient } from '../../../../electron/engine/net';
import type { WireReason } from '../../../../shared/contract/reason';
import { translator } from '../../../../shared/i18n/translators';
import { errorInLine } from '../../../../shared/words/error';
import { sayReason } from '../../../../shared/words/reason';
import { type CloudflareStandIn, startCloudflare } from '../../../fakes/cloudflare-api';
import { type DesecStandIn, startDesec } from '../../../fakes/desec';
import { type DuckdnsStandIn, startDuckdns } from '../../../fakes/duckdns';
import { type Dyndns2StandIn, startDyndns2 } from '../../../fakes/dyndns2';

const udp = createUdpClient();
const signal = new AbortController().signal;
afterAll(() => udp.close());

// The etiquette's limits, but a shorter time limit than its 15 s, so a hung provider costs the test 0.5 s.
const http = createDdnsHttp({ timeoutMs: 500 });

function build(record: Record<string, unknown>): DdnsUpdater {
  const deps = { udp, http, clock: { now: () => Date.now() }, timeoutMs: 2000 };
  const built = buildUpdater(record, deps, { env: {}, readFile: () => '' });
  if (!built.ok) throw new Error(built.reason);
  return built.updater;
}

describe('Cloudflare API v4', () => {
  let cf: CloudflareStandIn;
  const record = (over: Record<string, unknown> = {}) => ({
    id: 'cf',
    provider: 'cloudflare',
    token: 'scoped-token-1234',
    zone: 'example.org',
    name: 'home.example.org',
    apiBase: cf.url,
    ...over,
  });
  beforeAll(async () => {
    cf = await startCloudflare('scoped-token-1234', { id: 'z1', name: 'example.org' }, [
      { id: 'r1', zone_id: 'z1', type: 'A', name: 'home.example.org', content: '192.0.2.1', proxied: true, ttl: 1 },
      {
        id: 'r2',
        zone_id: 'z1',
        type: 'AAAA',
        name: 'home.example.org',
        content: '2001:db8::1',
        proxied: false,
        ttl: 300,
      },
    ]);
  });
  afterAll(() => cf.close());

  it('looks the record up and changes only its content: proxied and ttl kept', async () => {
    cf.requests.length = 0;
    expect(await build(record()).update('198.51.100.7', signal)).toEqual({
      kind: 'updated',
      detail: 'Cloudflare home.example.org A 192.0.2.1 -> 198.51.100.7',
      proxied: true,
    });
    expect(cf.records[0]).toMatchObject({ content: '198.51.100.7', proxied: true, ttl: 1 });
    expect(cf.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'PATCH']);
    expect(JSON.parse(cf.requests[2]!.body)).toEqual({ content: '198.51.100.7' });
    expect(cf.requests[0]!.headers.authorization).toBe('Bearer scoped-token-1234');
  });

  it('an AAAA record follows IPv6, and a record already in step is not written', async () => {
    expect(await build(record({ type: 'AAAA' })).update('2001:db8::7', signal)).toMatchObject({ kind: 'updated' });
    expect(cf.records[1]).toMatchObject({ content: '2001:db8::7', proxied: false, ttl: 300 });
    cf.requests.length = 0;
    expect(await build(record({ type: 'AAAA' })).update('2001:db8::7', signal)).toMatchObject({ kind: 'unchanged' });
    expect(cf.requests.map((r) => r.method)).toEqual(['GET', 'GET']);
  });

  it('check reads without writing', async () => {
    cf.requests.length = 0;
    expect(await build(record()).check!('203.0.113.9', signal)).toEqual({
      kind: 'differs',
      detail: 'Cloudflare home.example.org A holds 198.51.100.7',
      proxied: true,
      holds: '198.51.100.7',
      code: expect.objectContaining({ code: 'reason.ddns.holds' }),
    });
    expect(cf.requests.every((r) => r.method === 'GET')).toBe(true);
  });

  it('a refused token stops after one request; a missing record stops', async () => {
    cf.requests.length = 0;
    const outcome = await build(record({ token: 'wrong-token-123' })).update('203.0.113.9', signal);
    // Cloudflare's errors[].message in words, never the envelope as it came.
    expect(outcome).toEqual({
      kind: 'stop',
      reason: 'Cloudflare home.example.org A refused the credentials: Authentication error (HTTP 403 Forbidden)',
      code: {
        code: 'reason.ddns.httpSaid',
        values: {
          label: 'Cloudflare home.example.org A',
          meaning: 'credentials',
          said: 'Authentication error',
          statusName: 'HTTP 403 Forbidden',
        },
      },
    });
    expect(cf.requests).toHaveLength(1);
    const missing = await build(record({ name: 'nope.example.org' })).update('203.0.113.9', signal);
    expect(missing).toMatchObject({ kind: 'stop', reason: expect.stringContaining('no such record') });
  });

  // Issue 47: a record stops only where a person must act. Three 429s in a row and a long
  // Retry-After used to stop it (the old test pinned that); they heal by themselves, so they wait.
  it('429 waits as Retry-After says, however many come and however long they ask', async () => {
    cf.fault = { status: 429, retryAfter: '30' };
    try {
      const updater = build(record());
      for (let i = 0; i < 4; i++)
        expect(await updater.update('203.0.113.9', signal)).toMatchObject({
          kind: 'retry',
          reason: expect.stringContaining('rate-limited'),
          afterMs: 30_000,
        });
      cf.fault = { status: 429, retryAfter: '7200' };
      expect(await build(record()).update('203.0.113.9', signal)).toMatchObject({ kind: 'retry', afterMs: 7_200_000 });
    } finally {
      cf.fault = null;
    }
  });

  it('what heals waits: 408, 5xx (with or without Retry-After), a hung API, an oversized answer', async () => {
    const answer = async (fault: NonNullable<CloudflareStandIn['fault']>) => {
      cf.fault = fault;
      try {
        return await build(record()).update('203.0.113.9', signal);
      } finally {
        cf.fault = null;
      }
    };
    expect(await answer({ status: 408 })).toMatchObject({ kind: 'retry', reason: expect.stringContaining('HTTP 408') });
    const unavailable = await answer({ status: 503, body: 'Service Unavailable' });
    expect(unavailable).toEqual({
      kind: 'retry',
      reason: 'Cloudflare home.example.org A failed on its side (HTTP 503 Service Unavailable)',
      code: {
        code: 'reason.ddns.http',
        values: {
          label: 'Cloudflare home.example.org A',
          meaning: 'server',
          statusName: 'HTTP 503 Service Unavailable',
        },
      },
    });
    expect(await answer({ status: 503, retryAfter: '600' })).toMatchObject({ kind: 'retry', afterMs: 600_000 });
    expect(await answer({ status: 500 })).toMatchObject({ kind: 'retry' });
    expect(await answer({ status: 200, hang: true })).toMatchObject({
      kind: 'retry',
      reason: expect.stringMatching(
        /^Cloudflare home\.example\.org A: no answer\. No answer in time from 127\.0\.0\.1:\d+: the service may be down/,
      ),
    });
    expect(await answer({ status: 200, body: 'x'.repeat(70 * 1024) })).toMatchObject({
      kind: 'retry',
      reason: 'Cloudflare home.example.org A: no answer. The answer is over 64 KB, longer than any this service gives.',
    });
    expect(await answer({ status: 200, drop: true })).toMatchObject({
      kind: 'retry',
      reason: expect.stringMatching(
        /^Cloudflare home\.example\.org A: no answer\. The connection to 127\.0\.0\.1:\d+ was closed before an answer: try again/,
      ),
    });
    expect(cf.records[0]!.content).toBe('198.51.100.7');
  });

  it('a provider with nothing listening: retry, in words, kept as a code said in each language (issue 75)', async () => {
    const gone = build(record({ apiBase: 'http://127.0.0.1:9' }));
    const outcome = await gone.update('203.0.113.9', signal);
    expect(outcome).toEqual({
      kind: 'retry',
      reason: 'Cloudflare home.example.org A: no answer. Nothing answered at 127.0.0.1:9: is the service running?',
      code: {
        code: 'reason.ddns.noAnswer',
        values: {
          label: 'Cloudflare home.example.org A',
          errorLine: expect.stringMatching(/ECONNREFUSED/),
          url: 'http://127.0.0.1:9',
        },
      },
    });
    const code = (outcome as { code: WireReason }).code;
    expect(sayReason(code, 'English', translator('de'))).toBe(
      'Cloudflare home.example.org A: keine Antwort. ' +
        errorInLine('connect ECONNREFUSED 127.0.0.1:9', translator('de')),
    );
  });

  it("a failed request's code holds the provider's address, never its path or query (a DuckDNS token rides there)", async () => {
    const gone = build({
      id: 'd',
      provider: 'duckdns',
      domain: 'myhome',
      token: 'duck-secret-token',
      apiBase: 'http://127.0.0.1:9',
    });
    const outcome = await gone.update('203.0.113.9', signal);
    expect(JSON.stringify(outcome)).not.toContain('duck-secret-token');
    expect(outcome).toMatchObject({ code: { code: 'reason.ddns.noAnswer', values: { url: 'http://127.0.0.1:9' } } });
  });

  it('a request the API refuses as set (another 4xx) stops, naming the settings', async () => {
    cf.fault = {
      status: 400,
      body: '{"success":false,"errors":[{"code":9005,"message":"Content for A record is invalid."}]}',
    };
    try {
      expect(await build(record()).update('203.0.113.9', signal)).toMatchObject({
        kind: 'stop',
        reason: expect.stringContaining("check the record's settings"),
      });
    } finally {
      cf.fault = null;
    }
  });
});

describe('dyndns2', () => {
  let dd: Dyndns2StandIn;
  const record = (over: Record<string, unknown> = {}) => ({
    id: 'dd',
    provider: 'dyndns2',
    server: dd.url,
    username: 'user',
    password: 'pass-1234',
    hostname: 'home.example.org',
    ...over,
  });
  beforeAll(async () => {
    dd = await startDyndns2('user', 'pass-1234', ['home.example.org']);
  });
  afterAll(() => dd.close());

  it('good, then nochg for the same address', async () => {
    expect(await build(record()).update('198.51.100.7', signal)).toEqual({
      kind: 'updated',
      detail: `dyndns2 ${new URL(dd.url).host} home.example.org: good 198.51.100.7`,
    });
    expect(dd.hosts.get('home.example.org')).toBe('198.51.100.7');
    expect(await build(record()).update('198.51.100.7', signal)).toMatchObject({ kind: 'unchanged' });
    expect(dd.requests.at(-1)!.headers['user-agent']).toBe('IPWatch - ipwatch - 0.1');
  });

  it('each return code as the protocol documents it', async () => {
    expect(await build(record({ password: 'wrong-pass' })).update('198.51.100.8', signal)).toMatchObject({
      kind: 'stop',
      reason: expect.stringContaining('the username and password do not match (badauth)'),
    });
    expect(await build(record({ hostname: 'other.example.org' })).update('198.51.100.8', signal)).toMatchObject({
      kind: 'stop',
      reason: expect.stringContaining('nohost'),
    });
    const said = async (code: string) => {
      dd.answer = code;
      try {
        return await build(record()).update('198.51.100.8', signal);
      } finally {
        dd.answer = null;
      }
    };
    expect(await said('abuse')).toMatchObject({ kind: 'stop', reason: expect.stringContaining('abuse') });
    expect(await said('!donator')).toMatchObject({ kind: 'stop' });
    expect(await said('notfqdn')).toMatchObject({ kind: 'stop' });
    expect(await said('badagent')).toMatchObject({ kind: 'stop' });
    expect(await said('911')).toEqual({
      kind: 'retry',
      reason: expect.stringContaining('(911)'),
      code: expect.objectContaining({ code: 'reason.ddns.dyndns2' }),
      afterMs: 30 * 60_000,
    });
    expect(await said('dnserr')).toMatchObject({ kind: 'retry', afterMs: 30 * 60_000 });
    // Not the protocol's words (a captive portal's page): it heals, so it waits (it used to stop).
    expect(await said('<html>Sign in to the hotel Wi-Fi</html>')).toMatchObject({
      kind: 'retry',
      reason: expect.stringContaining("none of the protocol's return codes"),
    });
    dd.fault = { status: 200, body: '' };
    try {
      expect(await build(record()).update('198.51.100.8', signal)).toMatchObject({
        kind: 'retry',
        reason: expect.stringContaining('an empty answer'),
      });
    } finally {
      dd.fault = null;
    }
  });
});

describe('DuckDNS', () => {
  let duck: DuckdnsStandIn;
  const record = (over: Record<string, unknown> = {}) => ({
    id: 'duck',
    provider: 'duckdns',
    token: 'duck-token-1234',
    domain: 'myhome.duckdns.org',
    apiBase: duck.url,
    ...over,
  });
  beforeAll(async () => {
    duck = await startDuckdns('duck-token-1234', ['myhome']);
  });
  afterAll(() => duck.close());

  it('UPDATED, then NOCHANGE; AAAA goes as ipv6', async () => {
    expect(await build(record()).update('198.51.100.7', signal)).toMatchObject({ kind: 'updated' });
    expect(await build(record()).update('198.51.100.7', signal)).toMatchObject({ kind: 'unchanged' });
    expect(await build(record({ type: 'AAAA' })).update('2001:db8::7', signal)).toMatchObject({ kind: 'updated' });
    expect(duck.domains.get('myhome')).toEqual({ ip: '198.51.100.7', ipv6: '2001:db8::7' });
    expect(duck.requests.at(-1)!.url.searchParams.get('ipv6')).toBe('2001:db8::7');
  });

  it('KO stops; an answer the API does not give, or a 503, waits', async () => {
    expect(await build(record({ token: 'wrong-token' })).update('198.51.100.8', signal)).toMatchObject({
      kind: 'stop',
      reason: expect.stringContaining('KO'),
    });
    for (const fault of [{ status: 200, body: '<html>gateway</html>' }, { status: 503 }]) {
      duck.fault = fault;
      try {
        expect(await build(record()).update('198.51.100.8', signal)).toMatchObject({ kind: 'retry' });
      } finally {
        duck.fault = null;
      }
    }
  });
});

describe('deSEC', () => {
  let de: DesecStandIn;
  const record = (over: Record<string, unknown> = {}) => ({
    id: 'de',
    provider: 'desec',
    token: 'desec-token-1234',
    hostname: 'myhome.dedyn.io',
    apiBase: de.url,
    ...over,
  });
  beforeAll(async () => {
    de = await startDesec('desec-token-1234', ['myhome.dedyn.io']);
  });
  afterAll(() => de.close());

  it('good; the other family preserved', async () => {
    expect(await build(record({ type: 'AAAA' })).update('2001:db8::7', signal)).toMatchObject({ kind: 'updated' });
    expect(await build(record()).update('198.51.100.7', signal)).toMatchObject({ kind: 'updated' });
    expect(de.hosts.get('myhome.dedyn.io')).toEqual({ A: '198.51.100.7', AAAA: '2001:db8::7' });
    expect(de.requests.at(-1)!.url.searchParams.get('myipv6')).toBe('preserve');
  });

  it('401 stops; 429 waits as Retry-After says, a day-long one too (the etiquette caps it at 6 h later)', async () => {
    expect(await build(record({ token: 'wrong-token' })).update('198.51.100.8', signal)).toMatchObject({
      kind: 'stop',
      reason: expect.stringContaining('refused the credentials'),
    });
    de.fault = { status: 429, retryAfter: '60' };
    try {
      expect(await build(record()).update('198.51.100.8', signal)).toMatchObject({ kind: 'retry', afterMs: 60_000 });
      de.fault = { status: 429, retryAfter: '86400' };
      expect(await build(record()).update('198.51.100.8', signal)).toMatchObject({
        kind: 'retry',
        afterMs: 86_400_000,
      });
      de.fault = { status: 200, body: 'nohost' };
      expect(await build(record()).update('198.51.100.8', signal)).toMatchObject({
        kind: 'retry',
        reason: expect.stringContaining('an answer the API does not give (not "good")'),
      });
    } finally {
      de.fault = null;
    }
  });
});
