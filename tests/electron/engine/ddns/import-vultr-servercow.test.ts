/**
 * The import of Vultr and Servercow entries: each as its ddns-updater docs/<provider>.md example
 * writes it (qdm12/ddns-updater docs/vultr.md, docs/servercow.md), and a subdomain's and an
 * IPv6 entry beside them, becomes a valid record of its provider with the entry's credentials and
 * TTL, none refused.
 */
import { describe, expect, it } from 'vitest';

import { importDdnsUpdater } from '../../../../electron/engine/ddns/import-ddns-updater';
import { ddnsRecordSchema } from '../../../../shared/settings/ddns';

const CONFIG = {
  settings: [
    { provider: 'vultr', domain: 'potato.example.com', apikey: 'AAAAAAAAAAAAAAA', ttl: 300, ip_version: 'ipv4' },
    { provider: 'vultr', domain: 'example.co.uk', apikey: 'BBBB', ip_version: 'ipv6' },
    {
      provider: 'servercow',
      domain: 'domain.com',
      username: 'servercow_username',
      password: 'servercow_password',
      ttl: 600,
      ip_version: 'ipv4',
      ipv6_suffix: '',
    },
    { provider: 'servercow', domain: 'home.example.org', username: 'u', password: 'p', ip_version: 'ipv6' },
  ],
};

describe('ddns-updater import: Vultr, Servercow', () => {
  it('makes each entry its record, none refused', () => {
    const { records, refused } = importDdnsUpdater(CONFIG);
    expect(refused).toEqual([]);
    expect(records.map((r) => [r.provider, r.type])).toEqual([
      ['vultr', 'A'],
      ['vultr', 'AAAA'],
      ['servercow', 'A'],
      ['servercow', 'AAAA'],
    ]);
    const parsed = records.map((r) => ddnsRecordSchema.parse(r));
    expect(parsed[0]).toMatchObject({
      domain: 'example.com',
      name: 'potato.example.com',
      apiKey: 'AAAAAAAAAAAAAAA',
      ttl: 300,
      apiBase: 'https://api.vultr.com/v2',
    });
    expect(parsed[1]).toMatchObject({ domain: 'example.co.uk', name: 'example.co.uk', apiKey: 'BBBB', ttl: 300 });
    expect(parsed[2]).toMatchObject({
      domain: 'domain.com',
      name: 'domain.com',
      username: 'servercow_username',
      password: 'servercow_password',
      ttl: 600,
      apiBase: 'https://api.servercow.de/dns/v1',
    });
    expect(parsed[3]).toMatchObject({ domain: 'example.org', name: 'home.example.org', username: 'u', ttl: 120 });
  });
});
