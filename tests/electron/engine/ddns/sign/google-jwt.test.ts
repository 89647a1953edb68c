/**
 * The service account's assertion (electron/engine/ddns/sign/google-jwt.ts): verified with the public
 * half of a key pair the test makes, its header and claims as Google's service-account guide lists
 * them. Google publishes no fixed JWT vector (RS256 with PKCS#1 v1.5 is deterministic, but no
 * published key+assertion pair was found in the time), so the check is the signature's verification
 * and the claims, and that a tampered assertion fails it.
 */
import { createVerify, generateKeyPairSync } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import {
  NDEV_CLOUDDNS_RW,
  serviceAccountJwt,
  tokenRequestBody,
} from '../../../../../electron/engine/ddns/sign/google-jwt';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const KEY = {
  client_email: 'ddns@my-project.iam.gserviceaccount.com',
  private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  private_key_id: 'abc123',
  token_uri: 'https://oauth2.googleapis.com/token',
};

const verifies = (jwt: string): boolean => {
  const [h, c, s] = jwt.split('.');
  return createVerify('RSA-SHA256').update(`${h}.${c}`).verify(publicKey, Buffer.from(s!, 'base64url'));
};

describe("a service account's assertion", () => {
  const jwt = serviceAccountJwt(KEY, NDEV_CLOUDDNS_RW, 1_700_000_000);
  const [h, c] = jwt
    .split('.')
    .slice(0, 2)
    .map((p) => JSON.parse(Buffer.from(p, 'base64url').toString()) as unknown);

  it('is signed RS256 with the private key (its public half verifies it)', () => {
    expect(h).toEqual({ alg: 'RS256', typ: 'JWT', kid: 'abc123' });
    expect(verifies(jwt)).toBe(true);
  });

  it('claims the account, the scope, the token address and an hour', () => {
    expect(c).toEqual({
      iss: KEY.client_email,
      scope: 'https://www.googleapis.com/auth/ndev.clouddns.readwrite',
      aud: 'https://oauth2.googleapis.com/token',
      iat: 1_700_000_000,
      exp: 1_700_003_600,
    });
  });

  it('fails verification once a claim is changed', () => {
    const [hh, , s] = jwt.split('.');
    const forged = Buffer.from(JSON.stringify({ ...(c as object), scope: 'other' })).toString('base64url');
    expect(verifies(`${hh}.${forged}.${s}`)).toBe(false);
  });

  it('is sent as the jwt-bearer grant', () => {
    const form = new URLSearchParams(tokenRequestBody(jwt));
    expect(form.get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
    expect(form.get('assertion')).toBe(jwt);
  });
});
