/** FreeDNS against its stand-in (tests/fakes/ddns/freedns.ts): the providers' contract. */
import { describe, expect, it } from 'vitest';

import { readFreedns } from '../../../../../electron/engine/ddns/providers/freedns';
import { startFreedns } from '../../../../fakes/ddns/freedns';
import { HOST, providerContract, ZONE } from './provider-contract';

const TOKENS = {
  'tokA-1234567890': { name: HOST, type: 'A' as const },
  'tokAAAA-0987654321': { name: HOST, type: 'AAAA' as const },
};

providerContract('FreeDNS', {
  start: () => startFreedns(ZONE, TOKENS),
  record: (s, o) => ({
    id: `freedns-${o.type.toLowerCase()}`,
    provider: 'freedns',
    type: o.type,
    ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
    name: HOST,
    token: o.wrongCredentials ? 'not-a-token' : o.type === 'A' ? 'tokA-1234567890' : 'tokAAAA-0987654321',
    apiBase: s.url,
  }),
  creates: true,
  oneRequest: true,
  isWrite: (r) => r.url.pathname.startsWith('/u/'),
});

describe('FreeDNS: its answers, read', () => {
  const api = { provider: 'FreeDNS', label: 'FreeDNS home.example.org A' };
  it.each([
    ['Updated 1 host(s) home.example.org to 192.0.2.1 in 0.2 seconds', 'updated'],
    ['No IP change detected for home.example.org with IP 192.0.2.1, skipping update', 'unchanged'],
    ['ERROR: Unable to locate this record', 'stop'],
    ['', 'retry'],
    ['<html>Bad gateway</html>', 'retry'],
  ])('%j is %s', (body, kind) => {
    const out = readFreedns(body, api);
    expect(out.kind).toBe(kind);
    expect(JSON.stringify(out)).not.toContain('<html');
  });
});
