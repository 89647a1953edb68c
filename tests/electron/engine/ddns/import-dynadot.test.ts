/**
 * The import of ddns-go's dynadot entries (ddns-updater has no Dynadot): each domain line, in
 * ddns-go's own forms (`sub.example.com`, `sub:example.co.uk`, the domain itself), becomes a valid
 * Dynadot record with the entry's Dynamic DNS password (`dns.secret`) and its TTL.
 */
import { describe, expect, it } from 'vitest';

import { importDdnsGo } from '../../../../electron/engine/ddns/import-ddns-go';
import { ddnsRecordSchema } from '../../../../shared/settings/ddns';

const GO = {
  dnsconf: [
    {
      name: 'dyna',
      ipv4: { enable: true, domains: ['home.example.com', 'example.com'] },
      ipv6: { enable: true, domains: ['v6:example.co.uk'] },
      dns: { name: 'dynadot', id: '', secret: 'go-dynadot-pass' },
      ttl: '300',
    },
    {
      name: 'dyna-default-ttl',
      ipv4: { enable: true, domains: ['nas.example.net'] },
      ipv6: { enable: false, domains: ['off.example.net'] },
      dns: { name: 'dynadot', id: '', secret: 'second-pass' },
      ttl: '',
    },
  ],
};

describe('ddns-go import: dynadot', () => {
  const { records, refused } = importDdnsGo(GO);

  it('makes each domain line its record, valid, with the password and the TTL', () => {
    expect(refused).toEqual([]);
    expect(records.map((r) => [r.provider, r.type, r.zone, r.name])).toEqual([
      ['dynadot', 'A', 'example.com', 'home.example.com'],
      ['dynadot', 'A', 'example.com', 'example.com'],
      ['dynadot', 'AAAA', 'example.co.uk', 'v6.example.co.uk'],
      ['dynadot', 'A', 'example.net', 'nas.example.net'],
    ]);
    for (const r of records) expect(ddnsRecordSchema.safeParse(r).success).toBe(true);
    expect(records[0]).toMatchObject({ password: 'go-dynadot-pass', ttl: 300 });
    // ddns-go's unset TTL is what it sends Dynadot then, 600.
    expect(records[3]).toMatchObject({ password: 'second-pass', ttl: 600 });
  });
});
