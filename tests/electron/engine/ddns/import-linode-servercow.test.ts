/**
 * The import of Linode, LuaDNS, NameSilo and Scaleway entries (Servercow's to come): each as its ddns-updater
 * docs/<provider>.md example writes it (and ddns-go's namesilo entry) becomes a valid record of its
 * provider with the entry's credentials, none refused.
 */
import { describe, expect, it } from 'vitest';

import { importDdnsUpdater } from '../../../../electron/engine/ddns/import-ddns-updater';
import { namesilo } from '../../../../electron/engine/ddns/providers/namesilo';
import { ddnsRecordSchema } from '../../../../shared/settings/ddns';

const CONFIG = {
  settings: [
    {
      provider: 'linode',
      domain: 'domain.com',
      token: 'token',
      ip_version: 'ipv4',
      ipv6_suffix: '',
    },
    { provider: 'linode', domain: 'home.example.co.uk', token: 'tok2', ip_version: 'ipv6' },
    {
      provider: 'luadns',
      domain: 'domain.com',
      email: 'email',
      token: 'token',
      ip_version: 'ipv4',
      ipv6_suffix: '',
    },
    { provider: 'namesilo', domain: 'sub.example.com', key: '71dZaE8c2Aa926Ca2E8c1', ttl: 7207, ip_version: 'ipv4' },
    { provider: 'scaleway', domain: 'domain.com', secret_key: '<SECRET_KEY>', ip_version: 'ipv4', ipv6_suffix: '' },
  ],
};

describe('ddns-updater import: Linode, LuaDNS, NameSilo, Scaleway', () => {
  it('makes each entry its record, none refused', () => {
    const { records, refused } = importDdnsUpdater(CONFIG);
    expect(refused).toEqual([]);
    expect(records.map((r) => [r.provider, r.type])).toEqual([
      ['linode', 'A'],
      ['linode', 'AAAA'],
      ['luadns', 'A'],
      ['namesilo', 'A'],
      ['scaleway', 'A'],
    ]);
    expect(records[0]).toMatchObject({ domain: 'domain.com', name: 'domain.com', token: 'token' });
    expect(records[1]).toMatchObject({ domain: 'example.co.uk', name: 'home.example.co.uk', token: 'tok2' });
    expect(records[2]).toMatchObject({ zone: 'domain.com', name: 'domain.com', email: 'email', apiKey: 'token' });
    expect(records[3]).toMatchObject({
      domain: 'example.com',
      name: 'sub.example.com',
      apiKey: '71dZaE8c2Aa926Ca2E8c1',
      ttl: 7207,
    });
    expect(records[4]).toMatchObject({ zone: 'domain.com', name: 'domain.com', secret: '<SECRET_KEY>' });
  });

  it("takes ddns-go's namesilo entry: its secret is the API key", () => {
    const fields = namesilo.fromDdnsGo!.fields({ id: '', secret: 'go-key' }, 'home.example.org');
    const record = ddnsRecordSchema.parse({ id: 'x', type: 'A', ...(fields as object) });
    expect(record).toMatchObject({
      provider: 'namesilo',
      domain: 'example.org',
      name: 'home.example.org',
      apiKey: 'go-key',
      ttl: 3600,
    });
  });
});
