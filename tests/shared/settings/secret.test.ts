import { describe, expect, it } from 'vitest';

import { parseSettings } from '../../../shared/settings';
import { describeSecretRef, looksLikeSecretRef, secretRefSchema } from '../../../shared/settings/secret';

describe('secret references', () => {
  it.each<[string, unknown, boolean]>([
    ['env', { env: 'SMTP_PASS' }, true],
    ['file', { file: '/run/secrets/smtp' }, true],
    ['env with a bad name', { env: 'SMTP PASS' }, false],
    ['empty file', { file: '' }, false],
    ['both', { env: 'A', file: '/x' }, false],
    ['a plain string', 'hunter22', false],
  ])('%s', (_label, v, ok) => {
    expect(secretRefSchema.safeParse(v).success).toBe(ok);
  });

  it('recognises the shape of a reference, so a bad one is reported rather than used as a value', () => {
    expect(looksLikeSecretRef({ env: 'X' })).toBe(true);
    expect(looksLikeSecretRef({ file: 3 })).toBe(true);
    expect(looksLikeSecretRef({ env: 'X', other: 1 })).toBe(false);
    expect(looksLikeSecretRef(['env'])).toBe(false);
    expect(looksLikeSecretRef(null)).toBe(false);
  });

  it('names where a secret comes from, never its value', () => {
    expect(describeSecretRef({ env: 'SMTP_PASS' })).toBe('environment variable SMTP_PASS');
    expect(describeSecretRef({ file: '/run/secrets/smtp' })).toBe('file /run/secrets/smtp');
  });
});

describe('channel ids', () => {
  it('a duplicate channel id is a settings error naming the field', () => {
    const r = parseSettings({
      notifications: {
        channels: [
          { id: 'a', type: 'desktop' },
          { id: 'b', type: 'slack' },
          { id: 'a', type: 'webhook' },
        ],
      },
    });
    expect(r).toEqual({ ok: false, errors: ['notifications.channels.2.id: duplicate channel id "a"'] });
  });

  it('distinct ids and references in options are accepted (options are checked by each channel)', () => {
    const r = parseSettings({
      notifications: {
        channels: [
          { id: 'a', type: 'desktop' },
          { id: 'b', type: 'gotify', url: 'https://g.example', token: { env: 'GOTIFY_TOKEN' } },
        ],
      },
    });
    expect(r.ok).toBe(true);
  });
});
