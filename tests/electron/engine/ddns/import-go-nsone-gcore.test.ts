/**
 * The import of ddns-go's nsone and gcore entries (jeessy2/ddns-go dns/nsone.go, dns/gcore.go; its
 * web page's constant.js asks each for its key as the secret alone, no id): each domain becomes a
 * valid record of its provider with the entry's key, zone and TTL (ddns-go's own default when unset).
 */
import { describe, expect, it } from 'vitest';

import { importDdnsGo } from '../../../../electron/engine/ddns/import-ddns-go';
import { ddnsRecordSchema } from '../../../../shared/settings/ddns';

const GO = {
  dnsconf: [
    {
      name: 'ns1',
      ipv4: { enable: true, domains: ['home.example.com', 'www:example.co.uk'] },
      ipv6: { enable: true, domains: ['v6.example.com'] },
      dns: { name: 'nsone', id: '', secret: 'qACMD09OJXBxT7XOuRs8' },
      ttl: '',
    },
    {
      name: 'gc',
      ipv4: { enable: true, domains: ['@:example.net'] },
      ipv6: { enable: true, domains: ['nas.example.net'] },
      dns: { name: 'gcore', id: '', secret: '29841$c767b25021d4c0a9' },
      ttl: '300',
    },
    {
      name: 'gc-default',
      ipv4: { enable: true, domains: ['a.example.org'] },
      dns: { name: 'gcore', secret: '7$x' },
    },
  ],
};

describe('ddns-go import: nsone, gcore', () => {
  const { records, refused } = importDdnsGo(GO);

  it('makes each domain its record, valid, with the key, the zone and the TTL', () => {
    expect(refused).toEqual([]);
    expect(records.map((r) => [r.provider, r.type, r.zone, r.name])).toEqual([
      ['nsone', 'A', 'example.com', 'home.example.com'],
      ['nsone', 'A', 'example.co.uk', 'www.example.co.uk'],
      ['nsone', 'AAAA', 'example.com', 'v6.example.com'],
      ['gcore', 'A', 'example.net', 'example.net'],
      ['gcore', 'AAAA', 'example.net', 'nas.example.net'],
      ['gcore', 'A', 'example.org', 'a.example.org'],
    ]);
    for (const r of records) expect(ddnsRecordSchema.safeParse(r).success).toBe(true);
    // ddns-go's unset TTL is its own default: 60 for NS1, 120 for Gcore.
    expect(records[0]).toMatchObject({ apiKey: 'qACMD09OJXBxT7XOuRs8', ttl: 60 });
    expect(records[3]).toMatchObject({ token: '29841$c767b25021d4c0a9', ttl: 300 });
    expect(records[5]).toMatchObject({ token: '7$x', ttl: 120 });
  });

  it('refuses an entry without its key, in words that name it', () => {
    const out = importDdnsGo({
      dnsconf: [{ ipv4: { enable: true, domains: ['h.example.com'] }, dns: { name: 'nsone', secret: '' } }],
    });
    expect(out.records).toEqual([]);
    expect(out.refused).toEqual([expect.stringMatching(/^dnsconf\[0\] \(nsone A h\.example\.com\): /)]);
  });
});
