/**
 * A Google service account's key and the access token it is exchanged for
 * (https://developers.google.com/identity/protocols/oauth2/service-account, "Preparing to make an
 * authorized API call"): the key's JSON read once, warily (its words never name a value of it), and
 * the token asked at the key's token_uri with the signed assertion (sign/google-jwt.ts), kept until
 * shortly before Google says it expires, counted on the monotonic clock (the wall clock only stamps
 * the assertion's iat and exp, as Google compares them with its own). ddns-updater asks a new token
 * for each update (internal/provider/providers/gcp/oauth2.go makes its client each time); a token is
 * kept here as Google's client libraries keep it.
 *
 *   POST {token_uri}  grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=<jwt>
 *     -> 200 {"access_token":"ya29...","expires_in":3599,"token_type":"Bearer"}
 *     -> 400 {"error":"invalid_grant","error_description":"Invalid JWT Signature."} (and the like)
 */
import { createPrivateKey } from 'node:crypto';

import type { DdnsOutcome } from '../../../../shared/settings/ddns';
import { reason, ReasonError } from '../../reason';
import { apiOutcome, isDdnsOutcome, type JsonCall, objectOf } from '../rest-record';
import { NDEV_CLOUDDNS_RW, type ServiceAccountKey, serviceAccountJwt, tokenRequestBody } from '../sign/google-jwt';
import type { DdnsDeps } from '../types';

/** Google's token address, when a key names none (golang.org/x/oauth2/google's default). */
export const GOOGLE_TOKEN_URI = 'https://oauth2.googleapis.com/token';

/**
 * A token is asked again this long before it expires (google-auth-library-nodejs's
 * eagerRefreshThresholdMillis), so a request never carries one that lapses on the way.
 */
export const EARLY_MS = 5 * 60_000;

const unreadable = (why: string): ReasonError =>
  new ReasonError(reason('reason.ddns.badSettings', { issues: `the service account key ${why}` }));

/**
 * The service account key in `text` (the JSON file Google hands out), or a throw in words that
 * never quote the key: JSON.parse's own message may hold a piece of the text, so it is not passed on.
 */
export function readServiceAccount(text: string): ServiceAccountKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw unreadable('is not JSON: paste the whole key file');
  }
  const o = objectOf(parsed);
  if (o.type !== 'service_account')
    throw unreadable(
      typeof o.type === 'string'
        ? `is of type ${JSON.stringify(o.type.slice(0, 40))}: IPWatch signs in with a service account key (type "service_account")`
        : 'has no type: paste the whole key file',
    );
  if (typeof o.client_email !== 'string' || !o.client_email.includes('@'))
    throw unreadable('has no client_email: paste the whole key file');
  if (typeof o.private_key !== 'string') throw unreadable('has no private_key: paste the whole key file');
  try {
    createPrivateKey(o.private_key);
  } catch {
    throw unreadable('has a private_key that is not a PEM private key');
  }
  const tokenUri = typeof o.token_uri === 'string' && o.token_uri !== '' ? o.token_uri : GOOGLE_TOKEN_URI;
  if (!/^https?:\/\//i.test(tokenUri)) throw unreadable('has a token_uri that is not a web address');
  return {
    client_email: o.client_email,
    private_key: o.private_key,
    token_uri: tokenUri,
    ...(typeof o.private_key_id === 'string' && o.private_key_id ? { private_key_id: o.private_key_id } : {}),
  };
}

export interface TokenKeeper {
  /** The access token, asked for when none is kept or it is about to expire (`fresh`: just asked), or the outcome. */
  get(call: JsonCall): Promise<{ token: string; fresh: boolean } | DdnsOutcome>;
  /** Drops the kept token (the API refused it: revoked, or it lapsed while the machine slept). */
  forget(): void;
}

export function googleTokens(
  key: ServiceAccountKey,
  clock: DdnsDeps['clock'],
  api: { provider: string; label: string },
): TokenKeeper {
  const monotonic = (): number => clock.monotonic?.() ?? performance.now();
  let kept: { token: string; until: number } | null = null;
  return {
    forget: () => void (kept = null),
    async get(call) {
      if (kept && monotonic() < kept.until) return { token: kept.token, fresh: false };
      kept = null;
      const asked = monotonic();
      const jwt = serviceAccountJwt(key, NDEV_CLOUDDNS_RW, Math.floor(clock.now() / 1000));
      const got = await call({
        method: 'POST',
        url: key.token_uri,
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: tokenRequestBody(jwt),
      });
      if (isDdnsOutcome(got)) return got;
      const o = objectOf(got);
      const { access_token: token, expires_in: seconds } = o;
      if (typeof token !== 'string' || token === '' || String(o.token_type).toLowerCase() !== 'bearer')
        return apiOutcome('retry', api, 'notApi');
      if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds * 1000 > EARLY_MS)
        kept = { token, until: asked + seconds * 1000 - EARLY_MS };
      return { token, fresh: true };
    },
  };
}
