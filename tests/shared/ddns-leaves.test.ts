/**
 * The DDNS records are a union by `provider` whose members also share a `type` field (A or
 * AAAA): the walker names each alternative by its discriminator, so the docs and the form say
 * which providers a field belongs to, and the provider choice has words for every member.
 */
import { describe, expect, it } from 'vitest';

import { settingsSchema } from '../../shared/settings';
import { DDNS_SPECS } from '../../shared/settings/ddns-providers';
import { leavesOf } from '../../shared/settings/schema-fields';

const leaves = new Map(leavesOf(settingsSchema).map((l) => [l.path, l]));

describe("the DDNS records' fields", () => {
  /** The providers whose record has `field`, in the specs' order: what the walker must name. */
  const having = (field: string) => DDNS_SPECS.filter((s) => field in s.schema.shape).map((s) => s.id);

  it.each(['server', 'keyName', 'token', 'apiBase', 'domain'])(
    'ddns.records[].%s belongs to the providers whose record has it, named by provider (not by record type)',
    (field) => {
      expect(having(field).length).toBeGreaterThan(0);
      expect(leaves.get(`ddns.records[].${field}`)?.only).toEqual(having(field));
    },
  );

  it('names the fields of the first providers as before', () => {
    expect(leaves.get('ddns.records[].server')?.only).toEqual(expect.arrayContaining(['rfc2136', 'dyndns2']));
    expect(leaves.get('ddns.records[].keyName')?.only).toEqual(['rfc2136']);
  });

  it('lists every provider as a choice of one field, each with words', () => {
    const provider = leaves.get('ddns.records[].provider')!;
    expect(provider.only).toBeUndefined();
    expect(provider.shape).toEqual({ kind: 'enum', options: DDNS_SPECS.map((s) => s.id) });
    expect(Object.keys(provider.meta.choices ?? {})).toHaveLength(DDNS_SPECS.length);
    expect(provider.meta.choices?.cloudflare).toBe('Cloudflare');
  });

  it('still names a custom source by its kind', () => {
    expect(leaves.get('sources.custom[].url')?.only).toEqual(['http']);
  });

  it('gives the shared fields once, for every provider', () => {
    expect(leaves.get('ddns.records[].type')?.only).toBeUndefined();
    expect(leaves.get('ddns.records[].enabled')?.only).toBeUndefined();
  });
});
