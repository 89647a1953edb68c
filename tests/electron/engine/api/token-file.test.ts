/**
 * The token file's pure changes (create, revoke, rotate, find), the runner's reading of them as
 * audit rows, the first migration under the tokens lock, and the store reading the file again
 * only when it changed.
 */
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  createToken,
  findToken,
  hashToken,
  readTokens,
  revokeToken,
  rotateToken,
  type StoredToken,
  TOKENS_FILE,
  tokensWithMigration,
  withTokensLock,
  writeTokens,
} from '../../../../electron/engine/api/tokens/token-file';
import { createTokenStore, tokenChanges } from '../../../../electron/engine/api/tokens/tokens';
import { createLogger, type LogRecord } from '../../../../electron/engine/logger';
import { acquireDataLock, LOCK_FILE } from '../../../../electron/engine/store/data-lock';
import { FakeClock } from '../../../helpers/fake-clock';

const made = (r: ReturnType<typeof createToken>) => {
  if (!r.ok) throw new Error(r.error);
  return r;
};

describe('token changes', () => {
  it('creates a token shown once, kept as its SHA-256 only', () => {
    const r = made(createToken([], 'grafana', 'viewer', 1000));
    expect(r.value).toMatch(/^ipw_[\w-]{43}$/);
    expect(r.token).toMatchObject({ name: 'grafana', role: 'viewer', createdAt: 1000, hash: hashToken(r.value!) });
    expect(JSON.stringify(r.tokens)).not.toContain(r.value);
  });

  it.each([
    ['', /bad token name ""/],
    ['has space', /bad token name "has space"/],
    ['-dash-first', /starting with a letter or digit/],
    ['x'.repeat(65), /1-64/],
  ])('refuses the name %j', (name, words) => {
    const r = createToken([], name, 'admin', 0);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(words);
  });

  it('refuses a name already taken, saying what to do', () => {
    const { tokens } = made(createToken([], 'grafana', 'viewer', 0));
    const again = createToken(tokens, 'grafana', 'metrics', 0);
    expect(again).toEqual({
      ok: false,
      error: expect.stringMatching(/a token named "grafana" exists; revoke or rotate/),
    });
  });

  it('finds by id or name, or says which exist', () => {
    const { tokens, token } = made(createToken([], 'grafana', 'viewer', 0));
    expect(findToken(tokens, token.id)).toBe(token);
    expect(findToken(tokens, 'grafana')).toBe(token);
    expect(findToken(tokens, 'nope')).toBe(`no token "nope"; the tokens are: grafana (${token.id})`);
    expect(findToken([], 'nope')).toBe('no token "nope"; the tokens are: none');
  });

  it('rotates to a new value under the same id, name and role; revokes by name', () => {
    const first = made(createToken([], 'ha', 'viewer', 0));
    const rotated = rotateToken(first.tokens, 'ha', 5000);
    if (!rotated.ok) throw new Error(rotated.error);
    expect(rotated.token).toMatchObject({ id: first.token.id, name: 'ha', role: 'viewer', createdAt: 5000 });
    expect(rotated.token.hash).toBe(hashToken(rotated.value!));
    expect(rotated.token.hash).not.toBe(first.token.hash);
    const gone = revokeToken(rotated.tokens, first.token.id);
    expect(gone.ok && gone.tokens).toEqual([]);
    expect(revokeToken([], 'ha')).toEqual({ ok: false, error: 'no token "ha"; the tokens are: none' });
  });

  it('reads as audit rows what changed between two readings of the file', () => {
    const a = made(createToken([], 'a', 'admin', 0));
    const b = made(createToken(a.tokens, 'b', 'viewer', 0));
    const rotated = rotateToken(b.tokens, 'a', 0);
    if (!rotated.ok) throw new Error();
    const after = (revokeToken(rotated.tokens, 'b') as { tokens: StoredToken[] }).tokens;
    const c = made(createToken(after, 'c', 'metrics', 0));
    const coded = (name: string, role: string, id: string) => ({
      detail: `${name} (${role}, ${id})`,
      reason: { code: 'reason.audit.token', values: { name, role, id } },
    });
    expect(tokenChanges(b.tokens, c.tokens)).toEqual([
      { action: 'token.rotate', ...coded('a', 'admin', a.token.id) },
      { action: 'token.create', ...coded('c', 'metrics', c.token.id) },
      { action: 'token.revoke', ...coded('b', 'viewer', b.token.id) },
    ]);
  });
});

describe('the tokens file', () => {
  it("migrates today's token into the first admin token, once; mode 0600, no value in it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ipwatch-tokens-'));
    let asked = 0;
    const legacy = async () => (asked++, 'the-old-token-value-123');
    const tokens = await tokensWithMigration(dir, legacy, 42);
    expect(tokens).toEqual([
      expect.objectContaining({
        name: 'admin',
        role: 'admin',
        createdAt: 42,
        hash: hashToken('the-old-token-value-123'),
      }),
    ]);
    const file = path.join(dir, TOKENS_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).not.toContain('the-old-token-value-123');
    expect(await tokensWithMigration(dir, legacy, 99)).toEqual(tokens);
    expect(asked).toBe(1);
  });

  it('refuses a damaged file, naming it, instead of reading it as no tokens', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ipwatch-tokens-'));
    writeFileSync(path.join(dir, TOKENS_FILE), '{"version":1,"tokens":[{"id":"x"}]}');
    await expect(readTokens(dir)).rejects.toThrow(/api-tokens\.json cannot be read/);
  });
});

describe('the first migration, by two processes starting at once', () => {
  it('ends with exactly one admin token and a valid file, whichever runs first', async () => {
    for (let round = 0; round < 5; round++) {
      const dir = mkdtempSync(path.join(tmpdir(), 'ipwatch-tokens-race-'));
      let asked = 0;
      // Each reads today's token slowly, so an unlocked migration would interleave (and did).
      const legacy = async () => {
        asked++;
        await new Promise((r) => setImmediate(r));
        return 'the-old-token-value-123';
      };
      const results = await Promise.all(Array.from({ length: 4 }, () => tokensWithMigration(dir, legacy, 42)));
      const kept = await readTokens(dir);
      expect(kept).toHaveLength(1);
      expect(kept![0]).toMatchObject({ name: 'admin', role: 'admin', hash: hashToken('the-old-token-value-123') });
      for (const r of results) expect(r).toEqual(kept);
      expect(asked).toBe(1);
    }
  });

  it('a CLI change holding the lock migrates without taking it again', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ipwatch-tokens-held-'));
    const tokens = await withTokensLock(dir, () =>
      tokensWithMigration(dir, async () => 'another-old-value-456', 1, true),
    );
    expect(tokens.map((t) => t.name)).toEqual(['admin']);
  });
});

describe("the runner's token store", () => {
  const setup = async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ipwatch-tokens-store-'));
    const first = createToken([], 'grafana', 'viewer', 0);
    if (!first.ok) throw new Error(first.error);
    await writeTokens(dir, first.tokens);
    const logs: LogRecord[] = [];
    const logger = createLogger('test', { level: 'debug', sink: (r) => logs.push(r) });
    const store = await createTokenStore({
      dataDir: dir,
      settingsToken: null,
      legacy: async () => null,
      clock: new FakeClock(),
      logger,
    });
    const reads = () => logs.filter((l) => l.message === 'the API tokens file changed; read again').length;
    return { dir, store, first, reads, logs };
  };

  it('reads the file again only when it changed: a scan of wrong tokens costs no read each', async () => {
    const { store, first, reads } = await setup();
    try {
      expect(await store.verify(first.value!)).toMatchObject({ role: 'viewer', name: 'grafana' });
      for (let i = 0; i < 50; i++) expect(await store.verify(`ipw_wrong-${i}`)).toBeNull();
      // 50 at once share the checks: still no read
      expect(await Promise.all(Array.from({ length: 50 }, (_, i) => store.verify(`x${i}`)))).toEqual(
        Array(50).fill(null),
      );
      expect(reads()).toBe(0);
    } finally {
      await store.close();
    }
  });

  it("takes a token written by the CLI's way (a new file renamed in) at its first request, reading once", async () => {
    const { dir, store, first, reads, logs } = await setup();
    try {
      const next = await withTokensLock(dir, async () => {
        const change = createToken((await readTokens(dir))!, 'ha', 'metrics', 5);
        if (!change.ok) throw new Error(change.error);
        await writeTokens(dir, change.tokens);
        return change;
      });
      expect(await store.verify(next.value!)).toMatchObject({ role: 'metrics', name: 'ha', id: next.token.id });
      expect(await store.verify(first.value!)).toMatchObject({ role: 'viewer' });
      expect(await store.verify('ipw_still-wrong')).toBeNull();
      expect(reads()).toBe(1);
      expect(logs.filter((l) => l.level === 'warn')).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('reads a damaged file once per change, warning once, and keeps the tokens read before', async () => {
    const { dir, store, first, logs } = await setup();
    try {
      writeFileSync(path.join(dir, TOKENS_FILE), '{"version":1,"tokens":[{"id":"x"}]}');
      for (let i = 0; i < 10; i++) expect(await store.verify(`ipw_wrong-${i}`)).toBeNull();
      expect(logs.filter((l) => l.level === 'warn').map((l) => l.message)).toEqual([
        'the API tokens file could not be read again; the tokens read before stay in force',
      ]);
      expect(await store.verify(first.value!)).toMatchObject({ role: 'viewer' });
    } finally {
      await store.close();
    }
  });
});

describe("the tokens lock beside the data folder's own", () => {
  it("leaves the folder's lock held while it runs, and free once the runner lets it go", async () => {
    // The runner migrates the token under the tokens lock while it holds the data folder's lock;
    // proper-lockfile keeps one lock per path, so the two must not share one.
    const dir = mkdtempSync(path.join(tmpdir(), 'ipwatch-tokens-lock-'));
    const folder = await acquireDataLock(dir, {
      logger: createLogger('test', { level: 'error', sink: () => {} }),
      role: 'monitor',
    });
    await withTokensLock(dir, async () => expect(existsSync(path.join(dir, LOCK_FILE))).toBe(true));
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(true);
    await folder.release();
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });
});
