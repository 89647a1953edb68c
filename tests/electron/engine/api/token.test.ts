import { mkdtempSync, statSync, writeFileSync, chmodSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { bearer, loadApiToken, tokenMatches } from '../../../../electron/engine/api/tokens/auth';

const dir = () => mkdtempSync(path.join(tmpdir(), 'ipwatch-token-'));
const noSecrets = {
  env: {},
  readFile: () => {
    throw new Error('no file');
  },
};

describe('loadApiToken', () => {
  it('makes a random token once, private to its owner, and reads the same one after', async () => {
    const d = dir();
    const first = await loadApiToken(d, undefined, noSecrets);
    expect(first.value).toMatch(/^[\w-]{43}$/);
    expect(statSync(path.join(d, 'api-token')).mode & 0o777).toBe(0o600);
    expect((await loadApiToken(d, undefined, noSecrets)).value).toBe(first.value);
    expect((await loadApiToken(dir(), undefined, noSecrets)).value).not.toBe(first.value);
  });

  it('tightens a token file others can read', async () => {
    const d = dir();
    writeFileSync(path.join(d, 'api-token'), 'a-token-of-twenty-chars\n');
    chmodSync(path.join(d, 'api-token'), 0o644);
    expect((await loadApiToken(d, undefined, noSecrets)).value).toBe('a-token-of-twenty-chars');
    expect(statSync(path.join(d, 'api-token')).mode & 0o777).toBe(0o600);
  });

  it('takes the token by reference, naming the reference, never the value, when it is missing', async () => {
    const d = dir();
    const env = { env: { API_TOKEN: 'from-the-environment-123' }, readFile: noSecrets.readFile };
    const t = await loadApiToken(d, { env: 'API_TOKEN' }, env);
    expect(t).toEqual({ value: 'from-the-environment-123', from: 'api.token (environment variable API_TOKEN)' });
    await expect(loadApiToken(d, { env: 'NOPE' }, env)).rejects.toThrow(
      /api\.token: environment variable NOPE is not set/,
    );
    expect(() => readFileSync(path.join(d, 'api-token'))).toThrow();
  });
});

describe('tokens', () => {
  it('compares tokens whatever their lengths', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('abc', 'abd')).toBe(false);
    expect(tokenMatches('', 'abc')).toBe(false);
    expect(tokenMatches('abcdef', 'abc')).toBe(false);
  });

  it.each([
    ['Bearer abc', 'abc'],
    ['bearer   abc ', 'abc'],
    ['Basic abc', null],
    ['Bearer', null],
    [undefined, null],
  ])('bearer(%j) = %j', (header, token) => expect(bearer(header)).toBe(token));
});
