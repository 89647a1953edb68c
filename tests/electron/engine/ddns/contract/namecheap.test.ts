/** Namecheap against its stand-in (tests/fakes/ddns/namecheap.ts): the providers' contract, A only. */
import { describe, expect, it } from 'vitest';

import { ownerOf, readNamecheap } from '../../../../../electron/engine/ddns/providers/namecheap';
import { ddnsRecordSchema } from '../../../../../shared/settings/ddns';
import { startNamecheap } from '../../../../fakes/ddns/namecheap';
import { HOST, providerContract, ZONE } from './provider-contract';

const PASSWORD = 'namecheap-ddns-password-0123456789';

const record = (url: string, o: { type: 'A' | 'AAAA'; wrongCredentials?: boolean }) => ({
  id: `namecheap-${o.type.toLowerCase()}`,
  provider: 'namecheap',
  type: o.type,
  domain: ZONE,
  name: HOST,
  password: o.wrongCredentials ? 'wrong' : PASSWORD,
  apiBase: url,
});

providerContract('Namecheap', {
  start: () => startNamecheap(ZONE, PASSWORD),
  record: (s, o) => record(s.url, o),
  creates: false,
  oneRequest: true,
  sameAnswer: true,
  types: ['A'],
  isWrite: (r) => r.url.pathname === '/update',
});

const xml = (inner: string) =>
  `<?xml version="1.0" encoding="utf-16"?><interface-response><Command>SETDNSHOST</Command>${inner}<Done>true</Done></interface-response>`;
const refused = (words: string) => xml(`<ErrCount>1</ErrCount><errors><Err1>${words}</Err1></errors>`);

describe('Namecheap: its answers, read', () => {
  const api = { provider: 'Namecheap', label: 'Namecheap home.example.org A' };
  it.each([
    [xml('<IP>192.0.2.1</IP><ErrCount>0</ErrCount><errors />'), 'updated', null],
    [xml('<ErrCount>0</ErrCount><errors />'), 'updated', null],
    [xml('<IP>192.0.2.9</IP><ErrCount>0</ErrCount><errors />'), 'retry', null],
    [refused('Passwords do not match'), 'stop', 'Passwords do not match'],
    [refused('Domain name not found'), 'stop', 'Domain name not found'],
    [refused('No Records updated. A record not Found;'), 'stop', null],
    [refused('secret-looking words 123'), 'stop', null],
    ['<html>maintenance</html>', 'retry', null],
    ['', 'retry', null],
  ])('%j is %s', (body, kind, said) => {
    const out = readNamecheap(body, '192.0.2.1', api);
    expect(out.kind).toBe(kind);
    const text = JSON.stringify(out);
    expect(text).not.toMatch(/maintenance|secret-looking|<Err1>/);
    if (said) expect(text).toContain(said);
  });

  it('sends the owner name, "@" for the domain itself', () => {
    expect(ownerOf('home.example.org', 'example.org')).toBe('home');
    expect(ownerOf('a.b.example.org', 'example.org')).toBe('a.b');
    expect(ownerOf('example.org', 'example.org')).toBe('@');
  });

  it('refuses an AAAA record at settings time, in words', () => {
    const parsed = ddnsRecordSchema.safeParse(record('https://dynamicdns.park-your-domain.com', { type: 'AAAA' }));
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain('IPv4 (A) records only');
  });
});
