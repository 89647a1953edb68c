/**
 * More providers' ddns-updater entries, each as its docs/<provider>.md example writes it (the
 * fields of that file; ip_version "ipv4", easyDNS's "ipv6"), made the record of IPWatch's own provider, none refused.
 */
import { describe, expect, it } from 'vitest';

import { importDdnsUpdater } from '../../../../electron/engine/ddns/import-ddns-updater';

const CONFIG = {
  settings: [
    {
      provider: 'variomedia',
      domain: 'domain.com',
      email: 'email@domain.com',
      password: 'password',
      ip_version: 'ipv4',
      ipv6_suffix: '',
    },
    {
      provider: 'domeneshop',
      // docs/domeneshop.md lists two domains; the importer takes one an entry (as for every provider).
      domain: 'domain.com',
      token: 'token',
      secret: 'secret',
      ip_version: 'ipv4',
      ipv6_suffix: '',
    },
    {
      provider: 'zoneedit',
      domain: 'domain.com',
      username: 'username',
      token: 'token',
      ip_version: 'ipv4',
      ipv6_suffix: '',
    },
    {
      provider: 'easydns',
      domain: 'domain.com',
      username: 'username',
      token: 'token',
      ip_version: 'ipv6',
      ipv6_suffix: '',
    },
  ],
};

describe('ddns-updater import: more providers', () => {
  const { records, refused } = importDdnsUpdater(CONFIG);

  it('makes each entry its record, none refused', () => {
    expect(refused).toEqual([]);
    expect(records.map((r) => [r.provider, r.type])).toEqual([
      ['variomedia', 'A'],
      ['domeneshop', 'A'],
      ['zoneedit', 'A'],
      ['easydns', 'AAAA'],
    ]);
  });

  it("Variomedia: the e-mail logs in, with the DNS settings' password", () => {
    expect(records[0]).toMatchObject({
      hostname: 'domain.com',
      username: 'email@domain.com',
      password: 'password',
    });
  });

  it('Domeneshop: the token logs in with its secret', () => {
    expect(records[1]).toMatchObject({ hostname: 'domain.com', username: 'token', password: 'secret' });
  });

  it("ZoneEdit: the user name logs in with the zone's token", () => {
    expect(records[2]).toMatchObject({ name: 'domain.com', username: 'username', token: 'token' });
  });

  it('easyDNS: the user name logs in with the dynamic token, an AAAA record for "ipv6"', () => {
    expect(records[3]).toMatchObject({ name: 'domain.com', username: 'username', token: 'token' });
  });
});
