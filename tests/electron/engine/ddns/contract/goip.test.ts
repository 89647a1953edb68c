/** GoIP against its stand-in (tests/fakes/ddns/goip.ts): the providers' contract. */
import { describe, expect, it } from 'vitest';

import { readGoip } from '../../../../../electron/engine/ddns/providers/goip';
import { startGoip } from '../../../../fakes/ddns/goip';
import { HOST, providerContract, ZONE } from './provider-contract';

const ACCOUNT = { username: 'router-user', password: 'router-pass-1234', names: [HOST] };

providerContract('GoIP', {
  start: () => startGoip(ZONE, ACCOUNT),
  record: (s, o) => ({
    id: `goip-${o.type.toLowerCase()}`,
    provider: 'goip',
    type: o.type,
    ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
    name: HOST,
    username: ACCOUNT.username,
    password: o.wrongCredentials ? 'wrong' : ACCOUNT.password,
    apiBase: s.url,
  }),
  creates: true,
  oneRequest: true,
  sameAnswer: true,
  isWrite: (r) => r.url.pathname === '/setip',
});

describe('GoIP: its answers, read', () => {
  const api = { provider: 'GoIP', label: 'GoIP home.goip.de A' };
  it.each([
    ['home.goip.de (192.0.2.1)', 'updated'],
    ['home.goip.de (192.0.2.9)', 'retry'],
    ['zugriff verweigert', 'stop'],
    ['', 'retry'],
    ['<html>maintenance</html>', 'retry'],
  ])('%j is %s', (body, kind) => {
    const out = readGoip(body, 'home.goip.de', '192.0.2.1', api);
    expect(out.kind).toBe(kind);
    expect(JSON.stringify(out)).not.toContain('maintenance');
  });
});
