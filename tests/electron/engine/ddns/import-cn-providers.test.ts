/**
 * The import of Aliyun, DNSPod and Tencent Cloud entries: each as its ddns-updater docs/<provider>.md
 * example writes it, and ddns-go's alidns / dnspod / tencentcloud entries, becomes a valid record
 * of its provider with the entry's credentials, none refused.
 */
import { describe, expect, it } from 'vitest';

import { importDdnsGo } from '../../../../electron/engine/ddns/import-ddns-go';
import { importDdnsUpdater } from '../../../../electron/engine/ddns/import-ddns-updater';
import { ddnsRecordSchema } from '../../../../shared/settings/ddns';

const UPDATER = {
  settings: [
    {
      provider: 'aliyun',
      domain: 'domain.com',
      access_key_id: 'your access_key_id',
      access_secret: 'your access_secret',
      ip_version: 'ipv4',
      ipv6_suffix: '',
    },
    { provider: 'aliyun', domain: 'home.example.cn', access_key_id: 'LTAI5t', access_secret: 's', ip_version: 'ipv6' },
    { provider: 'dnspod', domain: 'domain.com', token: 'yourtoken', ip_version: 'ipv4', ipv6_suffix: '' },
    {
      provider: 'dnspod',
      domain: 'ddns.example.cn',
      token: '13490,6b5976c68aba5b14a0558b77c17c3932',
      ip_version: 'ipv4',
    },
  ],
};

const GO = {
  dnsconf: [
    {
      name: 'ali',
      ipv4: { enable: true, domains: ['ddns.example.cn', 'www:example.com.cn'] },
      ipv6: { enable: true, domains: ['v6.example.cn'] },
      dns: { name: 'alidns', id: 'LTAI5tGoId', secret: 'go-ali-secret' },
      ttl: '900',
    },
    {
      name: 'pod',
      ipv4: { enable: true, domains: ['@:example.org.cn'] },
      dns: { name: 'dnspod', id: '13490', secret: 'go-pod-token' },
      ttl: '',
    },
    {
      name: 'tc',
      ipv6: { enable: true, domains: ['tc.example.net'] },
      dns: { name: 'tencentcloud', id: 'AKIDgoSecretId', secret: 'go-tc-key' },
      ttl: '1200',
    },
  ],
};

describe('ddns-updater import: Aliyun, DNSPod, Tencent Cloud', () => {
  const { records, refused } = importDdnsUpdater(UPDATER);

  it('makes each entry its record, valid', () => {
    // docs/dnspod.md's own example token has no ID before a comma, which DNSPod's login_token needs.
    expect(refused).toEqual([expect.stringMatching(/^settings\[2\] \(dnspod domain\.com\): .*"ID,TOKEN"/)]);
    expect(refused.join('\n')).not.toContain('yourtoken');
    expect(records.map((r) => [r.provider, r.type, r.name])).toEqual([
      ['aliyun', 'A', 'domain.com'],
      ['aliyun', 'AAAA', 'home.example.cn'],
      ['dnspod', 'A', 'ddns.example.cn'],
    ]);
    for (const r of records) expect(ddnsRecordSchema.safeParse(r).success).toBe(true);
    expect(records[0]).toMatchObject({
      domain: 'domain.com',
      accessKeyId: 'your access_key_id',
      secret: 'your access_secret',
    });
    expect(records[1]).toMatchObject({ domain: 'example.cn', accessKeyId: 'LTAI5t', secret: 's' });
    expect(records[2]).toMatchObject({
      domain: 'example.cn',
      tokenId: '13490',
      token: '6b5976c68aba5b14a0558b77c17c3932',
    });
  });
});

describe('ddns-go import: alidns, dnspod, tencentcloud', () => {
  const { records, refused } = importDdnsGo(GO);

  it('makes each domain its record, valid, with the TTL', () => {
    expect(refused).toEqual([]);
    expect(records.map((r) => [r.provider, r.type, r.domain, r.name])).toEqual([
      ['aliyun', 'A', 'example.cn', 'ddns.example.cn'],
      ['aliyun', 'A', 'example.com.cn', 'www.example.com.cn'],
      ['aliyun', 'AAAA', 'example.cn', 'v6.example.cn'],
      ['dnspod', 'A', 'example.org.cn', 'example.org.cn'],
      ['tencentcloud', 'AAAA', 'example.net', 'tc.example.net'],
    ]);
    for (const r of records) expect(ddnsRecordSchema.safeParse(r).success).toBe(true);
    expect(records[0]).toMatchObject({ accessKeyId: 'LTAI5tGoId', secret: 'go-ali-secret', ttl: 900 });
    // ddns-go's unset TTL is its own default, 600.
    expect(records[3]).toMatchObject({ tokenId: '13490', token: 'go-pod-token', ttl: 600 });
    expect(records[4]).toMatchObject({ secretId: 'AKIDgoSecretId', secret: 'go-tc-key', ttl: 1200 });
  });
});

describe('ddns-go import: aliesa (Alibaba Cloud ESA, ddns-go only)', () => {
  const { records, refused } = importDdnsGo({
    dnsconf: [
      {
        name: 'esa',
        ipv4: { enable: true, domains: ['www:example.com.cn', 'home.example.cn'] },
        ipv6: { enable: true, domains: ['home.example.cn'] },
        dns: { name: 'aliesa', id: 'LTAI5tEsaId', secret: 'go-esa-secret' },
        ttl: '',
      },
    ],
  });

  it("makes each domain its record at the site, valid, with ddns-go's TTL", () => {
    expect(refused).toEqual([]);
    expect(records.map((r) => [r.provider, r.type, r.domain, r.name])).toEqual([
      ['aliesa', 'A', 'example.com.cn', 'www.example.com.cn'],
      ['aliesa', 'A', 'example.cn', 'home.example.cn'],
      ['aliesa', 'AAAA', 'example.cn', 'home.example.cn'],
    ]);
    for (const r of records) expect(ddnsRecordSchema.safeParse(r).success).toBe(true);
    expect(records[0]).toMatchObject({ accessKeyId: 'LTAI5tEsaId', secret: 'go-esa-secret', ttl: 600 });
  });
});

describe('ddns-go import: baiducloud (Baidu AI Cloud, ddns-go only)', () => {
  const { records, refused } = importDdnsGo({
    dnsconf: [
      {
        name: 'bd',
        ipv4: { enable: true, domains: ['@:example.cn'] },
        ipv6: { enable: true, domains: ['v6.example.com.cn'] },
        dns: { name: 'baiducloud', id: 'ALTAKgoBaiduId', secret: 'go-baidu-sk' },
        ttl: '',
      },
    ],
  });

  it("makes each domain its record, valid, with ddns-go's TTL (300 when unset)", () => {
    expect(refused).toEqual([]);
    expect(records.map((r) => [r.provider, r.type, r.domain, r.name])).toEqual([
      ['baiducloud', 'A', 'example.cn', 'example.cn'],
      ['baiducloud', 'AAAA', 'example.com.cn', 'v6.example.com.cn'],
    ]);
    for (const r of records) expect(ddnsRecordSchema.safeParse(r).success).toBe(true);
    expect(records[0]).toMatchObject({ accessKeyId: 'ALTAKgoBaiduId', secret: 'go-baidu-sk', ttl: 300 });
  });
});
