/**
 * endedTokens (issue 50): which tokens' browser sessions end between two readings of the tokens
 * file: a token gone (revoked), with a new value (rotated) or a new role; a new token or one that
 * did not change ends nothing.
 */
import { describe, expect, it } from 'vitest';

import type { StoredToken } from '../../../../electron/engine/api/token-file';
import { endedTokens } from '../../../../electron/engine/api/tokens';

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
