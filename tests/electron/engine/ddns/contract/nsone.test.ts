/** NS1 against its stand-in (tests/fakes/ddns/nsone.ts): the providers' contract, and its quirks. */
import { expect, it } from 'vitest';

import { nsoneMessage } from '../../../../../electron/engine/ddns/providers/nsone';
import { startNsone } from '../../../../fakes/ddns/nsone';
import { HOST, providerContract, ZONE } from './provider-contract';
import { updateOnce } from './update-once';

const KEY = 'qACMD09OJXBxT7XOuRs8';

const record = (url: string, o: { type: 'A' | 'AAAA'; wrongCredentials?: boolean }) => ({
  id: `nsone-${o.type.toLowerCase()}`,
  provider: 'nsone',
  type: o.type,
  ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
  zone: ZONE,
  name: HOST,
  apiKey: o.wrongCredentials ? 'wrong-key' : KEY,
  ttl: 90,
  apiBase: `${url}/v1`,
});

providerContract('NS1', {
  start: () => startNsone(KEY, ZONE),
  record: (s, o) => record(s.url, o),
  creates: true,
  ttl: 90,
  isWrite: (r) => r.method === 'PUT' || r.method === 'POST',
});

it('NS1: a missing record (404 "record not found") is made with one PUT, the key in X-NSONE-Key', async () => {
  const s = await startNsone(KEY, ZONE);
  try {
    const out = await updateOnce(record(s.url, { type: 'A' }), '192.0.2.10');
    expect(out.kind).toBe('updated');
    expect(s.requests.map((r) => `${r.method} ${r.url.pathname} ${String(r.headers['x-nsone-key'])}`)).toEqual([
      `GET /v1/zones/${ZONE}/${HOST}/A ${KEY}`,
      `PUT /v1/zones/${ZONE}/${HOST}/A ${KEY}`,
    ]);
    expect(JSON.parse(s.requests[1]!.body)).toEqual({
      zone: ZONE,
      domain: HOST,
      type: 'A',
      answers: [{ answer: ['192.0.2.10'] }],
      ttl: 90,
    });
    expect(s.requests.every((r) => !r.url.search.includes(KEY))).toBe(true);
  } finally {
    await s.close();
  }
});

it('NS1: a record of two answers is changed to the one address with one POST', async () => {
  const s = await startNsone(KEY, ZONE);
  try {
    s.zone.add({ name: HOST, type: 'A', content: '192.0.2.1', ttl: 3600 });
    s.zone.add({ name: HOST, type: 'A', content: '192.0.2.2', ttl: 3600 });
    const out = await updateOnce(record(s.url, { type: 'A' }), '192.0.2.1');
    expect(out.kind).toBe('updated');
    expect(s.requests.map((r) => r.method)).toEqual(['GET', 'POST']);
    expect(s.zone.holds(HOST, 'A')).toEqual(['192.0.2.1']);
  } finally {
    await s.close();
  }
});

it('NS1: a zone that is not the key\'s (404 "zone not found") stops in its words, nothing made', async () => {
  const s = await startNsone(KEY, ZONE);
  try {
    const out = await updateOnce(
      { ...record(s.url, { type: 'A' }), zone: 'other.org', name: 'h.other.org' },
      '192.0.2.10',
    );
    expect(out.kind).toBe('stop');
    expect(out.kind === 'stop' && out.reason).toContain('zone not found');
    expect(s.requests.map((r) => r.method)).toEqual(['GET']);
    expect(s.zone.records.size).toBe(0);
  } finally {
    await s.close();
  }
});

it("NS1: its 429 past the route's bucket is a retry, nothing written", async () => {
  const s = await startNsone(KEY, ZONE, 1);
  try {
    const out = await updateOnce(record(s.url, { type: 'A' }), '192.0.2.10');
    expect(out.kind).toBe('retry');
    expect(s.requests.at(-1)!.method).toBe('PUT');
    expect(s.zone.holds(HOST, 'A')).toEqual([]);
  } finally {
    await s.close();
  }
});

it("NS1: its words are read from a refusal's message, else none", () => {
  expect(nsoneMessage('{"message":"record already exists"}')).toBe('record already exists');
  expect(nsoneMessage('{"message":""}')).toBeNull();
  expect(nsoneMessage('<html>')).toBeNull();
});
