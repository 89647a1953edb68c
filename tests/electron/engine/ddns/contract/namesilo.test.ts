/** NameSilo against its stand-in (tests/fakes/ddns/namesilo.ts): the providers' contract, and its quirks. */
import { expect, it } from 'vitest';

import { startNamesilo } from '../../../../fakes/ddns/namesilo';
import { HOST, providerContract, ZONE } from './provider-contract';
import { updateOnce } from './update-once';

const KEY = '71dZaE8c2Aa926Ca2E8c1';

const record = (url: string, o: { type: 'A' | 'AAAA'; wrongCredentials?: boolean }) => ({
  id: `namesilo-${o.type.toLowerCase()}`,
  provider: 'namesilo',
  type: o.type,
  ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
  domain: ZONE,
  name: HOST,
  apiKey: o.wrongCredentials ? 'wrong-key' : KEY,
  ttl: 7207,
  apiBase: url,
});

providerContract('NameSilo', {
  start: () => startNamesilo(KEY, ZONE),
  record: (s, o) => record(s.url, o),
  creates: true,
  ttl: 7207,
  isWrite: (r) => /\/(dnsUpdateRecord|dnsAddRecord)$/.test(r.url.pathname),
});

it('NameSilo: an invalid key (code 110, said with HTTP 200) stops in its words, nothing written', async () => {
  const s = await startNamesilo(KEY, ZONE);
  try {
    const out = await updateOnce(record(s.url, { type: 'A', wrongCredentials: true }), '192.0.2.10');
    expect(out).toMatchObject({ kind: 'stop' });
    expect(JSON.stringify(out)).toContain('Invalid API Key');
    expect(JSON.stringify(out)).not.toContain('wrong-key');
    expect(s.zone.writes).toBe(0);
  } finally {
    await s.close();
  }
});

it('NameSilo: one record listed (an object, not a list) is changed by its id, the host relative', async () => {
  const s = await startNamesilo(KEY, ZONE);
  try {
    s.zone.add({ id: 'abc123', name: HOST, type: 'A', content: '192.0.2.1', ttl: 3600 });
    const out = await updateOnce(record(s.url, { type: 'A' }), '192.0.2.10');
    expect(out.kind).toBe('updated');
    const q = s.requests.at(-1)!.url.searchParams;
    expect([q.get('rrid'), q.get('rrhost'), q.get('rrvalue'), q.get('rrttl')]).toEqual([
      'abc123',
      HOST.slice(0, -ZONE.length - 1),
      '192.0.2.10',
      '7207',
    ]);
    expect(s.zone.holds(HOST, 'A')).toEqual(['192.0.2.10']);
  } finally {
    await s.close();
  }
});
