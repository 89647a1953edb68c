/**
 * The token side of Google Cloud DNS: the key file read as Google's libraries read it (token_uri
 * defaults to Google's), and the stand-in's token address refusing what Google's refuses, each
 * with its OAuth error (tests/fakes/ddns/gcp.ts), so the provider's tests run against a server that
 * would catch a wrong assertion: a forged signature, another audience, no Cloud DNS scope, a token
 * asked for longer than an hour or at a time far from Google's, an account it does not have.
 */
import { createSign, generateKeyPairSync } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { GOOGLE_TOKEN_URI, readServiceAccount } from '../../../../../electron/engine/ddns/providers/gcp-token';
import {
  NDEV_CLOUDDNS_RW,
  serviceAccountJwt,
  tokenRequestBody,
} from '../../../../../electron/engine/ddns/sign/google-jwt';
import { type GcpStandIn, startGcp } from '../../../../fakes/ddns/gcp';

const EMAIL = 'ddns@my-project-123.iam.gserviceaccount.com';
const GOOD = generateKeyPairSync('rsa', { modulusLength: 2048 });
const OTHER = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = (k: typeof GOOD) => k.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const NOW = 1_750_000_000_000;

let s: GcpStandIn;
beforeAll(async () => {
  s = await startGcp({
    account: { client_email: EMAIL, publicKey: GOOD.publicKey },
    project: 'my-project-123',
    managedZone: 'example-org',
    domain: 'example.org',
    now: () => NOW,
  });
});
afterAll(() => s.close());

/** An assertion with these claims, signed with `key` (RS256), as the provider makes one. */
function signed(claims: Record<string, unknown>, key = GOOD): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const input = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64(claims)}`;
  return `${input}.${createSign('RSA-SHA256').update(input).sign(pem(key)).toString('base64url')}`;
}

async function ask(body: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(s.tokenUri, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

const iat = NOW / 1000;
const claims = () => ({ iss: EMAIL, scope: NDEV_CLOUDDNS_RW, aud: s.tokenUri, iat, exp: iat + 3600 });

describe("the stand-in's token address refuses what Google's refuses", () => {
  it("answers the provider's assertion with a bearer token for an hour", async () => {
    const key = { client_email: EMAIL, private_key: pem(GOOD), token_uri: s.tokenUri };
    const { status, json } = await ask(tokenRequestBody(serviceAccountJwt(key, NDEV_CLOUDDNS_RW, iat)));
    expect(status).toBe(200);
    expect(json).toMatchObject({ token_type: 'Bearer', expires_in: 3599 });
    expect(String(json.access_token)).toMatch(/^ya29\./);
  });

  it.each([
    ['a forged signature', () => signed(claims(), OTHER), 'invalid_grant', /^Invalid JWT Signature\.$/],
    [
      'an account it does not have',
      () => signed({ ...claims(), iss: 'x@y.iam.gserviceaccount.com' }),
      'invalid_grant',
      /account not found/,
    ],
    [
      'another audience',
      () => signed({ ...claims(), aud: GOOGLE_TOKEN_URI }),
      'invalid_grant',
      /Failed audience check/,
    ],
    ['more than an hour', () => signed({ ...claims(), exp: iat + 3601 }), 'invalid_grant', /short-lived token/],
    [
      'an iat ahead of its clock',
      () => signed({ ...claims(), iat: iat + 600, exp: iat + 4200 }),
      'invalid_grant',
      /short-lived/,
    ],
    [
      'an exp behind its clock',
      () => signed({ ...claims(), iat: iat - 7200, exp: iat - 3600 }),
      'invalid_grant',
      /short-lived/,
    ],
    [
      'no Cloud DNS scope',
      () => signed({ ...claims(), scope: 'https://www.googleapis.com/auth/drive' }),
      'invalid_scope',
      /scope/,
    ],
  ])('%s', async (_what, jwt, error, words) => {
    const { status, json } = await ask(tokenRequestBody(jwt()));
    expect(status).toBe(400);
    expect(json.error).toBe(error);
    expect(String(json.error_description)).toMatch(words);
  });

  it('refuses another grant type, and a request without an assertion', async () => {
    expect((await ask('grant_type=client_credentials')).json.error).toBe('unsupported_grant_type');
    const none = await ask('grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer');
    expect(none.json).toEqual({ error: 'invalid_request', error_description: 'Missing required parameter: assertion' });
  });

  it('answers an API call without a token it issued with 401 UNAUTHENTICATED', async () => {
    const res = await fetch(
      `${s.url}/dns/v1/projects/my-project-123/managedZones/example-org/rrsets/x.example.org./A`,
      {
        headers: { authorization: 'Bearer ya29.not-one-of-mine' },
      },
    );
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { status: string } }).error.status).toBe('UNAUTHENTICATED');
  });
});

describe('the key file', () => {
  it("names Google's token address when it names none, and keeps the key's id", () => {
    const key = readServiceAccount(
      JSON.stringify({ type: 'service_account', client_email: EMAIL, private_key: pem(GOOD), private_key_id: 'k9' }),
    );
    expect(key).toMatchObject({ token_uri: 'https://oauth2.googleapis.com/token', private_key_id: 'k9' });
  });
});
