import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { processSecrets, resolveSecretRefs, type SecretSource } from '../../../../electron/engine/secrets/resolve';

let dir: string;
let source: SecretSource;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ipwatch-secrets-'));
  await writeFile(path.join(dir, 'smtp'), 'file-pass-1\n');
  await writeFile(path.join(dir, 'two-lines'), 'keep\n\n');
  await writeFile(path.join(dir, 'empty'), '');
  source = { ...processSecrets, env: { SMTP_PASS: 'env-pass-1', EMPTY: '' } };
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('resolveSecretRefs', () => {
  it('replaces env and file references by their values, dropping one trailing newline of a file', () => {
    const r = resolveSecretRefs(
      {
        host: 'smtp.example',
        auth: { user: 'me', pass: { env: 'SMTP_PASS' } },
        token: { file: path.join(dir, 'smtp') },
        other: { file: path.join(dir, 'two-lines') },
      },
      source,
    );
    expect(r).toEqual({
      ok: true,
      value: {
        host: 'smtp.example',
        auth: { user: 'me', pass: 'env-pass-1' },
        token: 'file-pass-1',
        other: 'keep\n',
      },
      secrets: ['env-pass-1', 'file-pass-1', 'keep\n'],
    });
  });

  it('lists secret values found by name, in headers and in URL tokens, so they can be masked', () => {
    const r = resolveSecretRefs(
      {
        url: 'https://discord.com/api/webhooks/123/TokenPart-xyz',
        token: 'inline-token',
        headers: { authorization: 'Bearer abcd1234' },
        topic: 'not-secret',
      },
      source,
    );
    expect(r.ok && r.secrets.sort()).toEqual(['Bearer abcd1234', 'TokenPart-xyz', 'inline-token']);
  });

  it.each<[string, () => Record<string, unknown>, string]>([
    ['unset variable', () => ({ auth: { pass: { env: 'NOPE' } } }), 'auth.pass: environment variable NOPE is not set'],
    ['empty variable', () => ({ token: { env: 'EMPTY' } }), 'token: environment variable EMPTY is not set'],
    ['missing file', () => ({ token: { file: '/nonexistent/x' } }), 'token: file /nonexistent/x cannot be read'],
    ['empty file', () => ({ token: { file: path.join(dir, 'empty') } }), 'empty'],
    ['bad variable name', () => ({ token: { env: 'a b' } }), 'token: expected an environment variable name'],
  ])('%s: a clear error naming the field and the reference', (_label, options, reason) => {
    const r = resolveSecretRefs(options(), source);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toContain(reason);
  });
});
