/** Vercel against its stand-in (tests/fakes/ddns/vercel.ts): the providers' contract, a team's domain, its pages. */
import { expect, it } from 'vitest';

import { startVercel } from '../../../../fakes/ddns/vercel';
import { HOST, providerContract, ZONE } from './provider-contract';
import { updateOnce } from './update-once';

const TOKEN = 'vcp_good0123456789abcdefABCDEF';

const record = (url: string, o: { type: 'A' | 'AAAA'; wrongCredentials?: boolean; teamId?: string }) => ({
  id: `vercel-${o.type.toLowerCase()}`,
  provider: 'vercel',
  type: o.type,
  ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
  domain: ZONE,
  name: HOST,
  token: o.wrongCredentials ? 'vcp_wrong' : TOKEN,
  ...(o.teamId ? { teamId: o.teamId } : {}),
  ttl: 120,
  apiBase: url,
});

providerContract('Vercel', {
  start: () => startVercel(TOKEN, ZONE),
  record: (s, o) => record(s.url, o),
  creates: true,
  ttl: 120,
  isWrite: (r) => r.method === 'PATCH' || r.method === 'POST',
});

it("Vercel: a team's domain is asked for with its teamId; without it the API refuses, a stop in words", async () => {
  const s = await startVercel(TOKEN, ZONE, { teamId: 'team_abc123' });
  try {
    const out = await updateOnce(record(s.url, { type: 'A', teamId: 'team_abc123' }), '192.0.2.10');
    expect(out.kind).toBe('updated');
    expect(s.zone.holds(HOST, 'A')).toEqual(['192.0.2.10']);
    expect(s.requests.every((r) => r.url.searchParams.get('teamId') === 'team_abc123')).toBe(true);
    const mine = await updateOnce(record(s.url, { type: 'A' }), '192.0.2.11');
    expect(mine.kind).toBe('stop');
    expect(mine.kind === 'stop' && mine.reason).toMatch(/Vercel/);
    expect(s.zone.holds(HOST, 'A')).toEqual(['192.0.2.10']);
  } finally {
    await s.close();
  }
});

it('Vercel: a record on a later page of the list is found and changed, not made twice', async () => {
  const s = await startVercel(TOKEN, ZONE, { filler: 150 });
  try {
    const held = s.zone.add({ name: HOST, type: 'A', content: '192.0.2.1', ttl: 60 });
    for (let i = 0; i < 120; i++) s.zone.add({ name: `late${i}.${ZONE}`, type: 'TXT', content: 'y', ttl: 60 });
    const out = await updateOnce(record(s.url, { type: 'A' }), '192.0.2.10');
    expect(out.kind).toBe('updated');
    expect(s.zone.find(HOST, 'A')).toEqual([expect.objectContaining({ id: held.id, content: '192.0.2.10' })]);
    expect(s.requests.filter((r) => r.method === 'GET').length).toBeGreaterThan(1);
    expect(s.requests.filter((r) => r.method === 'POST')).toEqual([]);
  } finally {
    await s.close();
  }
});

it('Vercel: its 429 is a retry, nothing written', async () => {
  const s = await startVercel(TOKEN, ZONE, { perWindow: 1 });
  try {
    const out = await updateOnce(record(s.url, { type: 'A' }), '192.0.2.10');
    expect(out.kind).toBe('retry');
    expect(s.requests.at(-1)!.method).toBe('POST');
    expect(s.zone.holds(HOST, 'A')).toEqual([]);
  } finally {
    await s.close();
  }
});
