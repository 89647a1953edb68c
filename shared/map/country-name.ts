/**
 * A country code as a reader's language names it ("Germany", "Deutschland", "Jerman"), from the
 * runtime's own CLDR data (Intl.DisplayNames), so no table of names ships. Null for no code or
 * one the runtime cannot name: the caller says "unknown" in its words, never the raw code. Pure.
 */
import { knownCountry } from './aggregate';

const namers = new Map<string, Intl.DisplayNames>();

export function countryName(code: string | null, language: string): string | null {
  const known = knownCountry(code);
  if (known === null) return null;
  let namer = namers.get(language);
  if (!namer) {
    namer = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    namers.set(language, namer);
  }
  try {
    return namer.of(known) ?? null;
  } catch {
    return null;
  }
}
