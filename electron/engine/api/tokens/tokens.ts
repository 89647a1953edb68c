/**
 * electron/engine/api/tokens: the API tokens: the first token and the bearer header (auth.ts), the
 * tokens file the CLI writes (token-file.ts), and the runner's view of it (tokens.ts).
 *
 * The runner's view of the API tokens (token-file.ts): a bearer token is looked up by the SHA-256
 * of what was sent (one map lookup, no per-token compare), and answers the Principal it stands
 * for. The file is read again when it changes (the CLI's `ipwatch token ...` writes it while the
 * runner runs): polled every 2 s, and checked before each bearer token is looked up, so a token
 * just created works on its first request and a revoked one fails its very next (issue 58); open
 * event streams check it twice a second (streams.ts). That check is a stat
 * (inode, size, mtime: the CLI replaces the file by a rename, so a new file is a new inode); the
 * file is read only when it changed, so a scan of wrong tokens costs no read each. Changes seen in the
 * file go to the audit log as the CLI's. Last use is kept in memory and written at most once a
 * minute (and at close): no disk write per request.
 *
 * A token given in the settings (`api.token`, a value or a reference) is an admin token too,
 * named "api.token": it is managed there, not by the CLI.
 */
import { unwatchFile, watchFile } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';

import type { Reason } from '../../../../shared/reason';
import type { Clock } from '../../clock';
import { EventHub } from '../../events';
import type { Logger } from '../../logger';
import { inEnglish, reason } from '../../reason';
import type { Principal } from '../access/principal';
import {
  hashToken,
  readTokens,
  tokenMark,
  type StoredToken,
  TOKENS_FILE,
  tokensWithMigration,
  readTokensUsed,
  writeTokensUsed,
} from './token-file';

export const SETTINGS_TOKEN_ID = 'api.token';
/** A browser session signed in with a token is kept as `token:<id>`: it lasts while the token stands. */
export const TOKEN_SESSION = 'token:';
const POLL_MS = 2000;
const USED_SAVE_MS = 60_000;

export interface AuditWrite {
  (e: { actor: string; action: string; detail?: string | null; result: string; reason?: Reason }): void;
}

export interface TokenStore {
  /** The principal a bearer token stands for (its last use moved to now), or null. */
  verify(value: string): Promise<Principal | null>;
  /**
   * Whether the token with this id still stands with this role (and, given `hash`, still has the
   * value of that SHA-256: not rotated), the file read again first if it moved (one stat; callers
   * arriving together share it): a session made from a token and a bearer's event stream ask this.
   */
  stands(id: string, role: Principal['role'], hash?: string, session?: TokenSession): Promise<boolean>;
  /** The mark of the value the token with this id has now (token-file.ts tokenMark); null: no such token. */
  markOf(id: string): string | null;
  /**
   * Calls `listener` once a token has left the file or changed value or role (after `ended`):
   * open event streams are checked again (streams.ts). Returns what stops the calls.
   */
  onChange(listener: () => void): () => void;
  close(): Promise<void>;
}

export interface TokenStoreOptions {
  /** Null: no folder; only the settings' token works. */
  dataDir: string | null;
  /** The token `api.token` gives, if any. */
  settingsToken: string | null;
  /** Today's token from DATA_DIR/api-token (made there at first run): read only to migrate it. */
  legacy: () => Promise<string | null>;
  clock: Pick<Clock, 'now' | 'setTimeout' | 'clearTimeout'>;
  logger: Logger;
  audit?: AuditWrite;
  /** A token left the file, or its value or role changed: awaited before the new reading counts. */
  ended?: (t: StoredToken, why: EndedWhy) => Promise<void>;
}

export type EndedWhy = 'revoked' | 'rotated' | 'role changed';

/** What a browser session keeps of the token it was made from. */
export interface TokenSession {
  /** The mark of the token's value at the sign-in; absent in a session kept before marks. */
  mark?: string;
  /** When it signed in (epoch ms): a session without a mark stands only if the token is older. */
  signedInAt?: number;
}

/**
 * Pure: whether a session made from this token still has the token's value: its mark is the
 * token's mark, or (a session kept before marks) the token was made or rotated before it.
 */
export function sessionMatches(t: Pick<StoredToken, 'hash' | 'createdAt'>, s: TokenSession | undefined): boolean {
  if (s === undefined) return true;
  if (s.mark !== undefined) return s.mark === tokenMark(t.hash);
  return s.signedInAt !== undefined && t.createdAt <= s.signedInAt;
}

/** What tells one version of the file from another without reading it; null when it is absent. */
async function fileStamp(file: string): Promise<string | null> {
  try {
    const s = await stat(file, { bigint: true });
    return `${s.ino}:${s.size}:${s.mtimeNs}`;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/**
 * A check of the file that runs `read` only when its stamp moved since the last reading. One
 * check runs at a time; a caller arriving during one waits for the next (shared by all who
 * arrive meanwhile), so a file written just before the call is always seen. `read` answers
 * whether this version counts as read (false: try it again at the next check).
 */
export function changeCheck(file: string, first: string | null, read: () => Promise<boolean>): () => Promise<void> {
  let stamp = first;
  let running: Promise<void> | null = null;
  let next: Promise<void> | null = null;
  const run = async () => {
    try {
      const now = await fileStamp(file);
      if (now === stamp) return;
      // Stamped before the read: a write in between shows as a change at the next check, never lost.
      const was = stamp;
      stamp = now;
      if (!(await read())) stamp = was;
    } catch {
      // stat failed (not ENOENT): nothing is read; the next check tries again
    } finally {
      running = null;
    }
  };
  const check = (): Promise<void> => {
    if (running === null) return (running = run());
    return (next ??= running.then(() => {
      next = null;
      return check();
    }));
  };
  return check;
}

/** A token in an audit row as a code and its values, said in the reader's language (issue 75). */
export const tokenReason = (t: Pick<StoredToken, 'name' | 'role' | 'id'>): Reason =>
  reason('reason.audit.token', { name: t.name, role: t.role, id: t.id });

/** An audit row's detail of a token (its English, the API's) and its reason. */
export const tokenDetail = (t: Pick<StoredToken, 'name' | 'role' | 'id'>): { detail: string; reason: Reason } => ({
  detail: inEnglish(tokenReason(t)),
  reason: tokenReason(t),
});

/** Pure: what changed between two readings of the file, as audit rows. */
export function tokenChanges(
  before: StoredToken[],
  after: StoredToken[],
): ({ action: string } & ReturnType<typeof tokenDetail>)[] {
  const rows: ({ action: string } & ReturnType<typeof tokenDetail>)[] = [];
  const was = new Map(before.map((t) => [t.id, t]));
  for (const t of after) {
    const old = was.get(t.id);
    if (!old) rows.push({ action: 'token.create', ...tokenDetail(t) });
    else if (old.hash !== t.hash) rows.push({ action: 'token.rotate', ...tokenDetail(t) });
  }
  const now = new Set(after.map((t) => t.id));
  for (const t of before) if (!now.has(t.id)) rows.push({ action: 'token.revoke', ...tokenDetail(t) });
  return rows;
}

/** Pure: the tokens whose sessions must end between two readings (gone, new value, or new role). */
export function endedTokens(before: StoredToken[], after: StoredToken[]): { token: StoredToken; why: EndedWhy }[] {
  const now = new Map(after.map((t) => [t.id, t]));
  const rows: { token: StoredToken; why: EndedWhy }[] = [];
  for (const t of before) {
    const next = now.get(t.id);
    if (!next) rows.push({ token: t, why: 'revoked' });
    else if (next.hash !== t.hash) rows.push({ token: t, why: 'rotated' });
    else if (next.role !== t.role) rows.push({ token: t, why: 'role changed' });
  }
  return rows;
}

export async function createTokenStore(o: TokenStoreOptions): Promise<TokenStore> {
  const file = o.dataDir === null ? null : path.join(o.dataDir, TOKENS_FILE);
  // Stamped before the first read: a write in between shows as a change at the first check.
  const stamp = file === null ? null : await fileStamp(file).catch(() => null);
  let tokens: StoredToken[] = o.dataDir === null ? [] : await tokensWithMigration(o.dataDir, o.legacy, o.clock.now());
  let byHash = new Map(tokens.map((t) => [t.hash, t]));
  const settingsHash = o.settingsToken === null ? null : hashToken(o.settingsToken);
  const used: Record<string, number> = o.dataDir === null ? {} : await readTokensUsed(o.dataDir);
  let usedTimer: ReturnType<Clock['setTimeout']> | null = null;
  const changes = new EventHub<void>(o.logger);
  const reload =
    file === null
      ? async () => undefined
      : changeCheck(file, stamp, async () => {
          try {
            const next = await readTokens(o.dataDir!);
            o.logger.debug('the API tokens file changed; read again', { tokens: next?.length ?? null });
            if (next === null) return true; // removed by hand: the tokens kept in memory stand until it is back
            for (const r of tokenChanges(tokens, next))
              o.audit?.({ actor: 'cli (on this host)', ...r, result: 'applied' });
            const ended = endedTokens(tokens, next);
            tokens = next;
            byHash = new Map(tokens.map((t) => [t.hash, t]));
            for (const e of ended) await o.ended?.(e.token, e.why);
            if (ended.length) changes.emit();
            return true;
          } catch (err) {
            o.logger.warn('the API tokens file could not be read again; the tokens read before stay in force', {
              error: String(err),
            });
            // A damaged file (an error without a system code) is read again once it changes; a failed read at the next check.
            return (err as NodeJS.ErrnoException).code === undefined;
          }
        });
  if (file) watchFile(file, { interval: POLL_MS, persistent: false }, () => void reload());

  const saveUsed = async () => {
    if (usedTimer !== null) o.clock.clearTimeout(usedTimer);
    usedTimer = null;
    if (o.dataDir === null) return;
    await writeTokensUsed(o.dataDir, used).catch((err: unknown) =>
      o.logger.warn('could not keep the tokens’ last use', { error: String(err) }),
    );
  };
  const touch = (id: string) => {
    used[id] = o.clock.now();
    if (usedTimer === null && o.dataDir !== null) usedTimer = o.clock.setTimeout(() => void saveUsed(), USED_SAVE_MS);
  };

  return {
    async verify(value) {
      const hash = hashToken(value);
      if (settingsHash !== null && hash === settingsHash) {
        touch(SETTINGS_TOKEN_ID);
        return { role: 'admin', via: 'token', name: SETTINGS_TOKEN_ID, id: SETTINGS_TOKEN_ID };
      }
      // A stat first (the file read only if it moved): a token the CLI just revoked or rotated fails now.
      await reload();
      const t = byHash.get(hash);
      if (!t) return null;
      touch(t.id);
      return { role: t.role, via: 'token', name: t.name, id: t.id };
    },
    async stands(id, role, hash, session) {
      if (id === SETTINGS_TOKEN_ID)
        return (
          settingsHash !== null &&
          role === 'admin' &&
          (hash ?? settingsHash) === settingsHash &&
          (session?.mark === undefined || session.mark === tokenMark(settingsHash))
        );
      await reload();
      return tokens.some(
        (t) => t.id === id && t.role === role && (hash ?? t.hash) === t.hash && sessionMatches(t, session),
      );
    },
    markOf(id) {
      if (id === SETTINGS_TOKEN_ID) return settingsHash === null ? null : tokenMark(settingsHash);
      const t = tokens.find((x) => x.id === id);
      return t ? tokenMark(t.hash) : null;
    },
    onChange: (listener) => changes.on(listener),
    async close() {
      if (file) unwatchFile(file);
      if (usedTimer !== null) await saveUsed();
    },
  };
}
