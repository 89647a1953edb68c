/**
 * How the generic webhook signs its requests, pure apart from the random secret.
 *
 * `standard` follows Standard Webhooks 1.0 (github.com/standard-webhooks/standard-webhooks,
 * spec/standard-webhooks.md): headers `webhook-id` (the idempotency key: the same on every
 * retry, no "."), `webhook-timestamp` (this attempt, Unix seconds) and `webhook-signature`
 * (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body`), keyed with the secret `whsec_` + base64
 * of 24 to 64 random bytes. Receivers verify with the `standardwebhooks` package, which also
 * refuses a timestamp more than five minutes off, so a captured request cannot be replayed.
 *
 * `github` is the older scheme: `sha256=` + hex HMAC-SHA256 of the body alone, keyed with the
 * secret's text, in `X-Hub-Signature-256` (GitHub's name) and `X-IPWatch-Signature` (the name
 * IPWatch used before). It signs no time, so a captured request stays valid for ever.
 */
import { createHmac, randomBytes } from 'node:crypto';

import { WEBHOOK_SIGNATURES } from '../../../../shared/settings/channel-options';

/** The schemes, as the webhook's options (shared/settings/channel-options.ts) name them. */
export const SIGNATURES = WEBHOOK_SIGNATURES;
export type SignatureScheme = (typeof SIGNATURES)[number];

export const SECRET_PREFIX = 'whsec_';
const MIN_KEY_BYTES = 24;
const MAX_KEY_BYTES = 64;
/** Padded standard base64, as the standardwebhooks package (@stablelib/base64) decodes it. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const MAKE_ONE = 'make one with: npm run headless -- webhook-secret';

/** A new secret: `whsec_` and the base64 of 32 random bytes. */
export const newStandardSecret = (): string => `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`;

/** Why a Standard Webhooks secret cannot be used, or null when it can. */
export function standardSecretProblem(secret: string): string | null {
  if (!secret.startsWith(SECRET_PREFIX))
    return (
      `expected a Standard Webhooks secret, "${SECRET_PREFIX}" and base64 (${MAKE_ONE}); ` +
      'or set signature: "github" to keep the old sha256= signature with this secret'
    );
  const b64 = secret.slice(SECRET_PREFIX.length);
  if (!BASE64.test(b64)) return `the part after "${SECRET_PREFIX}" is not padded base64 (${MAKE_ONE})`;
  const bytes = Buffer.from(b64, 'base64').length;
  if (bytes < MIN_KEY_BYTES || bytes > MAX_KEY_BYTES)
    return `the key is ${bytes} bytes; Standard Webhooks wants ${MIN_KEY_BYTES} to ${MAX_KEY_BYTES} (${MAKE_ONE})`;
  return null;
}

/** `v1,<base64 HMAC-SHA256 of id.timestamp.body>` with the key the secret encodes. */
export function standardSignature(secret: string, id: string, timestampSec: number, body: string): string {
  const key = Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestampSec}.${body}`).digest('base64')}`;
}

export const githubSignature = (secret: string, body: string): string =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/** The signature headers of one attempt. */
export function signatureHeaders(
  scheme: SignatureScheme,
  secret: string,
  id: string,
  nowMs: number,
  body: string,
): Record<string, string> {
  if (scheme === 'github') {
    const sig = githubSignature(secret, body);
    return { 'x-hub-signature-256': sig, 'x-ipwatch-signature': sig };
  }
  const ts = Math.floor(nowMs / 1000);
  return {
    'webhook-id': id,
    'webhook-timestamp': String(ts),
    'webhook-signature': standardSignature(secret, id, ts, body),
  };
}
