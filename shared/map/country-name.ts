/**
 * A country code as a reader's language names it ("Germany", "Deutschland", "Jerman"), from the
 * runtime's own CLDR data (Intl.DisplayNames), so no table of names ships. Null for no code or
 * one the runtime cannot name: the caller says "unknown" in its words, never the raw code. Pure.
 *
 * A withdrawn code the databases still give is named by its own words, not CLDR's: CLDR takes AN
 * (the Netherlands Antilles, withdrawn in 2010) as an alias of CW and names it "Curaçao", which
 * is one of the five islands it stood for (docs/identity.md, "The map").
 */
import type { MessageId, Translator } from '../i18n/translator';
import { knownCountry } from './aggregate';

/** The codes of the table CLDR misnames (an alias of another code): their names are the catalogue's. */
export const OWN_NAMES: Readonly<Record<string, MessageId>> = { AN: 'web.charts.map.country.AN' };

const namers = new Map<string, Intl.DisplayNames>();

export function countryName(code: string | null, words: Translator): string | null {
  const known = knownCountry(code);
  if (known === null) return null;
  const own = OWN_NAMES[known];
  if (own) return words.t(own);
  let namer = namers.get(words.language);
  if (!namer) {
    namer = new Intl.DisplayNames([words.language], { type: 'region', fallback: 'none' });
    namers.set(words.language, namer);
  }
  try {
    return namer.of(known) ?? null;
  } catch {
    return null;
  }
}
