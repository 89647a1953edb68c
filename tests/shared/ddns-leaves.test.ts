/**
 * The DDNS records are a union by `provider` whose members also share a `type` field (A or
 * AAAA): the walker names each alternative by its discriminator, so the docs and the form say
 * which providers a field belongs to, and the provider choice has words for every member.
 */
import { describe, expect, it } from 'vitest';

import { settingsSchema } from '../../shared/settings';
import { leavesOf } from '../../shared/settings/schema-fields';

const leaves = new Map(leavesOf(settingsSchema).map((l) => [l.path, l]));

describe("the DDNS records' fields", () => {
  it.each([
    ['ddns.records[].server', ['rfc2136', 'dyndns2']],
    ['ddns.records[].keyName', ['rfc2136']],
    ['ddns.records[].token', ['cloudflare', 'duckdns', 'desec']],
    ['ddns.records[].apiBase', ['cloudflare', 'duckdns', 'desec']],
    ['ddns.records[].domain', ['duckdns']],
  ])('%s belongs to %j, named by provider (not by record type)', (path, only) => {
    expect(leaves.get(path)?.only).toEqual(only);
  });

  it('lists every provider as a choice of one field, each with words', () => {
    const provider = leaves.get('ddns.records[].provider')!;
    expect(provider.only).toBeUndefined();
    expect(provider.shape).toEqual({ kind: 'enum', options: ['rfc2136', 'cloudflare', 'dyndns2', 'duckdns', 'desec'] });
    expect(Object.keys(provider.meta.choices ?? {})).toHaveLength(5);
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
