/** Linode (Akamai) against its stand-in (tests/fakes/ddns/linode.ts): the providers' contract, and its quirks. */
import { expect, it } from 'vitest';

import { startLinode } from '../../../../fakes/ddns/linode';
import { HOST, providerContract, ZONE } from './provider-contract';
import { updateOnce } from './update-once';

const TOKEN = 'linode-good-token-0123456789abcdef0123456789abcdef';

const record = (url: string, o: { type: 'A' | 'AAAA'; wrongCredentials?: boolean }) => ({
  id: `linode-${o.type.toLowerCase()}`,
  provider: 'linode',
  type: o.type,
  ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
  domain: ZONE,
  name: HOST,
  token: o.wrongCredentials ? 'linode-wrong' : TOKEN,
  ttl: 300,
  apiBase: url,
});

providerContract('Linode (Akamai)', {
  start: () => startLinode(TOKEN, ZONE),
  record: (s, o) => record(s.url, o),
  creates: true,
  ttl: 300,
  isWrite: (r) => r.method === 'PUT' || r.method === 'POST',
});

it('Linode: the domain is found by an X-Filter on its name, a record of the domain itself is named ""', async () => {
  const s = await startLinode(TOKEN, ZONE);
  try {
    const out = await updateOnce({ ...record(s.url, { type: 'A' }), name: ZONE }, '192.0.2.10');
    expect(out.kind).toBe('updated');
    expect(JSON.parse(String(s.requests[0]!.headers['x-filter']))).toEqual({ domain: ZONE });
    expect(JSON.parse(s.requests.at(-1)!.body)).toMatchObject({ name: '', type: 'A', target: '192.0.2.10' });
    expect(s.zone.holds(ZONE, 'A')).toEqual(['192.0.2.10']);
  } finally {
    await s.close();
  }
});

it('Linode: a domain the account does not hold is a stop in words, nothing written', async () => {
  const s = await startLinode(TOKEN, 'example.net');
  try {
    const out = await updateOnce(record(s.url, { type: 'A' }), '192.0.2.10');
    expect(out).toMatchObject({
      kind: 'stop',
      reason: `Linode ${HOST} A: no zone ${ZONE} at Linode (or the key may not read it)`,
    });
    expect(s.zone.writes).toBe(0);
  } finally {
    await s.close();
  }
});

it('Linode: its 429 past 200 listings a minute is a retry, nothing written', async () => {
  const s = await startLinode(TOKEN, ZONE, 1);
  try {
    const out = await updateOnce(record(s.url, { type: 'A' }), '192.0.2.10');
    expect(out.kind).toBe('retry');
    expect(s.requests.at(-1)!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(s.zone.writes).toBe(0);
  } finally {
    await s.close();
  }
});
