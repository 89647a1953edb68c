/** Gigahost's record logs in one way: an API key, or the e-mail and password (shared/settings/ddns-providers/gigahostno.ts). */
import { describe, expect, it } from 'vitest';

import { ddnsRecordSchema } from '../../../shared/settings/ddns';

const base = { id: 'g', provider: 'gigahostno', hostname: 'home.example.no' };
const issues = (extra: Record<string, unknown>) => {
  const r = ddnsRecordSchema.safeParse({ ...base, ...extra });
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('a Gigahost record', () => {
  it.each([
    [{ apiKey: 'key' }, []],
    [{ username: 'me@example.no', password: 'pw' }, []],
    [{}, ['username: an API key, or the e-mail and the password, is required']],
    [{ username: 'me@example.no' }, ['password: an API key, or the e-mail and the password, is required']],
    [{ apiKey: 'key', password: 'pw' }, ['apiKey: give the API key or the e-mail and password, not both']],
  ])('%j: %j', (extra, expected) => {
    expect(issues(extra)).toEqual(expected);
  });
});
