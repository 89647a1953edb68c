import { describe, expect, it } from 'vitest';

import { standardSecretProblem } from '../../../electron/engine/notify/channels/webhook-signing';
import { newWebhookSecret, WEBHOOK_SECRET_BYTES } from '../../../shared/settings/webhook-secret';

describe("a webhook's signing secret made by the page", () => {
  it('is in the form the engine signs with: whsec_ and the base64 of 32 random bytes', () => {
    const secret = newWebhookSecret();
    expect(standardSecretProblem(secret)).toBeNull();
    expect(Buffer.from(secret.slice('whsec_'.length), 'base64')).toHaveLength(WEBHOOK_SECRET_BYTES);
  });

  it('takes its bytes from the random source given, all of them', () => {
    const fill = (b: Uint8Array) => b.map((_, i) => i * 7 + 1);
    const expected = Buffer.from(Array.from({ length: 32 }, (_, i) => i * 7 + 1)).toString('base64');
    expect(newWebhookSecret(fill)).toBe(`whsec_${expected}`);
  });

  it('differs every time (Web Crypto)', () => {
    const made = new Set(Array.from({ length: 50 }, () => newWebhookSecret()));
    expect(made.size).toBe(50);
  });
});
