/**
 * Every DNS provider's file (shared/settings/ddns-providers/<id>.ts) against its own schema and
 * the engine's registry: one id everywhere, every own field with its credential kind and its
 * place in the form, each destination a field of the record, https links, a line on what it is
 * in every language, and the same set of providers on both floors.
 */
import { describe, expect, it } from 'vitest';

import { DDNS } from '../../../electron/engine/ddns/registry';
import { de } from '../../../shared/i18n/catalogues/de';
import { en } from '../../../shared/i18n/catalogues/en';
import { id as indonesian } from '../../../shared/i18n/catalogues/id';
import { DDNS_SPECS } from '../../../shared/settings/ddns-providers';
import { DDNS_PROVIDER_NAMES } from '../../../shared/settings/ddns-providers/names';
import { DDNS_COMMON_FIELDS, type DdnsProviderSpec } from '../../../shared/settings/ddns-providers/spec';

const specs = DDNS_SPECS as readonly DdnsProviderSpec[];
const own = (s: DdnsProviderSpec) =>
  Object.keys(s.schema.shape).filter((k) => !(DDNS_COMMON_FIELDS as readonly string[]).includes(k));

describe('DNS providers: each file true to its schema', () => {
  it('the same providers in the settings and in the engine, each id once', () => {
    expect(specs.map((s) => s.id).sort()).toEqual(Object.keys(DDNS).sort());
    expect(new Set(specs.map((s) => s.id)).size).toBe(specs.length);
  });

  it.each(specs.map((s) => [s.id, s] as const))('%s', (id, s) => {
    expect((s.schema.shape.provider as unknown as { _zod: { def: { values: unknown[] } } })._zod.def.values).toEqual([
      id,
    ]);
    expect(Object.keys(s.kinds).sort()).toEqual(own(s).sort());
    expect(s.form.fields.map((f) => f.field).sort()).toEqual(own(s).sort());
    for (const f of s.form.advanced ?? []) expect(own(s)).toContain(f);
    for (const d of s.destinations) expect(own(s)).toContain(d.field);
    // Where a secret goes is said for every provider that has one.
    if (Object.values(s.kinds).includes('secret')) expect(s.destinations.length).toBeGreaterThan(0);
    expect(s.apiDocs).toMatch(/^https:\/\//);
    if (s.keyUrl) expect(s.keyUrl).toMatch(/^https:\/\//);
    expect(DDNS[id as keyof typeof DDNS].label.length).toBeGreaterThan(0);
    expect(DDNS_PROVIDER_NAMES[id]).toBe(s.label);
    const blurb = `editors.ddns.${id}.blurb`;
    for (const catalogue of [en, de, indonesian]) expect(catalogue).toHaveProperty([blurb]);
  });
});
