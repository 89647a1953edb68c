/** easyDNS against its stand-in (tests/fakes/ddns/easydns.ts): the providers' contract, and its answers read. */
import { describe, expect, it } from 'vitest';

import { readEasydns } from '../../../../../electron/engine/ddns/providers/easydns';
import { startEasydns } from '../../../../fakes/ddns/easydns';
import { HOST, providerContract, ZONE } from './provider-contract';

const ACCOUNT = { username: 'easydns-user', token: 'easydns-token-1234' };

providerContract('easyDNS', {
  start: () => startEasydns(ZONE, ACCOUNT),
  record: (s, o) => ({
    id: `easydns-${o.type.toLowerCase()}`,
    provider: 'easydns',
    type: o.type,
    ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
    name: HOST,
    username: ACCOUNT.username,
    token: o.wrongCredentials ? 'wrong' : ACCOUNT.token,
    apiBase: s.url,
  }),
  creates: false,
  oneRequest: true,
  sameAnswer: true,
  isWrite: (r) => r.url.pathname === '/dyn/generic.php',
});

describe('easyDNS: its answers, read', () => {
  const api = { provider: 'easyDNS', label: 'easyDNS home.example.org A' };
  it.each([
    ['<html><body>NOERROR</body></html>', 'updated'],
    ['OK', 'updated'],
    ['<html><body>NOACCESS</body></html>', 'stop'],
    ['NOSERVICE', 'stop'],
    ['ILLEGAL INPUT', 'stop'],
    ['TOOSOON', 'retry'],
    ['', 'retry'],
    ['<html>maintenance</html>', 'retry'],
  ])('%j is %s', (body, kind) => {
    const out = readEasydns(body, '192.0.2.1', api);
    expect(out.kind).toBe(kind);
    expect(JSON.stringify(out)).not.toMatch(/maintenance|<html/);
  });

  it('too soon is a retry no sooner than 10 minutes; no access is said in words', () => {
    expect(readEasydns('TOOSOON', '192.0.2.1', api)).toMatchObject({ kind: 'retry', afterMs: 600_000 });
    const out = readEasydns('NOACCESS', '192.0.2.1', api);
    expect(out.kind === 'stop' && out.reason).toContain('authentication failed');
  });
});
