/** Domain Discount 24 against its stand-in (tests/fakes/ddns/dd24.ts): the providers' contract. */
import { describe, expect, it } from 'vitest';

import { readDd24 } from '../../../../../electron/engine/ddns/providers/dd24';
import { startDd24 } from '../../../../fakes/ddns/dd24';
import { HOST, providerContract, ZONE } from './provider-contract';

const PASSWORD = 'dd24-dynamic-dns-password';

providerContract('Domain Discount 24', {
  start: () => startDd24(ZONE, PASSWORD),
  record: (s, o) => ({
    id: `dd24-${o.type.toLowerCase()}`,
    provider: 'dd24',
    type: o.type,
    ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
    name: HOST,
    password: o.wrongCredentials ? 'wrong' : PASSWORD,
    apiBase: s.url,
  }),
  creates: true,
  oneRequest: true,
  sameAnswer: true,
  isWrite: (r) => r.url.pathname === '/update.php',
});

describe('Domain Discount 24: its answers, read', () => {
  const api = { provider: 'Domain Discount 24', label: 'dd24 home.example.org A' };
  it.each([
    ['success', 'updated'],
    ['', 'updated'],
    ['authorization failed', 'stop'],
    ['<html>maintenance</html>', 'retry'],
    ['unsuccessful', 'retry'],
  ])('%j is %s', (body, kind) => {
    const out = readDd24(body, '192.0.2.1', api);
    expect(out.kind).toBe(kind);
    expect(JSON.stringify(out)).not.toContain('maintenance');
  });
});
