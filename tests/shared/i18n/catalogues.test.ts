/**
 * Every catalogue has exactly the source's keys, and each translation takes the same ICU
 * arguments (names and kinds) as its English: a message that drops `{ip}` or turns a plural
 * into plain text fails here, as a key missing or extra fails the typecheck (catalogues/*.ts).
 */
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';

import { de } from '../../../shared/i18n/catalogues/de';
import { en } from '../../../shared/i18n/catalogues/en';
import { id } from '../../../shared/i18n/catalogues/id';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { pseudoCatalogue } from '../../helpers/pseudo-language';

const KIND: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: 'text',
  [TYPE.number]: 'number',
  [TYPE.date]: 'date',
  [TYPE.time]: 'time',
  [TYPE.select]: 'select',
  [TYPE.plural]: 'plural',
  [TYPE.tag]: 'tag',
};

/** A message's arguments as "name:kind", nested plurals and selects included, sorted and unique. */
function argumentsOf(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      const kind = KIND[el.type];
      if (kind && 'value' in el) found.add(`${el.value}:${kind}`);
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const o of Object.values(el.options)) walk(o.value);
      if (el.type === TYPE.tag) walk(el.children);
    }
  };
  walk(parse(message));
  return [...found].sort();
}

/** What differs between a translation and the source: keys missing or extra, arguments not the same. */
function problems(source: Record<string, string>, other: Record<string, string>): string[] {
  const out: string[] = [];
  for (const key of Object.keys(source)) if (!(key in other)) out.push(`${key}: missing`);
  for (const key of Object.keys(other)) if (!(key in source)) out.push(`${key}: not in the source`);
  for (const [key, message] of Object.entries(other)) {
    if (!(key in source)) continue;
    const want = argumentsOf(source[key]!).join(' ');
    const got = argumentsOf(message).join(' ');
    if (want !== got) out.push(`${key}: arguments ${got || '(none)'}, English has ${want || '(none)'}`);
  }
  return out;
}

const CATALOGUES = { en, de, id };

describe('the catalogues', () => {
  it('are one per language', () => expect(Object.keys(CATALOGUES).sort()).toEqual([...LANGUAGES].sort()));

  it.each([
    ['de', de],
    ['id', id],
    ['the pseudo-language', pseudoCatalogue()],
  ] as const)('%s has every key of English and no other, with the same arguments', (_, catalogue) =>
    expect(problems(en, catalogue)).toEqual([]),
  );

  it('every message parses as ICU and none is empty', () => {
    for (const [language, catalogue] of Object.entries(CATALOGUES))
      for (const [key, message] of Object.entries(catalogue)) {
        expect(message.trim(), `${language} ${key}`).not.toBe('');
        expect(() => parse(message), `${language} ${key}`).not.toThrow();
      }
  });
});

describe('the check itself', () => {
  const source = { a: 'Hello {name}', b: '{n, plural, one {# day} other {# days}}', c: 'Quit' };
  it.each<[string, Record<string, string>, string[]]>([
    ['the same', { a: 'Hallo {name}', b: '{n, plural, other {# Tage}}', c: 'Beenden' }, []],
    ['a key missing', { a: 'Hallo {name}', b: '{n, plural, other {# Tage}}' }, ['c: missing']],
    [
      'a key extra',
      { a: 'Hallo {name}', b: '{n, plural, other {# Tage}}', c: 'Beenden', d: 'Mehr' },
      ['d: not in the source'],
    ],
    [
      'an argument renamed',
      { a: 'Hallo {nom}', b: '{n, plural, other {# Tage}}', c: 'Beenden' },
      ['a: arguments nom:text, English has name:text'],
    ],
    [
      'a plural turned into text',
      { a: 'Hallo {name}', b: '{n} Tage', c: 'Beenden' },
      ['b: arguments n:text, English has n:plural'],
    ],
    [
      'an argument added',
      { a: 'Hallo {name}', b: '{n, plural, other {# Tage}}', c: 'Beenden {x}' },
      ['c: arguments x:text, English has (none)'],
    ],
  ])('finds %s', (_, other, found) => expect(problems(source, other)).toEqual(found));
});
