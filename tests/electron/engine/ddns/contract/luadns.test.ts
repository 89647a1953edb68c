/** LuaDNS against its stand-in (tests/fakes/ddns/luadns.ts): the providers' contract, and its quirks. */
import { expect, it } from 'vitest';

import { startLuadns } from '../../../../fakes/ddns/luadns';
import { HOST, providerContract, ZONE } from './provider-contract';
import { updateOnce } from './update-once';

const KEYS = { email: 'joe@example.org', apiKey: 'lua-good-key-0123456789abcdef' };

const record = (url: string, o: { type: 'A' | 'AAAA'; wrongCredentials?: boolean }) => ({
  id: `luadns-${o.type.toLowerCase()}`,
  provider: 'luadns',
  type: o.type,
  ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
  zone: ZONE,
  name: HOST,
  email: KEYS.email,
  apiKey: o.wrongCredentials ? 'lua-wrong' : KEYS.apiKey,
  ttl: 600,
  apiBase: url,
});

providerContract('LuaDNS', {
  start: () => startLuadns(KEYS, ZONE),
  record: (s, o) => record(s.url, o),
  creates: true,
  ttl: 600,
  isWrite: (r) => r.method === 'PUT' || r.method === 'POST',
});

it('LuaDNS: a change sends the whole record back, its name with the root dot and its own TTL', async () => {
  const s = await startLuadns(KEYS, ZONE);
  try {
    s.zone.add({ name: HOST, type: 'A', content: '192.0.2.1', ttl: 3600 });
    const out = await updateOnce(record(s.url, { type: 'A' }), '192.0.2.10');
    expect(out.kind).toBe('updated');
    const put = s.requests.at(-1)!;
    expect(put.method).toBe('PUT');
    expect(JSON.parse(put.body)).toEqual({ name: `${HOST}.`, type: 'A', content: '192.0.2.10', ttl: 3600 });
    expect(s.zone.find(HOST, 'A')[0]).toMatchObject({ content: '192.0.2.10', ttl: 3600 });
  } finally {
    await s.close();
  }
});

it('LuaDNS: a zone the account does not hold is a stop in words, nothing written', async () => {
  const s = await startLuadns(KEYS, 'example.net');
  try {
    const out = await updateOnce(record(s.url, { type: 'A' }), '192.0.2.10');
    expect(out).toMatchObject({
      kind: 'stop',
      reason: `LuaDNS ${HOST} A: no zone ${ZONE} at LuaDNS (or the key may not read it)`,
    });
    expect(s.zone.writes).toBe(0);
  } finally {
    await s.close();
  }
});
