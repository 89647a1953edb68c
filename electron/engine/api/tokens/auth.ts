/**
 * The API's first token (given in the settings, by reference or not, or made at first run and
 * kept in DATA_DIR/api-token, mode 0600), which becomes the first admin token (token-file.ts),
 * and the bearer header. (The session cookie: cookies.ts; the sessions themselves: sessions.ts.)
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmod, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

import type { ApiSettings } from '../../../../shared/settings/api';
import { resolveSecretRefs, type SecretSource } from '../../secrets/resolve';
import { createFileAtomic } from '../../store/atomic-file';

export const TOKEN_FILE = 'api-token';

export interface ApiToken {
  value: string;
  /** Where it came from, for the log: never the value. */
  from: string;
}

/** The token from the settings, else from DATA_DIR/api-token, made there (0600) the first time. */
export async function loadApiToken(
  dataDir: string,
  setting: ApiSettings['token'],
  secrets: SecretSource,
): Promise<ApiToken> {
  if (typeof setting === 'string') return { value: setting, from: 'settings (api.token)' };
  if (setting) {
    const r = resolveSecretRefs({ token: setting }, secrets);
    if (!r.ok) throw new Error(`api.${r.reason}`);
    const value = String(r.value.token);
    if (value.length < 16) throw new Error('api.token: the referenced token is shorter than 16 characters');
    return { value, from: `api.token (${'env' in setting ? `environment variable ${setting.env}` : setting.file})` };
  }
  const file = path.join(dataDir, TOKEN_FILE);
  try {
    const value = (await readFile(file, 'utf8')).trim();
    if (value.length < 16)
      throw new Error(`${file}: the token is shorter than 16 characters; delete the file to get a new one`);
    if (process.platform !== 'win32' && ((await stat(file)).mode & 0o077) !== 0) await chmod(file, 0o600);
    return { value, from: file };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const value = randomBytes(32).toString('base64url');
  // Made only if absent, and whole when it appears: two processes never both make a token, and
  // the loser reads the winner's, never an empty file.
  await createFileAtomic(file, Buffer.from(`${value}\n`, 'utf8'));
  return { value: (await readFile(file, 'utf8')).trim(), from: `${file} (new)` };
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Constant time whatever the lengths: both sides are hashed to 32 bytes first. */
export const tokenMatches = (given: string, token: string): boolean => timingSafeEqual(digest(given), digest(token));

/** The bearer token of an Authorization header, or null. */
export function bearer(header: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return m ? m[1]! : null;
}
