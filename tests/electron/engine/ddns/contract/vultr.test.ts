/** Vultr against its stand-in (tests/fakes/ddns/vultr.ts): the providers' contract, and its quirks. */
import { expect, it } from 'vitest';

import { startVultr } from '../../../../fakes/ddns/vultr';
import { HOST, providerContract, ZONE } from './provider-contract';
import { updateOnce } from './update-once';

const KEY = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567ABCD';

const record = (url: string, o: { type: 'A' | 'AAAA'; wrongCredentials?: boolean }) => ({
  id: `vultr-${o.type.toLowerCase()}`,
  provider: 'vultr',
  type: o.type,
  ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
  domain: ZONE,
  name: HOST,
  apiKey: o.wrongCredentials ? 'WRONGKEY' : KEY,
  ttl: 120,
  apiBase: url,
});

providerContract('Vultr', {
  start: () => startVultr(KEY, ZONE),
  record: (s, o) => record(s.url, o),
  creates: true,
  ttl: 120,
  isWrite: (r) => r.method === 'PATCH' || r.method === 'POST',
});

it('Vultr: the domain itself is named "", its record found past the first page and changed by its id', async () => {
  const s = await startVultr(KEY, ZONE);
  try {
    for (let i = 0; i < 600; i++) s.zone.add({ name: `h${i}.${ZONE}`, type: 'TXT', content: 'x', ttl: 300 });
    const root = s.zone.add({ name: ZONE, type: 'A', content: '192.0.2.1', ttl: 300 });
    const out = await updateOnce({ ...record(s.url, { type: 'A' }), name: ZONE }, '192.0.2.10');
    expect(out.kind, JSON.stringify(out)).toBe('updated');
    const gets = s.requests.filter((r) => r.method === 'GET');
    expect(gets.map((r) => r.url.searchParams.get('per_page'))).toEqual(['500', '500']);
    expect(gets[1]!.url.searchParams.get('cursor')).toBeTruthy();
    const patch = s.requests.at(-1)!;
    expect(patch.method).toBe('PATCH');
    expect(patch.url.pathname).toBe(`/domains/${ZONE}/records/cb676a46-66fd-4dfb-b839-${root.id.padStart(12, '0')}`);
    expect(JSON.parse(patch.body)).toEqual({ name: '', data: '192.0.2.10', ttl: 120 });
    expect(s.zone.holds(ZONE, 'A')).toEqual(['192.0.2.10']);
  } finally {
    await s.close();
  }
});

it("Vultr: a domain it does not hold is a stop in Vultr's words, nothing written", async () => {
  const s = await startVultr(KEY, ZONE);
  try {
    const out = await updateOnce(
      { ...record(s.url, { type: 'A' }), domain: 'example.net', name: 'home.example.net' },
      '192.0.2.10',
    );
    expect(out.kind).toBe('stop');
    expect(out.kind === 'stop' && out.reason).toContain('Invalid domain.');
    expect(s.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  } finally {
    await s.close();
  }
});

it('Vultr: two records of the name and type are a stop, neither changed', async () => {
  const s = await startVultr(KEY, ZONE);
  try {
    s.zone.add({ name: HOST, type: 'A', content: '192.0.2.1', ttl: 300 });
    s.zone.add({ name: HOST, type: 'A', content: '192.0.2.2', ttl: 300 });
    const out = await updateOnce(record(s.url, { type: 'A' }), '192.0.2.10');
    expect(out.kind).toBe('stop');
    expect(s.zone.holds(HOST, 'A')).toEqual(['192.0.2.1', '192.0.2.2']);
  } finally {
    await s.close();
  }
});

it('Vultr: its 429 past 30 requests a second is a retry, nothing written', async () => {
  const s = await startVultr(KEY, ZONE, 1);
  try {
    const out = await updateOnce(record(s.url, { type: 'A' }), '192.0.2.10');
    expect(out.kind).toBe('retry');
    expect(s.requests.map((r) => r.method)).toEqual(['GET', 'POST']);
    expect(s.zone.holds(HOST, 'A')).toEqual([]);
  } finally {
    await s.close();
  }
});
