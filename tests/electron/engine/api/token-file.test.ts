/** The token file's pure changes (create, revoke, rotate, find) and the runner's reading of them as audit rows. */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
} from '../../../../electron/engine/api/token-file';
import { tokenChanges } from '../../../../electron/engine/api/tokens';

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
    expect(tokenChanges(b.tokens, c.tokens)).toEqual([
      { action: 'token.rotate', detail: `a (admin, ${a.token.id})` },
      { action: 'token.create', detail: `c (metrics, ${c.token.id})` },
      { action: 'token.revoke', detail: `b (viewer, ${b.token.id})` },
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
