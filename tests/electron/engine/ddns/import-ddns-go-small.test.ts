/**
 * The import of ddns-go's smaller providers (dnsla, rainyun, nowcn, eranet, tnethk, hipmdnsmgr): each entry, as ddns-go's
 * config (.ddns_go_config.yaml, config/config.go) writes it with ddns-go's own name for the
 * provider, becomes a valid record of IPWatch's provider with the entry's key and TTL, none refused but one ddns-go itself could not use.
 */
import { describe, expect, it } from 'vitest';

import { importDdnsGo } from '../../../../electron/engine/ddns/import-ddns-go';
import { ddnsRecordSchema } from '../../../../shared/settings/ddns';

const GO = {
  dnsconf: [
    {
      name: 'la',
      ipv4: { enable: true, domains: ['ddns.example.cn', 'www:example.com.cn'] },
      ipv6: { enable: true, domains: ['v6.example.cn'] },
      dns: { name: 'dnsla', id: 'a8f3b2c1d4e5', secret: 'go-dnsla-secret' },
      ttl: '',
    },
    {
      name: 'rain',
      ipv4: { enable: true, domains: ['@:example.top'] },
      ipv6: { enable: false, domains: ['off.example.top'] },
      dns: { name: 'rainyun', id: '48213', secret: 'go-rainyun-key' },
      ttl: '300',
    },
    {
      name: 'now',
      ipv4: { enable: true, domains: ['ddns:example.com.cn'] },
      dns: { name: 'nowcn', id: 'TN8c41f0a2', secret: 'go-nowcn-secret' },
      ttl: '',
    },
    {
      name: 'era',
      ipv6: { enable: true, domains: ['v6.example.net'] },
      dns: { name: 'eranet', id: 'ER01', secret: 'go-eranet-secret' },
      ttl: '1200',
    },
    {
      name: 'tnet',
      ipv4: { enable: true, domains: ['hk.example.hk'] },
      dns: { name: 'tnethk', id: 'TH02', secret: 'go-tnethk-secret' },
      ttl: '600',
    },
    {
      name: 'mgr',
      ipv4: { enable: true, domains: ['home.example.org'] },
      dns: { name: 'hipmdnsmgr', id: 'https://dnsmgr.example.org/api', secret: 'go-dnsmgr-token' },
      ttl: '',
    },
    {
      name: 'mgr-no-address',
      ipv4: { enable: true, domains: ['www.example.org'] },
      dns: { name: 'hipmdnsmgr', id: '', secret: 'go-dnsmgr-token' },
    },
  ],
};

describe('ddns-go import: the smaller providers', () => {
  const { records, refused } = importDdnsGo(GO);

  it('makes each domain its record, valid, with the key and the TTL', () => {
    // ddns-go falls back to its example host when the address is empty; IPWatch refuses the entry instead.
    expect(refused).toEqual([expect.stringMatching(/^dnsconf\[6\] \(hipmdnsmgr A www\.example\.org\): .*address/)]);
    expect(refused.join('\n')).not.toContain('go-dnsmgr-token');
    expect(records.map((r) => [r.provider, r.type, r.domain, r.name])).toEqual([
      ['dnsla', 'A', 'example.cn', 'ddns.example.cn'],
      ['dnsla', 'A', 'example.com.cn', 'www.example.com.cn'],
      ['dnsla', 'AAAA', 'example.cn', 'v6.example.cn'],
      ['rainyun', 'A', 'example.top', 'example.top'],
      ['nowcn', 'A', 'example.com.cn', 'ddns.example.com.cn'],
      ['eranet', 'AAAA', 'example.net', 'v6.example.net'],
      ['tnethk', 'A', 'example.hk', 'hk.example.hk'],
      ['hipmdnsmgr', 'A', 'example.org', 'home.example.org'],
    ]);
    for (const r of records) expect(ddnsRecordSchema.safeParse(r).success).toBe(true);
    // ddns-go's unset TTL is its own default, 600.
    expect(records[0]).toMatchObject({ apiId: 'a8f3b2c1d4e5', secret: 'go-dnsla-secret', ttl: 600 });
    expect(records[3]).toMatchObject({ domainId: '48213', apiKey: 'go-rainyun-key', ttl: 300 });
    expect(records[4]).toMatchObject({ accessInstanceId: 'TN8c41f0a2', secret: 'go-nowcn-secret', ttl: 600 });
    expect(records[5]).toMatchObject({ accessInstanceId: 'ER01', secret: 'go-eranet-secret', ttl: 1200 });
    expect(records[6]).toMatchObject({ accessInstanceId: 'TH02', secret: 'go-tnethk-secret', ttl: 600 });
    expect(records[7]).toMatchObject({ apiBase: 'https://dnsmgr.example.org/api', token: 'go-dnsmgr-token', ttl: 600 });
  });
});
