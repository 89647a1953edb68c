/**
 * The one-request providers' import: each entry as its ddns-updater docs/<provider>.md example
 * writes it becomes its records, none refused (and ddns-go's dynv6 entry through fromDdnsGo).
 */
import { describe, expect, it } from 'vitest';

import { importDdnsUpdater } from '../../../../electron/engine/ddns/import-ddns-updater';
import { dynv6 } from '../../../../electron/engine/ddns/providers/dynv6';
import { namecheap } from '../../../../electron/engine/ddns/providers/namecheap';
import { ddnsRecordSchema } from '../../../../shared/settings/ddns';

const CONFIG = {
  settings: [
    { provider: 'dynv6', domain: 'myhome.dynv6.net', token: 'dynv6-tok', ip_version: 'ipv4', ipv6_suffix: '' },
    { provider: 'freedns', domain: 'home.mooo.com', token: 'free-tok', ip_version: 'ipv4' },
    { provider: 'njalla', domain: 'home.example.org', key: 'nj-key', ip_version: 'ipv6' },
    { provider: 'goip', domain: 'sub.mydomain.goip.de', username: 'u', password: 'goip-pass', ip_version: 'ipv4' },
    { provider: 'namecheap', domain: 'sub.domain.com', password: 'nc-pass', ip_version: 'ipv4' },
    { provider: 'dd24', domain: 'domain.com', password: 'dd24-pass', ip_version: 'ipv4', ipv6_suffix: '' },
    { provider: 'ddnss', domain: 'myhome.ddnss.de', username: 'user', password: 'ddnss-pass', dual_stack: false },
    { provider: 'ipv64', domain: 'home.any64.de', key: 'ipv64-key', ip_version: 'ipv4', ipv6_suffix: '' },
    { provider: 'myaddr', domain: 'your-name.myaddr.tools', key: 'myaddr-key', ip_version: 'ipv6', ipv6_suffix: '' },
    // docs/dondominio.md's example (the key in `key`), then the older form (`password`, an owner).
    {
      provider: 'dondominio',
      domain: 'domain.com',
      username: 'username',
      key: 'key',
      ip_version: 'ipv4',
      ipv6_suffix: '',
    },
    {
      provider: 'dondominio',
      domain: 'example.es',
      owner: 'home',
      username: 'u2',
      password: 'dd-old',
      ip_version: 'ipv6',
    },
  ],
};

describe('ddns-updater import: the one-request providers', () => {
  it('makes each entry its records, none refused', () => {
    const { records, refused } = importDdnsUpdater(CONFIG);
    expect(refused).toEqual([]);
    expect(records.map((r) => [r.provider, r.type])).toEqual([
      ['dynv6', 'A'],
      ['freedns', 'A'],
      ['njalla', 'AAAA'],
      ['goip', 'A'],
      ['namecheap', 'A'],
      ['dd24', 'A'],
      ['ddnss', 'A'],
      ['ddnss', 'AAAA'],
      ['ipv64', 'A'],
      ['myaddr', 'AAAA'],
      ['dondominio', 'A'],
      ['dondominio', 'AAAA'],
    ]);
    expect(records[0]).toMatchObject({ zone: 'myhome.dynv6.net', token: 'dynv6-tok' });
    expect(records[1]).toMatchObject({ name: 'home.mooo.com', token: 'free-tok' });
    expect(records[2]).toMatchObject({ name: 'home.example.org', token: 'nj-key' });
    expect(records[3]).toMatchObject({ name: 'sub.mydomain.goip.de', username: 'u', password: 'goip-pass' });
    expect(records[4]).toMatchObject({ domain: 'domain.com', name: 'sub.domain.com', password: 'nc-pass' });
    expect(records[5]).toMatchObject({ name: 'domain.com', password: 'dd24-pass' });
    expect(records[6]).toMatchObject({ name: 'myhome.ddnss.de', username: 'user', password: 'ddnss-pass' });
    expect(records[8]).toMatchObject({ hostname: 'home.any64.de', password: 'ipv64-key' });
    expect(records[9]).toMatchObject({ name: 'your-name.myaddr.tools', apiKey: 'myaddr-key' });
    expect(records[10]).toMatchObject({ name: 'domain.com', username: 'username', apiKey: 'key' });
    expect(records[11]).toMatchObject({ name: 'home.example.es', username: 'u2', apiKey: 'dd-old' });
  });

  it("takes ddns-go's dynv6 entry: its secret is the token, each domain a zone", () => {
    const fields = dynv6.fromDdnsGo!.fields({ id: '', secret: 'go-tok' }, 'myhome.dynv6.net');
    const record = ddnsRecordSchema.parse({ id: 'x', type: 'A', ...(fields as object) });
    expect(record).toMatchObject({ provider: 'dynv6', zone: 'myhome.dynv6.net', token: 'go-tok' });
  });

  it("takes ddns-go's namecheap entry: its secret is the Dynamic DNS password, the domain from the name", () => {
    const fields = namecheap.fromDdnsGo!.fields({ id: '', secret: 'nc-go-pass' }, 'www.example.co.uk');
    const record = ddnsRecordSchema.parse({ id: 'x', type: 'A', ...(fields as object) });
    expect(record).toMatchObject({ provider: 'namecheap', domain: 'example.co.uk', name: 'www.example.co.uk' });
    expect(record).toMatchObject({ password: 'nc-go-pass' });
  });
});
