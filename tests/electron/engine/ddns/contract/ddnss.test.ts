/** ddnss.de against its stand-in (tests/fakes/ddns/ddnss.ts): the providers' contract, by key and by login. */
import { describe, expect, it } from 'vitest';

import { readDdnss } from '../../../../../electron/engine/ddns/providers/ddnss';
import { ddnsRecordSchema } from '../../../../../shared/settings/ddns';
import { startDdnss } from '../../../../fakes/ddns/ddnss';
import { HOST, providerContract, ZONE } from './provider-contract';

const ACCOUNT = { key: '0123456789abcdef0123456789abcdef', user: 'ddnss-user', pwd: 'ddnss-pass-1234', hosts: [HOST] };

const common = (url: string, type: 'A' | 'AAAA') => ({
  provider: 'ddnss',
  type,
  ...(type === 'AAAA' ? { address: 'observed' } : {}),
  name: HOST,
  apiBase: url,
});

providerContract('ddnss.de (update key)', {
  start: () => startDdnss(ZONE, ACCOUNT),
  record: (s, o) => ({
    id: `ddnss-key-${o.type.toLowerCase()}`,
    ...common(s.url, o.type),
    token: o.wrongCredentials ? 'wrong' : ACCOUNT.key,
  }),
  creates: true,
  oneRequest: true,
  sameAnswer: true,
  isWrite: (r) => r.url.pathname === '/upd.php',
});

providerContract('ddnss.de (user and password)', {
  start: () => startDdnss(ZONE, ACCOUNT),
  record: (s, o) => ({
    id: `ddnss-login-${o.type.toLowerCase()}`,
    ...common(s.url, o.type),
    username: ACCOUNT.user,
    password: o.wrongCredentials ? 'wrong' : ACCOUNT.pwd,
  }),
  creates: true,
  oneRequest: true,
  sameAnswer: true,
  isWrite: (r) => r.url.pathname === '/upd.php',
});

describe('ddnss.de: its answers, read; its settings', () => {
  const api = { provider: 'ddnss.de', label: 'ddnss.de home.example.org A' };
  it.each([
    ['<html><body>Updated 1 hostname.<br /></body></html>', 'updated'],
    ['<html><body>badauth</body></html>', 'stop'],
    ['<html><body>notfqdn</body></html>', 'stop'],
    ['<html><body>Updated 0 hostname.</body></html>', 'stop'],
    ['<html>maintenance</html>', 'retry'],
    ['', 'retry'],
  ])('%j is %s', (body, kind) => {
    const out = readDdnss(body, '192.0.2.1', api);
    expect(out.kind).toBe(kind);
    expect(JSON.stringify(out)).not.toMatch(/maintenance|<html/);
  });

  it('takes the update key or the login, one of the two', () => {
    const base = { id: 'd', ...common('https://www.ddnss.de', 'A') };
    expect(ddnsRecordSchema.safeParse({ ...base, token: 'k' }).success).toBe(true);
    expect(ddnsRecordSchema.safeParse({ ...base, username: 'u', password: 'p' }).success).toBe(true);
    expect(ddnsRecordSchema.safeParse({ ...base, token: 'k', username: 'u', password: 'p' }).success).toBe(false);
    expect(ddnsRecordSchema.safeParse({ ...base, username: 'u' }).success).toBe(false);
  });
});
