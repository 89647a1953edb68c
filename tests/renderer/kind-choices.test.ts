/**
 * The DNS providers' search (renderer/src/settings/items/kind-choices.ts), on the real list of
 * providers: what a person types finds the provider they mean, case, accents and punctuation
 * aside; with nothing typed the most used come first and the others by name; the chosen one is
 * never taken away by a search.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { PROVIDERS } from '../../renderer/src/settings/ddns/forms';
import { folded, kindChoices } from '../../renderer/src/settings/items/kind-choices';
import { DDNS_PROVIDER_NAMES } from '../../shared/settings/ddns-providers/names';
import { propertyRun } from '../helpers/properties';

const labelOf = (k: string) => DDNS_PROVIDER_NAMES[k] ?? k;
const find = (query: string, keep: string | null = null) =>
  kindChoices(PROVIDERS, labelOf, { query, keep, popular: 10, popularLabel: 'Most used', allLabel: 'More' });
const found = (query: string) => find(query).groups.flatMap((g) => g.ids);

describe('finding a DNS provider', () => {
  it.each([
    ['pork', ['porkbun']],
    ['PORKBUN', ['porkbun']],
    ['no ip', ['noip']],
    ['no-ip', ['noip']],
    ['hurricane', ['he']],
    ['route 53', ['route53']],
    ['amazon', ['route53']],
    ['desec', ['desec']],
    ['dé sec', ['desec']],
    ['cloud dns', ['cloudns']],
  ])('"%s" finds %j', (query, expected) => {
    for (const id of expected) expect(found(query)).toContain(id);
  });

  it('takes every word: "hetzner cloud" is Hetzner Cloud DNS alone', () => {
    expect(found('hetzner cloud')).toEqual(['hetznercloud']);
    expect(found('cloud')).toEqual(expect.arrayContaining(['cloudflare', 'hetznercloud', 'cloudns']));
  });

  it('finds nothing for a name no provider has, and says so by the count', () => {
    expect(find('zzzz-not-a-provider')).toEqual({ groups: [{ ids: [] }], found: 0 });
    expect(find('   ').found).toBe(PROVIDERS.length);
  });

  it('keeps the chosen provider first when the search leaves it out, without counting it', () => {
    const { groups, found: count } = find('pork', 'cloudflare');
    expect(groups[0]!.ids).toEqual(['cloudflare', 'porkbun']);
    expect(count).toBe(1);
  });

  it('offers the most used first, then the others by name, each once', () => {
    const { groups } = find('');
    expect(groups.map((g) => g.label)).toEqual(['Most used', 'More']);
    expect(groups[0]!.ids).toEqual(PROVIDERS.slice(0, 10));
    expect(groups[0]!.ids.slice(0, 2)).toEqual(['cloudflare', 'duckdns']);
    const rest = groups[1]!.ids.map(labelOf);
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b)));
    expect(new Set(groups.flatMap((g) => g.ids)).size).toBe(PROVIDERS.length);
  });

  it("any piece of a provider's name, in any case, finds it (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROVIDERS), fc.nat(), fc.nat(), fc.boolean(), (id, a, b, upper) => {
        // The oracle: the name's letters and digits alone, lower case, by a plain ASCII filter.
        const plain = [...labelOf(id).toLowerCase()].filter((c) => /[a-z0-9]/.test(c)).join('');
        if (!plain) return true;
        const from = a % plain.length;
        const piece = plain.slice(from, from + 1 + (b % (plain.length - from)));
        const query = upper ? piece.toUpperCase() : piece;
        const hits = found(query);
        return hits.includes(id) && hits.every((k) => `${folded(labelOf(k))}${k}`.includes(piece));
      }),
      propertyRun('kind choices: a piece of a name'),
    );
  });
});
