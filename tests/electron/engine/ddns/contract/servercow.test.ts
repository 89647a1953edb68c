/** Servercow against its stand-in (tests/fakes/ddns/servercow.ts): the providers' contract, and its quirks. */
import { expect, it } from 'vitest';

import { startServercow } from '../../../../fakes/ddns/servercow';
import { HOST, providerContract, ZONE } from './provider-contract';
import { updateOnce } from './update-once';

const USER = 'dnsapi-home';
const PASSWORD = 'c0w-pass-7f3a9e';

const record = (url: string, o: { type: 'A' | 'AAAA'; wrongCredentials?: boolean }) => ({
  id: `servercow-${o.type.toLowerCase()}`,
  provider: 'servercow',
  type: o.type,
  ...(o.type === 'AAAA' ? { address: 'observed' } : {}),
  domain: ZONE,
  name: HOST,
  username: USER,
  password: o.wrongCredentials ? 'wrong-password' : PASSWORD,
  ttl: 300,
  apiBase: url,
});

providerContract('Servercow', {
  start: () => startServercow(USER, PASSWORD, ZONE),
  record: (s, o) => record(s.url, o),
  creates: true,
  ttl: 300,
  isWrite: (r) => r.method === 'POST',
});

it('Servercow: a wrong password, said with 200, is a stop in its words, nothing sent but the look', async () => {
  const s = await startServercow(USER, PASSWORD, ZONE);
  try {
    const out = await updateOnce(record(s.url, { type: 'A', wrongCredentials: true }), '192.0.2.10');
    expect(out.kind).toBe('stop');
    expect(out.kind === 'stop' && out.reason).toContain('authentication failed');
    expect(s.requests.map((r) => r.method)).toEqual(['GET']);
  } finally {
    await s.close();
  }
});

it('Servercow: the domain itself is named "", a set of several values is replaced by the one address', async () => {
  const s = await startServercow(USER, PASSWORD, ZONE);
  try {
    s.zone.add({ name: ZONE, type: 'A', content: '192.0.2.1', ttl: 120 });
    s.zone.add({ name: ZONE, type: 'A', content: '192.0.2.2', ttl: 120 });
    const out = await updateOnce({ ...record(s.url, { type: 'A' }), name: ZONE }, '192.0.2.10');
    expect(out.kind, JSON.stringify(out)).toBe('updated');
    const post = s.requests.at(-1)!;
    expect(post.url.pathname).toBe(`/domains/${ZONE}`);
    expect(post.headers['x-auth-username']).toBe(USER);
    expect(JSON.parse(post.body)).toEqual({ type: 'A', name: '', content: '192.0.2.10', ttl: 300 });
    expect(s.zone.holds(ZONE, 'A')).toEqual(['192.0.2.10']);
  } finally {
    await s.close();
  }
});

it('Servercow: a write it answers with an error is a stop in its words', async () => {
  const s = await startServercow(USER, PASSWORD, ZONE);
  try {
    const out = await updateOnce(
      { ...record(s.url, { type: 'A' }), domain: 'example.net', name: 'home.example.net' },
      '192.0.2.10',
    );
    expect(out.kind).toBe('stop');
    expect(out.kind === 'stop' && out.reason).toContain('domain not found');
    expect(s.zone.writes).toBe(0);
  } finally {
    await s.close();
  }
});
