/**
 * A new signing secret for a webhook channel, made where the form is (the page's Generate
 * button), in the form the engine signs with (electron/engine/notify/channels/webhook-signing.ts):
 * Standard Webhooks' `whsec_` and the padded base64 of 32 random bytes (256 bits, within the 24
 * to 64 bytes the scheme takes). Web Crypto, so the same code runs in a browser and in Node. Pure
 * apart from the random bytes, which a test may give.
 */
export const WEBHOOK_SECRET_PREFIX = 'whsec_';
export const WEBHOOK_SECRET_BYTES = 32;

export type RandomFill = (bytes: Uint8Array) => Uint8Array;

const cryptoFill: RandomFill = (bytes) => globalThis.crypto.getRandomValues(bytes);

export function newWebhookSecret(fill: RandomFill = cryptoFill): string {
  const bytes = fill(new Uint8Array(WEBHOOK_SECRET_BYTES));
  return `${WEBHOOK_SECRET_PREFIX}${btoa(String.fromCharCode(...bytes))}`;
}
