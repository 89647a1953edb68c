/**
 * The import of the providers of branch s76-e: each ddns-updater entry as its docs/<provider>.md
 * example writes it (and each ddns-go entry as its importer hands it over) becomes a valid record
 * of its provider with the entry's credentials.
 */
import { describe, expect, it } from 'vitest';

import { importDdnsUpdater } from '../../../../electron/engine/ddns/import-ddns-updater';
import { vercel } from '../../../../electron/engine/ddns/providers/vercel';
import { ddnsRecordSchema } from '../../../../shared/settings/ddns';

const CONFIG = {
  settings: [
    // docs/vercel.md's example, then one of a team with a TTL below Vercel's 60.
    {
      provider: 'vercel',
      domain: 'domain.com',
      token: 'yourtoken',
      ip_version: 'ipv4',
      ipv6_suffix: '',
      team_id: '',
    },
    { provider: 'vercel', domain: 'home.example.org', token: 't', team_id: 'team_abc123', ttl: 30, ip_version: 'ipv6' },
  ],
};

describe('ddns-updater import: the REST providers of branch s76-e', () => {
  const { records, refused } = importDdnsUpdater(CONFIG);

  it('makes each entry its record, valid', () => {
    expect(refused).toEqual([]);
    expect(records.map((r) => [r.provider, r.type])).toEqual([
      ['vercel', 'A'],
      ['vercel', 'AAAA'],
    ]);
    for (const r of records) expect(ddnsRecordSchema.safeParse(r).success).toBe(true);
    expect(records[0]).toMatchObject({ domain: 'domain.com', name: 'domain.com', token: 'yourtoken' });
    expect(records[0]).not.toHaveProperty('teamId');
    expect(records[1]).toMatchObject({
      domain: 'example.org',
      name: 'home.example.org',
      teamId: 'team_abc123',
      ttl: 60,
    });
  });
});

describe('ddns-go import: the REST providers of branch s76-e', () => {
  it("takes ddns-go's vercel entry: secret the token, extparam the team ID", () => {
    const fields = vercel.fromDdnsGo!.fields(
      { id: '', secret: 'vc-secret', extparam: 'team_xyz', zone: 'example.co.uk', ttl: 600 },
      'home.example.co.uk',
    );
    const record = ddnsRecordSchema.parse({ id: 'x', type: 'A', ...(fields as object) });
    expect(record).toMatchObject({
      provider: 'vercel',
      domain: 'example.co.uk',
      name: 'home.example.co.uk',
      token: 'vc-secret',
      teamId: 'team_xyz',
      ttl: 600,
    });
  });
});
