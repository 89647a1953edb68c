import { describe, expect, it } from 'vitest';

import {
  acceptLanguageTags,
  discordLanguage,
  type Language,
  languageOfAcceptHeader,
  lookupLanguage,
  pickLanguage,
} from '../../../shared/i18n/languages';

describe('lookupLanguage: BCP 47 lookup, the tag then shorter prefixes', () => {
  it.each<[string, Language | null]>([
    ['en', 'en'],
    ['de', 'de'],
    ['id', 'id'],
    ['de-AT', 'de'],
    ['de-CH', 'de'],
    ['id-ID', 'id'],
    ['en-Latn-GB', 'en'],
    ['DE-de', 'de'],
    ['de_DE.UTF-8', 'de'],
    ['in', 'id'],
    ['in-ID', 'id'],
    ['*', null],
    ['fr', null],
    ['fr-FR', null],
    ['', null],
    ['ind', null],
    ['deu', null],
  ])('%j -> %j', (tag, language) => expect(lookupLanguage(tag)).toBe(language));
});

describe('pickLanguage: the first wanted tag one of ours serves', () => {
  it.each<[string[], Language, Language]>([
    [['de-AT', 'en'], 'en', 'de'],
    [['fr-FR', 'id-ID'], 'en', 'id'],
    [['fr', '*'], 'de', 'de'],
    [[], 'id', 'id'],
    [['in'], 'en', 'id'],
    [['ja', 'en-US', 'de'], 'id', 'en'],
  ])('%j (fallback %s) -> %s', (wanted, fallback, language) => expect(pickLanguage(wanted, fallback)).toBe(language));
});

describe('acceptLanguageTags: most wanted first, by q then the header order', () => {
  it.each<[string | undefined, string[]]>([
    [undefined, []],
    ['', []],
    ['de', ['de']],
    ['de-AT,de;q=0.9,en;q=0.8', ['de-AT', 'de', 'en']],
    ['en;q=0.5, id;q=0.9, de', ['de', 'id', 'en']],
    ['fr;q=0, de', ['de']],
    ['en, de', ['en', 'de']],
    ['de;q=abc, en;q=0.5', ['de', 'en']],
    ['de;q=2, en;q=0.5', ['de', 'en']],
    ['  ,de , ;q=1', ['de']],
    ['*;q=0.1, id-ID', ['id-ID', '*']],
    ['de;Q=0.3, en;q=0.4', ['en', 'de']],
  ])('%j -> %j', (header, tags) => expect(acceptLanguageTags(header)).toEqual(tags));

  it('reads at most 32 entries of a long header', () => {
    const header = [...Array.from({ length: 40 }, () => 'fr'), 'de'].join(',');
    expect(acceptLanguageTags(header)).toHaveLength(32);
    expect(languageOfAcceptHeader(header, 'en')).toBe('en');
  });

  it.each<[string, Language, Language]>([
    ['de-AT,de;q=0.9,en;q=0.8', 'en', 'de'],
    ['fr-CH, fr;q=0.9, id;q=0.8, en;q=0.7', 'de', 'id'],
    ['id;q=0.2, en;q=0.9', 'de', 'en'],
    ['fr, ja', 'id', 'id'],
  ])('languageOfAcceptHeader(%j, %s) -> %s', (header, fallback, language) =>
    expect(languageOfAcceptHeader(header, fallback)).toBe(language),
  );
});

describe("discordLanguage: Discord's locale codes", () => {
  it.each<[string | null | undefined, Language, Language]>([
    ['de', 'en', 'de'],
    ['id', 'en', 'id'],
    ['en-US', 'de', 'en'],
    ['en-GB', 'id', 'en'],
    ['fr', 'de', 'de'],
    ['pt-BR', 'en', 'en'],
    ['es-419', 'id', 'id'],
    [null, 'de', 'de'],
    [undefined, 'id', 'id'],
    ['', 'en', 'en'],
  ])('%j (fallback %s) -> %s', (locale, fallback, language) =>
    expect(discordLanguage(locale, fallback)).toBe(language),
  );
});
