/**
 * The settings of issue 76 (shared/settings/egress-choice.ts): where checks leave from and the
 * ranges detected addresses are taken from, refused at save in words, and those words in the
 * page's language (renderer/src/settings/author-words.ts reads them back against the catalogue's
 * `settings.schemaSays.*`).
 */
import { describe, expect, it } from 'vitest';

import { authorWords } from '../../renderer/src/settings/author-words';
import { translator } from '../../shared/i18n/translators';
import { parseSettings, settingsSchema } from '../../shared/settings';

const issues = (input: unknown) => {
  const r = settingsSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message] as const);
};

describe('where checks leave from, and the ranges taken', () => {
  it('takes an interface name, an address of the family, or nothing', () => {
    const r = parseSettings({
      monitor: { fromV4: 'Ethernet 2', fromV6: '2a02:8070::2' },
      sources: { includeV4: ['81.2.69.0/24'], excludeV6: ['fc00::/7', '2001:db8::1/128'] },
      ddns: { records: [{ id: 'h', provider: 'duckdns', token: 't', domain: 'home', from: 'wg0' }] },
    });
    expect(r.ok).toBe(true);
    expect(parseSettings({}).ok && parseSettings({})).toMatchObject({
      settings: { monitor: { fromV4: '', fromV6: '' }, sources: { includeV4: [], excludeV6: [] } },
    });
  });

  it.each<[unknown, [string, string, string]]>([
    [
      { monitor: { fromV6: '10.0.0.1' } },
      [
        'monitor.fromV6',
        '"10.0.0.1" is an IPv4 address, not IPv6',
        '„10.0.0.1“ ist eine IPv4-Adresse, keine IPv6-Adresse',
      ],
    ],
    [
      { monitor: { fromV4: '10.0.0.300' } },
      [
        'monitor.fromV4',
        '"10.0.0.300" is neither an interface name nor an address',
        '„10.0.0.300“ ist weder ein Schnittstellenname noch eine Adresse',
      ],
    ],
    [
      { sources: { excludeV4: ['8.8.8.8'] } },
      [
        'sources.excludeV4.0',
        '"8.8.8.8" has no prefix length: write 8.8.8.8/32 for one address',
        '„8.8.8.8“ hat keine Präfixlänge: schreiben Sie 8.8.8.8/32 für eine einzelne Adresse',
      ],
    ],
    [
      { sources: { includeV4: ['::/0'] } },
      ['sources.includeV4.0', '"::/0" is an IPv6 range, not IPv4', '„::/0“ ist ein IPv6-Bereich, kein IPv4-Bereich'],
    ],
    [
      { sources: { includeV6: ['2001:db8::/129'] } },
      [
        'sources.includeV6.0',
        '"2001:db8::/129" is not a range in CIDR notation',
        '„2001:db8::/129“ ist kein Bereich in CIDR-Schreibweise',
      ],
    ],
  ])('refuses %j in words, in English and German', (input, [path, english, german]) => {
    expect(issues(input)).toEqual([[path, english]]);
    expect(authorWords(english, translator('de'))).toBe(german);
  });
});
