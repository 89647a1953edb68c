/**
 * The import of GoDaddy, Gandi, Hetzner (DNS Console), bunny.net and Hostinger entries: each as its
 * ddns-updater docs/<provider>.md example writes it (and ddns-go's godaddy entry) becomes a valid
 * record of its provider with the entry's credentials, none refused.
 */
import { describe, expect, it } from 'vitest';

import { importDdnsUpdater } from '../../../../electron/engine/ddns/import-ddns-updater';
import { godaddy } from '../../../../electron/engine/ddns/providers/godaddy';
import { ddnsRecordSchema } from '../../../../shared/settings/ddns';

const CONFIG = {
  settings: [
    {
      provider: 'godaddy',
      domain: 'sub.domain.com',
      key: 'dLP4WKz5PdkS_GuUDNigHcLQFpw4CWNwAQ5',
      secret: 'GuUFdVFj8nJ1M79RtdwmkZ',
      ip_version: 'ipv4',
      ipv6_suffix: '',
    },
    {
      provider: 'gandi',
      domain: 'domain.com',
      personal_access_token: 'token',
      ttl: 3600,
      ip_version: 'ipv4',
      ipv6_suffix: '',
    },
    { provider: 'gandi', domain: 'old.domain.com', key: 'old-api-key', ip_version: 'ipv6' },
    {
      provider: 'hetzner',
      zone_identifier: 'some id',
      domain: 'domain.com',
      ttl: 600,
      token: 'yourtoken',
      ip_version: 'ipv4',
      ipv6_suffix: '',
    },
    { provider: 'hetzner', zone_identifier: 'aBc123', domain: 'home.example.org', token: 't', ttl: 1 },
    { provider: 'bunny', domain: 'sub.example.com', api_key: 'YOUR_API_KEY', ip_version: 'ipv4', ipv6_suffix: '' },
    {
      provider: 'hostinger',
      domain: 'domain.com',
      token: 'YOUR_HOSTINGER_API_TOKEN',
      ttl: 300,
      ip_version: 'ipv4',
      ipv6_suffix: '',
    },
    { provider: 'hostinger', domain: 'h.example.net', token: 'tok', ip_version: 'ipv6' },
  ],
};

describe('ddns-updater import: the REST providers of branch s76-c', () => {
  const { records, refused } = importDdnsUpdater(CONFIG);

  it('makes each entry its record, valid', () => {
    // docs/hetzner.md's own example has a zone ID with a space, which is not one: that line is refused.
    expect(refused).toEqual([expect.stringMatching(/^settings\[3\] \(hetzner domain\.com\): .*zone ID/)]);
    expect(records.map((r) => [r.provider, r.type])).toEqual([
      ['godaddy', 'A'],
      ['gandi', 'A'],
      ['gandi', 'AAAA'],
      ['hetzner', 'A'],
      ['hetzner', 'AAAA'],
      ['bunny', 'A'],
      ['hostinger', 'A'],
      ['hostinger', 'AAAA'],
    ]);
    for (const r of records) expect(ddnsRecordSchema.safeParse(r).success).toBe(true);
    expect(records[0]).toMatchObject({
      domain: 'domain.com',
      name: 'sub.domain.com',
      apiKey: 'dLP4WKz5PdkS_GuUDNigHcLQFpw4CWNwAQ5',
      secret: 'GuUFdVFj8nJ1M79RtdwmkZ',
    });
    expect(records[1]).toMatchObject({ domain: 'domain.com', name: 'domain.com', token: 'token', ttl: 3600 });
    expect(records[1]).not.toHaveProperty('tokenKind');
    // The old API key (`key`) is sent as Gandi documents it: Apikey.
    expect(records[2]).toMatchObject({ domain: 'domain.com', token: 'old-api-key', tokenKind: 'apikey' });
    // ddns-updater's TTL of 1 (its default) becomes the 60 the schema takes.
    expect(records[3]).toMatchObject({ zone: 'example.org', name: 'home.example.org', zoneId: 'aBc123', ttl: 60 });
    expect(records[5]).toMatchObject({ zone: 'example.com', name: 'sub.example.com', apiKey: 'YOUR_API_KEY' });
    expect(records[5]).not.toHaveProperty('ttl');
    expect(records[6]).toMatchObject({ domain: 'domain.com', name: 'domain.com', token: 'YOUR_HOSTINGER_API_TOKEN' });
    expect(records[6]).toMatchObject({ ttl: 300 });
    // Left out, ddns-updater's TTL for Hostinger is 14400; the import keeps it so.
    expect(records[7]).toMatchObject({ domain: 'example.net', name: 'h.example.net', ttl: 14_400 });
  });

  it("takes ddns-go's godaddy entry: id the key, secret the secret, its zone and TTL (600 at least)", () => {
    const fields = godaddy.fromDdnsGo!.fields(
      { id: 'go-key_1234', secret: 'go-secret', zone: 'example.co.uk', ttl: 300 },
      'home.example.co.uk',
    );
    const record = ddnsRecordSchema.parse({ id: 'x', type: 'AAAA', ...(fields as object) });
    expect(record).toMatchObject({
      provider: 'godaddy',
      domain: 'example.co.uk',
      name: 'home.example.co.uk',
      apiKey: 'go-key_1234',
      secret: 'go-secret',
      ttl: 600,
    });
  });
});
