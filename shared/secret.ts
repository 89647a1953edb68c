/**
 * A secret field (a token, a password, a webhook URL) holds either the value itself or a
 * reference to where the value lives, so a server can keep secrets out of settings.json:
 *
 *   "pass": { "env": "SMTP_PASS" }          an environment variable
 *   "pass": { "file": "/run/secrets/smtp" }  a file (Docker/systemd credentials); one trailing newline is dropped
 *
 * Only the shape lives here; the engine resolves references (it reads the environment and files).
 */
import { z } from 'zod';

export const secretRefSchema = z.union([
  z.strictObject({ env: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected an environment variable name') }),
  z.strictObject({ file: z.string().min(1, 'expected a file path') }),
]);
export type SecretRef = z.infer<typeof secretRefSchema>;

/** True for `{ "env": ... }` or `{ "file": ... }` objects (valid or not): what a reference looks like. */
export function looksLikeSecretRef(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 1 && (keys[0] === 'env' || keys[0] === 'file');
}

/** How a reference is named in messages: never the value, only where it comes from. */
export const describeSecretRef = (ref: SecretRef): string =>
  'env' in ref ? `environment variable ${ref.env}` : `file ${ref.file}`;
