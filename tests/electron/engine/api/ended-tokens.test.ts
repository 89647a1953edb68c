/**
 * endedTokens (issue 50): which tokens' browser sessions end between two readings of the tokens
 * file: a token gone (revoked), with a new value (rotated) or a new role; a new token or one that
 * did not change ends nothing.
 */
import { describe, expect, it } from 'vitest';

import { type StoredToken, tokenMark } from '../../../../electron/engine/api/tokens/token-file';
import {
  createTokenStore,
  endedTokens,
  SETTINGS_TOKEN_ID,
  sessionMatches,
} from '../../../../electron/engine/api/tokens/tokens';
import { systemClock } from '../../../../electron/engine/clock';
import { createLogger } from '../../../../electron/engine/logger';

const t = (id: string, hash: string, role: StoredToken['role'] = 'admin'): StoredToken => ({
  id,
  name: `n-${id}`,
  role,
  hash,
  createdAt: 0,
});

describe('endedTokens', () => {
  it.each([
    ['nothing changed', [t('a', 'h1')], [t('a', 'h1')], []],
    ['a token created', [t('a', 'h1')], [t('a', 'h1'), t('b', 'h2')], []],
    ['a token revoked', [t('a', 'h1'), t('b', 'h2')], [t('b', 'h2')], ['a revoked']],
    ['a token rotated', [t('a', 'h1')], [t('a', 'h9')], ['a rotated']],
    ['a role changed', [t('a', 'h1', 'admin')], [t('a', 'h1', 'viewer')], ['a role changed']],
    ['the file emptied', [t('a', 'h1'), t('b', 'h2', 'metrics')], [], ['a revoked', 'b revoked']],
  ] as const)('%s', (_what, before, after, ended) => {
    expect(endedTokens([...before], [...after]).map((e) => `${e.token.id} ${e.why}`)).toEqual(ended);
  });
});

describe('sessionMatches: does a session made from this token still have its value?', () => {
  const h1 = 'a'.repeat(64);
  const h2 = 'b'.repeat(64);
  const token = { hash: h1, createdAt: 1000 };
  it.each([
    ['no session facts (a bearer token)', undefined, true],
    ['the mark of the token’s value', { mark: tokenMark(h1), signedInAt: 0 }, true],
    ['the mark of another value (rotated)', { mark: tokenMark(h2), signedInAt: 5000 }, false],
    ['no mark, signed in after the token was made', { signedInAt: 1000 }, true],
    ['no mark, signed in before a rotation', { signedInAt: 999 }, false],
    ['no mark and no time', {}, false],
  ])('%s', (_, session, stands) => {
    expect(sessionMatches(token, session)).toBe(stands);
  });
  it('keeps 16 hex digits, never the hash', () => {
    expect(tokenMark(h1)).toMatch(/^[0-9a-f]{16}$/);
    expect(h1).not.toContain(tokenMark(h1));
  });
});

describe('a session of the api.token setting', () => {
  const logger = createLogger('test', { level: 'error', sink: () => undefined });
  const store = (settingsToken: string) =>
    createTokenStore({ dataDir: null, settingsToken, legacy: async () => null, clock: systemClock, logger });
  it('stands while api.token holds the value it signed in with, and ends with a new value', async () => {
    const before = await store('the-first-value-0123456789');
    const after = await store('a-new-value-9876543210');
    const mark = before.markOf(SETTINGS_TOKEN_ID)!;
    expect(await before.stands(SETTINGS_TOKEN_ID, 'admin', undefined, { mark })).toBe(true);
    expect(await after.stands(SETTINGS_TOKEN_ID, 'admin', undefined, { mark })).toBe(false);
  });
});
