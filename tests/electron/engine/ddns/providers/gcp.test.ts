/**
 * Google Cloud DNS's own ways beyond the providers' contract (contract/gcp.test.ts): the access
 * token is kept until five minutes before it expires on the monotonic clock (a wall clock step
 * neither drops nor keeps it), one the API refuses is asked again once; the assertion carries
 * Google's claims and the wall clock's time; the key never leaves in clear; Google's refusals
 * (a clock far off, a managed zone that does not exist) stop the record in Google's words; a key
 * file IPWatch cannot sign with is refused in words that never quote it.
 */
import { generateKeyPairSync } from 'node:crypto';

import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';

import { buildUpdater } from '../../../../../electron/engine/ddns';
import { createDdnsHttp } from '../../../../../electron/engine/ddns/http';
import { googleMessage } from '../../../../../electron/engine/ddns/providers/gcp';
import { EARLY_MS } from '../../../../../electron/engine/ddns/providers/gcp-token';
import { createUdpClient } from '../../../../../electron/engine/net';
import { type GcpStandIn, startGcp } from '../../../../fakes/ddns/gcp';

const EMAIL = 'ddns@my-project-123.iam.gserviceaccount.com';
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PEM = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
/** The key's base64 body, one line of it: none of it may leave in a request. */
const KEY_LINE = PEM.split('\n')[5]!;
const udp = createUdpClient();
afterAll(() => udp.close());
const signal = new AbortController().signal;

const keyFile = (s: GcpStandIn, more: Record<string, unknown> = {}) =>
  JSON.stringify({
    type: 'service_account',
    project_id: 'my-project-123',
    private_key_id: 'k1',
    private_key: PEM,
    client_email: EMAIL,
    token_uri: s.tokenUri,
    ...more,
  });

/** A clock the test moves: the wall clock and the monotonic one apart. */
const testClock = () => {
  const c = { wall: Date.now(), mono: 0 };
  return { c, clock: { now: () => c.wall, monotonic: () => c.mono } };
};

function build(s: GcpStandIn, clock: { now: () => number; monotonic?: () => number }, more = {}) {
  const record = {
    id: 'gcp',
    provider: 'gcp',
    project: 'my-project-123',
    managedZone: 'example-org',
    name: 'home.example.org',
    secret: keyFile(s),
    apiBase: s.url,
    ...more,
  };
  const deps = { udp, http: createDdnsHttp({ timeoutMs: 2000 }), clock, timeoutMs: 2000 };
  return buildUpdater(record, deps, { env: {}, readFile: () => '' });
}

const tokenRequests = (s: GcpStandIn) => s.requests.filter((r) => r.url.pathname === '/token');

describe('Google Cloud DNS: its own ways', () => {
  let s: GcpStandIn;
  let t: ReturnType<typeof testClock>;
  beforeEach(async () => {
    t = testClock();
    s = await startGcp({
      account: { client_email: EMAIL, publicKey },
      project: 'my-project-123',
      managedZone: 'example-org',
      domain: 'example.org',
      now: () => t.c.wall,
    });
  });
  afterEach(() => s.close());

  it('keeps the token until five minutes before it expires, on the monotonic clock', async () => {
    const built = build(s, t.clock);
    if (!built.ok) throw new Error(built.reason);
    const u = built.updater;
    expect((await u.update('192.0.2.1', signal)).kind).toBe('updated');
    expect((await u.update('192.0.2.2', signal)).kind).toBe('updated');
    expect(s.tokensIssued()).toBe(1);
    // A wall clock stepped back an hour does not drop it (the stand-in's clock steps too).
    t.c.wall -= 3_600_000;
    expect((await u.update('192.0.2.3', signal)).kind).toBe('updated');
    expect(s.tokensIssued()).toBe(1);
    t.c.wall += 3_600_000;
    // Just before the early renewal: still kept; at it: asked again, before any 401.
    t.c.mono += 3_599_000 - EARLY_MS - 1;
    expect((await u.check!('192.0.2.3', signal)).kind).toBe('unchanged');
    expect(s.tokensIssued()).toBe(1);
    t.c.mono += 1;
    expect((await u.check!('192.0.2.3', signal)).kind).toBe('unchanged');
    expect(s.tokensIssued()).toBe(2);
    expect(s.requests.filter((r) => r.url.pathname !== '/token').length).toBe(8);
  });

  it('asks again once when the API refuses a kept token (revoked, or lapsed while the machine slept)', async () => {
    const built = build(s, t.clock);
    if (!built.ok) throw new Error(built.reason);
    expect((await built.updater.update('192.0.2.1', signal)).kind).toBe('updated');
    s.revokeAll();
    expect((await built.updater.update('192.0.2.2', signal)).kind).toBe('updated');
    expect(s.tokensIssued()).toBe(2);
    expect(s.zone.holds('home.example.org', 'A')).toEqual(['192.0.2.2']);
    // A token just asked for and refused is not asked again: a stop, after one more token.
    s.refuseTokens(true);
    const out = await built.updater.update('192.0.2.3', signal);
    expect(out).toMatchObject({ kind: 'stop' });
    expect(out.kind === 'stop' && out.reason).toMatch(/refused the credentials: Request had invalid authentication/);
    expect(s.tokensIssued()).toBe(3);
  });

  it("sends Google's claims, the key only as a signature, and the token only to the API", async () => {
    const built = build(s, t.clock);
    if (!built.ok) throw new Error(built.reason);
    await built.updater.update('192.0.2.1', signal);
    const [asked] = tokenRequests(s);
    expect(asked!.headers.authorization).toBeUndefined();
    expect(asked!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const jwt = new URLSearchParams(asked!.body).get('assertion')!;
    const claims = JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    const iat = Math.floor(t.c.wall / 1000);
    expect(claims).toEqual({
      iss: EMAIL,
      scope: 'https://www.googleapis.com/auth/ndev.clouddns.readwrite',
      aud: s.tokenUri,
      iat,
      exp: iat + 3600,
    });
    for (const r of s.requests) {
      expect(r.body + JSON.stringify(r.headers) + r.url.href).not.toContain(KEY_LINE);
      if (r.url.pathname !== '/token') expect(r.headers.authorization).toMatch(/^Bearer ya29\./);
    }
    const made = s.requests.find((r) => r.method === 'POST' && r.url.pathname.endsWith('/rrsets'))!;
    expect(made.url.pathname).toBe('/dns/v1/projects/my-project-123/managedZones/example-org/rrsets');
    expect(JSON.parse(made.body)).toEqual({ name: 'home.example.org.', type: 'A', ttl: 60, rrdatas: ['192.0.2.1'] });
  });

  it("a clock far from Google's is a stop in Google's words", async () => {
    // This machine's wall clock two hours behind Google's.
    const behind = build(s, { now: () => t.c.wall - 2 * 3_600_000, monotonic: t.clock.monotonic });
    if (!behind.ok) throw new Error(behind.reason);
    const out = await behind.updater.update('192.0.2.1', signal);
    if (out.kind !== 'stop') throw new Error(JSON.stringify(out));
    expect(out.reason).toMatch(/invalid_grant: Invalid JWT: Token must be a short-lived token/);
    expect(out.reason).not.toContain(KEY_LINE);
    expect(s.zone.holds('home.example.org', 'A')).toEqual([]);
  });

  it("a managed zone that does not exist is a stop in Google's words; nothing is made", async () => {
    const built = build(s, t.clock, { managedZone: 'no-such-zone' });
    if (!built.ok) throw new Error(built.reason);
    const out = await built.updater.update('192.0.2.1', signal);
    if (out.kind !== 'stop') throw new Error(JSON.stringify(out));
    expect(out.reason).toContain("The 'parameters.managedZone' resource named 'no-such-zone' does not exist.");
    expect(s.requests.filter((r) => r.method === 'POST' && r.url.pathname !== '/token')).toEqual([]);
  });

  it('refuses a key file it cannot sign with, in words that never quote it', () => {
    const cases: [string, RegExp][] = [
      ['{"private_key":"SECRET-PIECE"', /is not JSON/],
      [
        keyFile(s, { type: 'authorized_user', refresh_token: 'SECRET-PIECE' }),
        /type "authorized_user".*service account/,
      ],
      [
        keyFile(s, { private_key: '-----BEGIN PRIVATE KEY-----\nSECRET-PIECE\n-----END PRIVATE KEY-----\n' }),
        /not a PEM/,
      ],
      [keyFile(s, { client_email: undefined }), /has no client_email/],
    ];
    for (const [secret, words] of cases) {
      const built = build(s, t.clock, { secret });
      if (built.ok) throw new Error(`built with ${words}`);
      expect(built.reason).toMatch(words);
      expect(built.reason).not.toContain('SECRET-PIECE');
      expect(built.secrets).toContain(secret);
    }
    expect(s.requests).toEqual([]);
  });

  it("reads Google's words from both kinds of refusal", () => {
    expect(googleMessage('{"error":"invalid_grant","error_description":"Invalid JWT Signature."}')).toBe(
      'invalid_grant: Invalid JWT Signature.',
    );
    const api = { error: { code: 403, message: 'Forbidden', errors: [{ reason: 'forbidden', domain: 'global' }] } };
    expect(googleMessage(JSON.stringify(api))).toBe('Forbidden (forbidden)');
    expect(googleMessage('<html>502</html>')).toBeNull();
  });
});
