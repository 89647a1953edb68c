/** Name.com against its stand-in (tests/fakes/ddns/namecom.ts): the providers' contract. */
import { expect, it } from 'vitest';

import { namecomMessage } from '../../../../../electron/engine/ddns/providers/namecom';
import { startNameCom } from '../../../../fakes/ddns/namecom';
import { HOST, providerContract, ZONE } from './provider-contract';

const KEYS = { username: 'myname', token: 'good-token-1234' };

providerContract('Name.com', {
  start: () => startNameCom(KEYS, ZONE),
  record: (s, o) => ({
    id: `namecom-${o.type.toLowerCase()}`,
    provider: 'namecom',
    type: o.type,
    ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
    domain: ZONE,
    name: HOST,
    username: KEYS.username,
    token: o.wrongCredentials ? 'wrong' : KEYS.token,
    ttl: 600,
    apiBase: s.url,
  }),
  creates: true,
  ttl: 600,
  isWrite: (r) => r.method === 'PUT' || r.method === 'POST',
});

it('Name.com: reads its words from message and details', () => {
  expect(namecomMessage('{"message":"Not Found","details":"Domain not found"}')).toBe('Not Found: Domain not found');
  expect(namecomMessage('{}')).toBeNull();
});
