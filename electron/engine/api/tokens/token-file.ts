/**
 * The API's scoped tokens on disk (issue 50): DATA_DIR/api-tokens.json (mode 0600, replaced
 * atomically) holds each token's id, name, role, creation time and only the SHA-256 of its
 * value. A token is 32 random bytes, so a fast hash is enough: nobody can guess a preimage of
 * 256 random bits, a slow hash (scrypt, argon2) only protects guessable secrets such as
 * passwords, and it would cost every API request its delay. Last use is kept apart in
 * api-tokens-used.json, written by the runner at most once a minute, so the CLI and the runner
 * never write the same file: the CLI writes api-tokens.json (create, revoke, rotate), the runner
 * reads it again when it changes.
 *
 * Today's token (DATA_DIR/api-token, made at first run) becomes the first admin token, named
 * "admin", the first time either reads the folder after the upgrade; that file stays, so the
 * sign-in page's words still hold, until that token is rotated or revoked.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFile, unlink } from 'node:fs/promises';
import path from 'node:path';

import lockfile from 'proper-lockfile';
import * as z from 'zod/mini';

import { writeFileAtomic } from '../../store/atomic-file';
import { type Role, ROLES } from '../access/principal';

export const TOKENS_FILE = 'api-tokens.json';
export const TOKENS_USED_FILE = 'api-tokens-used.json';
export const TOKENS_LOCK = 'api-tokens.lock';
/** The migrated token's name. */
export const FIRST_ADMIN = 'admin';

export const tokenNameSchema = z
  .string()
  .check(
    z.regex(
      /^[A-Za-z0-9][\w.-]{0,63}$/,
      'a name is 1-64 letters, digits, ".", "_" or "-", starting with a letter or digit',
    ),
  );

const storedTokenSchema = z.object({
  id: z.string().check(z.regex(/^t[0-9a-f]{10}$/)),
  name: tokenNameSchema,
  role: z.enum(ROLES),
  createdAt: z.number().check(z.int()),
  hash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  /** Set on the migrated token while DATA_DIR/api-token still holds its value. */
  legacyFile: z.optional(z.boolean()),
});
export type StoredToken = z.infer<typeof storedTokenSchema>;
const fileSchema = z.object({ version: z.literal(1), tokens: z.array(storedTokenSchema) });
const usedSchema = z.record(z.string(), z.number());

export const hashToken = (value: string): string => createHash('sha256').update(value).digest('hex');
/**
 * What a browser session made from a token keeps of that token's value (sessions.ts): 64 bits of
 * a digest of its hash, so a rotation, even one made while the runner was stopped, ends the
 * sessions (tokens.ts stands) and the sessions file holds nothing that verifies a token.
 */
export const tokenMark = (hash: string): string =>
  createHash('sha256').update(`ipwatch session mark 1\n${hash}`).digest('hex').slice(0, 16);
/** A new token's value: 32 random bytes, with a prefix secret scanners can recognise. */
export const newTokenValue = (): string => `ipw_${randomBytes(32).toString('base64url')}`;
const newId = () => `t${randomBytes(5).toString('hex')}`;

/** The tokens file, or null when it does not exist yet. A damaged file is an error, never read as empty. */
export async function readTokens(dataDir: string): Promise<StoredToken[] | null> {
  const file = path.join(dataDir, TOKENS_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  try {
    return fileSchema.parse(JSON.parse(text)).tokens;
  } catch (err) {
    throw new Error(`${file} cannot be read (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`, {
      cause: err,
    });
  }
}

export const writeTokens = (dataDir: string, tokens: StoredToken[]): Promise<void> =>
  writeFileAtomic(path.join(dataDir, TOKENS_FILE), Buffer.from(`${JSON.stringify({ version: 1, tokens }, null, 2)}\n`));

/**
 * The tokens, migrating the first time: the value of today's token (loaded by the caller from
 * DATA_DIR/api-token, or made there) becomes the admin token "admin"; null (the settings give
 * the token, which stays theirs) starts with none. The migration runs under the tokens lock and
 * reads the file again inside it, so a runner and a CLI starting together migrate once: one
 * admin token, one file. `held`: the caller holds the lock already (a CLI change).
 */
export async function tokensWithMigration(
  dataDir: string,
  legacy: () => Promise<string | null>,
  now: number,
  held = false,
): Promise<StoredToken[]> {
  const kept = await readTokens(dataDir);
  if (kept) return kept;
  const migrate = async () => {
    const meanwhile = await readTokens(dataDir);
    if (meanwhile) return meanwhile;
    const value = await legacy();
    const first: StoredToken[] =
      value === null
        ? []
        : [{ id: newId(), name: FIRST_ADMIN, role: 'admin', createdAt: now, hash: hashToken(value), legacyFile: true }];
    await writeTokens(dataDir, first);
    return first;
  };
  return held ? migrate() : withTokensLock(dataDir, migrate);
}

export async function readTokensUsed(dataDir: string): Promise<Record<string, number>> {
  try {
    const r = usedSchema.safeParse(JSON.parse(await readFile(path.join(dataDir, TOKENS_USED_FILE), 'utf8')));
    return r.success ? r.data : {};
  } catch {
    return {}; // absent or damaged: last use is not known, which the list says
  }
}

export const writeTokensUsed = (dataDir: string, used: Record<string, number>): Promise<void> =>
  writeFileAtomic(path.join(dataDir, TOKENS_USED_FILE), Buffer.from(JSON.stringify(used)));

/** Pure: the token a name or id names, or why none. */
export function findToken(tokens: StoredToken[], which: string): StoredToken | string {
  const t = tokens.find((x) => x.id === which) ?? tokens.find((x) => x.name === which);
  if (t) return t;
  const known = tokens.map((x) => `${x.name} (${x.id})`).join(', ') || 'none';
  return `no token "${which}"; the tokens are: ${known}`;
}

export type TokenChange =
  { ok: true; tokens: StoredToken[]; token: StoredToken; value?: string } | { ok: false; error: string };

/** Pure apart from the random value: a new token, unless the name is taken. */
export function createToken(tokens: StoredToken[], name: string, role: Role, now: number): TokenChange {
  const n = tokenNameSchema.safeParse(name);
  if (!n.success) return { ok: false, error: `bad token name "${name}": ${n.error.issues[0]!.message}` };
  if (tokens.some((t) => t.name === name))
    return { ok: false, error: `a token named "${name}" exists; revoke or rotate it, or choose another name` };
  const value = newTokenValue();
  const token: StoredToken = { id: newId(), name, role, createdAt: now, hash: hashToken(value) };
  return { ok: true, tokens: [...tokens, token], token, value };
}

export function revokeToken(tokens: StoredToken[], which: string): TokenChange {
  const t = findToken(tokens, which);
  if (typeof t === 'string') return { ok: false, error: t };
  return { ok: true, tokens: tokens.filter((x) => x.id !== t.id), token: t };
}

/** A new value for the same id, name and role; the old value stops working. */
export function rotateToken(tokens: StoredToken[], which: string, now: number): TokenChange {
  const t = findToken(tokens, which);
  if (typeof t === 'string') return { ok: false, error: t };
  const value = newTokenValue();
  const token: StoredToken = { id: t.id, name: t.name, role: t.role, createdAt: now, hash: hashToken(value) };
  return { ok: true, tokens: tokens.map((x) => (x.id === t.id ? token : x)), token, value };
}

/** Once the migrated token is rotated or revoked, the plaintext copy of its old value goes too. */
export async function dropLegacyFile(dataDir: string, before: StoredToken): Promise<void> {
  if (!before.legacyFile) return;
  await unlink(path.join(dataDir, 'api-token')).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'ENOENT') throw err;
  });
}

/**
 * Runs a read-change-write of the tokens file alone: two `ipwatch token create` at once both
 * land (proper-lockfile, as the data folder's lock; a lock left by a killed CLI is stale after 10 s).
 */
export async function withTokensLock<T>(dataDir: string, fn: () => Promise<T>): Promise<T> {
  // Keyed by the tokens file, not the folder: proper-lockfile keeps one lock per path in a
  // process, and the runner holds the folder's own lock (data-lock.ts) while it migrates; locking
  // the folder again here replaced that entry and left ipwatch.lock behind at exit.
  const release = await lockfile.lock(path.join(dataDir, TOKENS_FILE), {
    lockfilePath: path.join(dataDir, TOKENS_LOCK),
    realpath: false,
    stale: 10_000,
    retries: { retries: 40, minTimeout: 25, maxTimeout: 250 },
  });
  try {
    return await fn();
  } finally {
    await release();
  }
}
