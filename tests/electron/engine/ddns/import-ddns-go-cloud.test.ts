/**
 * The import of ddns-go's huaweicloud and edgeone entries (ddns-go only: qdm12/ddns-updater has
 * neither): each domain line, as ddns-go's config.yaml writes it (dnsconf[].dns {name, id,
 * secret}, ttl a string, "sub:zone" naming the zone), becomes a valid record of its provider with
 * the entry's key, and the TTL ddns-go would send (its own default when unset).
 */
import { describe, expect, it } from 'vitest';

import { importDdnsGo } from '../../../../electron/engine/ddns/import-ddns-go';
import { ddnsRecordSchema } from '../../../../shared/settings/ddns';

const GO = {
  dnsconf: [
    {
      name: 'hw',
      ipv4: { enable: true, domains: ['ddns.example.cn', 'www:example.com.cn'] },
      ipv6: { enable: true, domains: ['v6.example.cn'] },
      dns: { name: 'huaweicloud', id: 'HPUAGOACCESSKEY', secret: 'go-hw-sk' },
      ttl: '',
    },
    {
      name: 'hw-ttl',
      ipv4: { enable: true, domains: ['@:example.org.cn'] },
      dns: { name: 'huaweicloud', id: 'HPUAGOACCESSKEY2', secret: 'go-hw-sk2' },
      ttl: '60',
    },
    {
      name: 'eo',
      ipv4: { enable: true, domains: ['eo.example.net'] },
      ipv6: { enable: true, domains: ['v6:example.net'] },
      dns: { name: 'edgeone', id: 'AKIDgoEdgeOneId', secret: 'go-eo-key' },
      ttl: '',
    },
    {
      name: 'eo-ttl',
      ipv4: { enable: true, domains: ['short.example.net'] },
      dns: { name: 'edgeone', id: 'AKIDgoEdgeOneId2', secret: 'go-eo-key2' },
      ttl: '1',
    },
  ],
};

describe('ddns-go import: huaweicloud, edgeone', () => {
  const { records: all, refused } = importDdnsGo(GO);
  const records = all.filter((r) => r.provider === 'huaweicloud');
  const edge = all.filter((r) => r.provider === 'edgeone');

  it('makes each domain its record, valid, with the key and the TTL', () => {
    expect(refused).toEqual([]);
    expect(records.map((r) => [r.provider, r.type, r.domain, r.name])).toEqual([
      ['huaweicloud', 'A', 'example.cn', 'ddns.example.cn'],
      ['huaweicloud', 'A', 'example.com.cn', 'www.example.com.cn'],
      ['huaweicloud', 'AAAA', 'example.cn', 'v6.example.cn'],
      ['huaweicloud', 'A', 'example.org.cn', 'example.org.cn'],
    ]);
    for (const r of records) expect(ddnsRecordSchema.safeParse(r).success).toBe(true);
    // ddns-go's unset TTL is its own Huawei default, 300.
    expect(records[0]).toMatchObject({ accessKeyId: 'HPUAGOACCESSKEY', secret: 'go-hw-sk', ttl: 300 });
    expect(records[3]).toMatchObject({ accessKeyId: 'HPUAGOACCESSKEY2', secret: 'go-hw-sk2', ttl: 60 });
  });

  it("makes each EdgeOne domain its record, valid, with the TTL kept within EdgeOne's 60-86400", () => {
    expect(all).toHaveLength(records.length + edge.length);
    expect(edge.map((r) => [r.provider, r.type, r.domain, r.name])).toEqual([
      ['edgeone', 'A', 'example.net', 'eo.example.net'],
      ['edgeone', 'AAAA', 'example.net', 'v6.example.net'],
      ['edgeone', 'A', 'example.net', 'short.example.net'],
    ]);
    for (const r of edge) expect(ddnsRecordSchema.safeParse(r).success).toBe(true);
    // ddns-go's unset TTL is its own EdgeOne default, 600; one EdgeOne refuses is raised to 60.
    expect(edge[0]).toMatchObject({ secretId: 'AKIDgoEdgeOneId', secret: 'go-eo-key', ttl: 600 });
    expect(edge[2]).toMatchObject({ secretId: 'AKIDgoEdgeOneId2', secret: 'go-eo-key2', ttl: 60 });
  });
});
