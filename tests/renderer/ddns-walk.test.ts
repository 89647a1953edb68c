/**
 * The page names a DDNS record's fields by their labels wherever it follows the draft into the
 * union of providers (schema-walk's schemaAt, the error list's trail), also when the record
 * leaves out a one-value field that has a default (an RFC 2136 record's `algorithm`).
 */
import { describe, expect, it } from 'vitest';

import { fieldTrail } from '../../renderer/src/settings/field-trail';
import { fieldMeta, schemaAt } from '../../renderer/src/settings/schema-walk';
import { english } from '../../shared/i18n/translators';
import { settingsSchema } from '../../shared/settings';

const draft = {
  ddns: {
    records: [
      { id: 'home', provider: 'rfc2136', server: '', zone: '', name: '', keyName: '', secret: '' },
      { id: 'duck', provider: 'duckdns', domain: '', token: '' },
      { id: 'cf', provider: 'cloudflare', token: '', name: '', zoneId: 'x' },
    ],
  },
};

describe("a DDNS record's fields in words", () => {
  it.each([
    ['ddns.records.0.name', ['DNS records', 'home', 'Host name']],
    ['ddns.records.0.secret', ['DNS records', 'home', 'TSIG secret']],
    ['ddns.records.0.port', ['DNS records', 'home', 'Server port']],
    ['ddns.records.1.domain', ['DNS records', 'duck', 'DuckDNS sub-domain']],
    ['ddns.records.2.zoneId', ['DNS records', 'cf', 'Cloudflare zone ID']],
  ])('%s reads %j', (path, trail) => expect(fieldTrail(path, draft, english)).toEqual(trail));

  it('finds no field of another provider in a record', () => {
    expect(schemaAt(settingsSchema, ['ddns', 'records', 1, 'keyName'], draft)).toBeNull();
  });

  it('still tells the alternatives apart by a one-value field the value gives', () => {
    const wrong = { ddns: { records: [{ ...draft.ddns.records[0], algorithm: 'hmac-md5' }] } };
    expect(schemaAt(settingsSchema, ['ddns', 'records', 0, 'keyName'], wrong)).toBeNull();
    const s = schemaAt(settingsSchema, ['ddns', 'records', 0, 'keyName'], draft);
    expect(s && fieldMeta(s).label).toBe('TSIG key name');
  });
});
