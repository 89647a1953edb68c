/**
 * A source's reasons as codes (issue 62, the catalogue's reasons-2 area): an answer's rejection
 * (shared/ip.ts) keeps the English detail it always gave, and its code says the same in English,
 * German, Indonesian and the pseudo-language.
 */
import { describe, expect, it } from 'vitest';

import { reasonSchema } from '../../shared/contract/reason';
import { english, translator } from '../../shared/i18n/translators';
import { validateAnswer } from '../../shared/ip';
import type { Family } from '../../shared/types';
import { reasonWords } from '../../shared/words/reason';
import { pseudoTranslator, unmarkedText } from '../helpers/pseudo-language';

const rejected = (raw: string, family: Family) => {
  const v = validateAnswer(raw, family);
  if (v.ok) throw new Error(`${raw} was taken`);
  return v;
};

describe("an answer's rejection", () => {
  it.each<[raw: string, family: Family, detail: string]>([
    ['', 4, 'empty answer'],
    ['<html><body>hi</body></html>', 4, 'an HTML page, not an address'],
    ['1.1.1.1 8.8.8.8', 4, 'several addresses in one answer (2)'],
    ['hello', 4, 'not an address: "hello"'],
    ['1.1.1.1', 6, 'expected IPv6, got IPv4 1.1.1.1'],
    ['10.1.2.3', 4, '10.1.2.3 is private (10.0.0.0/8)'],
    ['169.254.1.1', 4, '169.254.1.1 is link-local (169.254.0.0/16)'],
    ['4000::1', 6, '4000::1 is non-global (outside 2000::/3)'],
    ['100.64.0.1', 4, '100.64.0.1 is cgnat (100.64.0.0/10)'],
  ])('%j as IPv%i: its code says the English detail, byte for byte', (raw, family, detail) => {
    const v = rejected(raw, family);
    expect(v.detail).toBe(detail);
    expect(reasonWords(v.why, english)).toBe(detail);
    expect(reasonSchema.safeParse(v.why).success).toBe(true);
    expect(unmarkedText(reasonWords(v.why, pseudoTranslator()), [v.address ?? '', '"hello"'])).toEqual([]);
  });

  it('in German and Indonesian', () => {
    const say = (raw: string, family: Family, language: 'de' | 'id') =>
      reasonWords(rejected(raw, family).why, translator(language));
    expect(say('10.1.2.3', 4, 'de')).toBe('10.1.2.3 ist privat (10.0.0.0/8)');
    expect(say('4000::1', 6, 'de')).toBe('4000::1 ist nicht global (außerhalb von 2000::/3)');
    expect(say('<p>', 4, 'de')).toBe('eine HTML-Seite statt einer Adresse');
    expect(say('1.1.1.1', 6, 'de')).toBe('IPv6 erwartet, IPv4 erhalten: 1.1.1.1');
    expect(say('10.1.2.3', 4, 'id')).toBe('10.1.2.3 adalah alamat privat (10.0.0.0/8)');
    expect(say('', 4, 'id')).toBe('jawaban kosong');
    expect(say('1.1.1.1 8.8.8.8', 4, 'id')).toBe('beberapa alamat dalam satu jawaban (2)');
  });
});
