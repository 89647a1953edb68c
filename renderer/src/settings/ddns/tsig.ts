/**
 * A new TSIG secret for an RFC 2136 record, made where the form is (the page's Generate button):
 * the base64 of 32 random bytes, the size of an hmac-sha256 key, as `keymgr -t` and
 * `tsig-keygen` make one. Web Crypto, so it runs in a browser and in the app. The server needs
 * the same key: the lines for Knot's and BIND's configuration say it in their own words. Pure
 * apart from the random bytes, which a test may give.
 */
import type { RandomFill } from '../../../../shared/settings/webhook-secret';

export const TSIG_SECRET_BYTES = 32;

const cryptoFill: RandomFill = (bytes) => globalThis.crypto.getRandomValues(bytes);

export function newTsigSecret(fill: RandomFill = cryptoFill): string {
  const bytes = fill(new Uint8Array(TSIG_SECRET_BYTES));
  return btoa(String.fromCharCode(...bytes));
}

/** A key name as the servers' configuration takes it (no quotes or spaces); a placeholder when empty. */
const keyId = (name: string): string => name.trim().replace(/\.$/, '') || 'ipwatch-key';

/**
 * The key as the servers' configuration wants it: Knot's `key:` section (as `keymgr -t` prints
 * it, for knot.conf) and BIND's `key` statement (as `tsig-keygen` prints it, for named.conf).
 */
export function tsigKeyLines(name: string, secret: string, algorithm = 'hmac-sha256'): { knot: string; bind: string } {
  const id = keyId(name);
  return {
    knot: `# ${algorithm}:${id}:${secret}\nkey:\n  - id: ${id}\n    algorithm: ${algorithm}\n    secret: ${secret}`,
    bind: `key "${id}" {\n\talgorithm ${algorithm};\n\tsecret "${secret}";\n};`,
  };
}
