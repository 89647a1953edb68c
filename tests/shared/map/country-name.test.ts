/**
 * Country names (shared/map/country-name.ts) say the truth in every language: each code of the
 * map's table has a name, no two codes share one (CLDR names the withdrawn AN "Curaçao", CW's
 * name, which this catches), AN is the Netherlands Antilles in the catalogue's words, and the
 * special or withdrawn codes the table does not hold (CS, YU, EU, AP, ZZ...) are not named at all:
 * the callers say "unknown" in words.
 */
import { describe, expect, it } from 'vitest';

import { LANGUAGES } from '../../../shared/i18n/languages';
import { english, translator } from '../../../shared/i18n/translators';
import { countryName, OWN_NAMES } from '../../../shared/map/country-name';
import { COUNTRY_TABLE } from '../../../shared/map/country-table';

const codes = Object.keys(COUNTRY_TABLE);

describe('countryName', () => {
  it.each(LANGUAGES)('names every code of the table, each with its own name (%s)', (language) => {
    const words = translator(language);
    const byName = new Map<string, string[]>();
    for (const code of codes) {
      const name = countryName(code, words);
      expect(name, code).toBeTruthy();
      byName.set(name!, [...(byName.get(name!) ?? []), code]);
    }
    expect([...byName].filter(([, same]) => same.length > 1)).toEqual([]);
  });

  it.each([
    ['AN', 'en', 'Netherlands Antilles (former, split in 2010)'],
    ['AN', 'de', 'Niederländische Antillen (ehemals, 2010 aufgelöst)'],
    ['an', 'id', 'Antillen Belanda (bekas, dibubarkan 2010)'],
    ['CW', 'en', 'Curaçao'],
    ['XK', 'en', 'Kosovo'],
    ['DE', 'de', 'Deutschland'],
  ] as const)('%s in %s is %s', (code, language, name) => {
    expect(countryName(code, translator(language))).toBe(name);
  });

  it.each(['CS', 'YU', 'EU', 'AP', 'ZZ', 'A1', 'A2', 'O1', 'SU', 'TP', '', null])(
    '%s, not a code of the table, has no name',
    (code) => {
      expect(countryName(code, english)).toBeNull();
    },
  );

  it('names by its own words only codes of the table', () => {
    for (const code of Object.keys(OWN_NAMES)) expect(COUNTRY_TABLE[code], code).toBeDefined();
  });
});
