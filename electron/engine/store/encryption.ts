/**
 * Optional encryption at rest: AES-256-GCM over the whole database file.
 *
 * Layout: MAGIC(8) | keyCheck(8) | iv(12) | tag(16) | ciphertext.
 * The key check (an HMAC of a constant) tells "wrong key" apart from "damaged file":
 * GCM alone fails the same way for both, and only the second may trigger recovery,
 * which moves the file aside. A wrong key must leave the file exactly where it is.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const MAGIC = Buffer.from('IPWENC01', 'ascii');
const HEADER = MAGIC.length + 8 + 12 + 16;

export class WrongKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WrongKeyError';
  }
}

export const isEncrypted = (bytes: Uint8Array): boolean =>
  bytes.length >= MAGIC.length && Buffer.from(bytes.subarray(0, MAGIC.length)).equals(MAGIC);

const keyCheck = (key: Buffer) => createHmac('sha256', key).update('ipwatch history key check').digest().subarray(0, 8);

export function assertKey(key: Buffer): void {
  if (key.length !== 32) throw new WrongKeyError(`history key must be 32 bytes (AES-256), got ${key.length}`);
}

export function encrypt(plain: Uint8Array, key: Buffer): Buffer {
  assertKey(key);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([MAGIC, keyCheck(key), iv, cipher.getAuthTag(), body]);
}

/**
 * Decrypts a file written by `encrypt`. Throws WrongKeyError when the key does not match
 * (file untouched by the caller) and a plain Error when the file is damaged.
 */
export function decrypt(file: Uint8Array, key: Buffer | null): Buffer {
  if (!key)
    throw new WrongKeyError(
      'history file is encrypted but no key was given (set IPWATCH_DB_KEY or unlock the keychain)',
    );
  assertKey(key);
  if (file.length < HEADER) throw new Error('encrypted history file is truncated');
  const buf = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  const check = buf.subarray(MAGIC.length, MAGIC.length + 8);
  if (!timingSafeEqual(check, keyCheck(key))) throw new WrongKeyError('history file is encrypted with a different key');
  const iv = buf.subarray(MAGIC.length + 8, MAGIC.length + 20);
  const tag = buf.subarray(MAGIC.length + 20, HEADER);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(buf.subarray(HEADER)), decipher.final()]);
  } catch {
    throw new Error('encrypted history file is damaged (authentication failed)');
  }
}

/**
 * Reads a key from text such as IPWATCH_DB_KEY: 64 hex digits or base64 of 32 bytes.
 * Returns null for empty text; throws with a clear message for anything else.
 */
export function parseKey(text: string | undefined): Buffer | null {
  const t = text?.trim();
  if (!t) return null;
  const key = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (key.length !== 32) throw new WrongKeyError('IPWATCH_DB_KEY must be 32 bytes as 64 hex digits or base64');
  return key;
}
