/**
 * A Google service account's OAuth 2.0 assertion (https://developers.google.com/identity/protocols/oauth2/service-account,
 * "Preparing to make an authorized API call" / "Creating a JWT"; RFC 7523 jwt-bearer grant): a JWT
 * with header {"alg":"RS256","typ":"JWT"} (and the key's id as `kid`), claims iss (the account's
 * client_email), scope, aud (its token_uri), iat and exp (at most an hour after iat), signed
 * RS256 with the account's private_key, exchanged at token_uri with
 * grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=<jwt>. ddns-updater's gcp
 * provider reaches the same through golang.org/x/oauth2/google. Node's crypto only. Pure. The gcp
 * provider (providers/gcp.ts) exchanges it for its access token.
 */
import { createSign } from 'node:crypto';

export interface ServiceAccountKey {
  client_email: string;
  private_key: string;
  private_key_id?: string;
  token_uri: string;
}

export const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
/** Cloud DNS's read-write scope. */
export const NDEV_CLOUDDNS_RW = 'https://www.googleapis.com/auth/ndev.clouddns.readwrite';

const b64url = (b: Buffer | string): string => Buffer.from(b).toString('base64url');

/** The signed assertion for `key` asking `scope`, made at `nowSec` (epoch seconds), valid an hour (Google's most). */
export function serviceAccountJwt(key: ServiceAccountKey, scope: string, nowSec: number): string {
  const header = { alg: 'RS256', typ: 'JWT', ...(key.private_key_id ? { kid: key.private_key_id } : {}) };
  const claims = { iss: key.client_email, scope, aud: key.token_uri, iat: nowSec, exp: nowSec + 3600 };
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
  const signature = createSign('RSA-SHA256').update(input).sign(key.private_key);
  return `${input}.${b64url(signature)}`;
}

/** The token request's form body for `jwt`. */
export const tokenRequestBody = (jwt: string): string =>
  new URLSearchParams({ grant_type: JWT_BEARER, assertion: jwt }).toString();
