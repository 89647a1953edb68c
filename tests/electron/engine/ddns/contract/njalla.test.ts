/** Njalla against its stand-in (tests/fakes/ddns/njalla.ts): the providers' contract. */
import { describe, expect, it } from 'vitest';

import { readNjalla } from '../../../../../electron/engine/ddns/providers/njalla';
import { startNjalla } from '../../../../fakes/ddns/njalla';
import { HOST, providerContract, ZONE } from './provider-contract';

const KEY = 'njalla-record-key-5678';

providerContract('Njalla', {
  start: () => startNjalla(ZONE, { [KEY]: HOST }),
  record: (s, o) => ({
    id: `njalla-${o.type.toLowerCase()}`,
    provider: 'njalla',
    type: o.type,
    ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
    name: HOST,
    token: o.wrongCredentials ? 'wrong-key' : KEY,
    apiBase: s.url,
  }),
  creates: true,
  oneRequest: true,
  sameAnswer: true,
  isWrite: (r) => r.url.pathname === '/update/',
});

describe('Njalla: its answers, read', () => {
  const api = { provider: 'Njalla', label: 'Njalla home.example.org A' };
  const ok = (a: string) => JSON.stringify({ status: 200, message: 'record updated', value: { A: a } });
  it.each([
    [ok('192.0.2.1'), 'updated'],
    [ok('192.0.2.9'), 'retry'],
    [JSON.stringify({ status: 200, message: 'record updated', value: {} }), 'retry'],
    [JSON.stringify({ status: 200, message: 'something else' }), 'retry'],
    ['<html>maintenance</html>', 'retry'],
  ])('%s is %s', (body, kind) => {
    const out = readNjalla(body, 'A', '192.0.2.1', api);
    expect(out.kind).toBe(kind);
    expect(JSON.stringify(out)).not.toContain('maintenance');
  });
});
