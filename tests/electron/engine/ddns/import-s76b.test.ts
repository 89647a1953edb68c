/**
 * The import of netcup entries: as ddns-updater's docs/netcup.md example writes it, an entry
 * becomes a valid record of its provider with the entry's credentials, none refused.
 */
import { describe, expect, it } from 'vitest';

import { importDdnsUpdater } from '../../../../electron/engine/ddns/import-ddns-updater';
import { ddnsRecordSchema } from '../../../../shared/settings/ddns';

const CONFIG = {
  settings: [
    {
      provider: 'netcup',
      domain: 'domain.com',
      api_key: 'xxxxx',
      password: 'yyyyy',
      customer_number: '111111',
      ip_version: 'ipv4',
      ipv6_suffix: '',
    },
    {
      provider: 'netcup',
      domain: 'sub.domain.com',
      api_key: 'k',
      password: 'p',
      customer_number: '42',
      ip_version: 'ipv6',
    },
  ],
};

describe('ddns-updater import: netcup', () => {
  const { records, refused } = importDdnsUpdater(CONFIG);

  it('makes each entry its record, valid, with its keys', () => {
    expect(refused).toEqual([]);
    expect(records.map((r) => [r.provider, r.type])).toEqual([
      ['netcup', 'A'],
      ['netcup', 'AAAA'],
    ]);
    for (const r of records) expect(ddnsRecordSchema.safeParse(r).success).toBe(true);
    expect(records[0]).toMatchObject({
      domain: 'domain.com',
      name: 'domain.com',
      customerNumber: '111111',
      apiKey: 'xxxxx',
      password: 'yyyyy',
    });
    expect(records[1]).toMatchObject({ domain: 'domain.com', name: 'sub.domain.com', customerNumber: '42' });
  });
});
