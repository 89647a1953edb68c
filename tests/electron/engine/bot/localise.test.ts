/** The commands' German and Indonesian as Discord takes them, and who is answered in which language (issue 62). */
import { describe, expect, it } from 'vitest';

import { commandDefinitions, COMMANDS } from '../../../../electron/engine/bot/commands/registry';
import { memberLanguage, postLanguage } from '../../../../electron/engine/bot/language';
import { commandListProblems } from '../../../fakes/discord/commands';

type Item = {
  name: string;
  description?: string;
  name_localizations?: Record<string, string>;
  description_localizations?: Record<string, string>;
  options?: Item[];
  choices?: Item[];
};

/** Every command, option and choice, with where it is. */
function walk(items: Item[], at: string): { at: string; item: Item; choice: boolean }[] {
  return items.flatMap((item) => [
    { at: `${at}/${item.name}`, item, choice: false },
    ...walk(item.options ?? [], `${at}/${item.name}`),
    ...(item.choices ?? []).map((c) => ({ at: `${at}/${item.name}=${c.name}`, item: c, choice: true })),
  ]);
}

const NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

describe('the registered commands', () => {
  const list = commandDefinitions() as unknown as Item[];

  it('keep their English names, the ones the dispatcher reads', () => {
    expect(list.map((c) => c.name)).toEqual(Object.values(COMMANDS).map((c) => c.name));
  });

  it.each(walk(list, ''))(
    '$at: a lowercase name of 1-32 letters and a description of 1-100, in every language',
    ({ item, choice }) => {
      expect(Object.keys(item.name_localizations ?? {})).toEqual(['de', 'id']);
      for (const name of [item.name, ...Object.values(item.name_localizations!)])
        if (choice) expect(name.length).toBeLessThanOrEqual(100);
        else {
          expect(name).toMatch(NAME);
          expect(name).toBe(name.toLowerCase());
        }
      if (choice) return;
      expect(Object.keys(item.description_localizations ?? {})).toEqual(['de', 'id']);
      for (const d of [item.description!, ...Object.values(item.description_localizations!)]) {
        expect(d.length).toBeGreaterThan(0);
        expect(d.length).toBeLessThanOrEqual(100);
      }
    },
  );

  it('pass the Discord stand-in, which refuses what Discord refuses', () => {
    expect(commandListProblems(list)).toEqual([]);
    const { name_localizations: _, ...first } = list[0]!;
    const bad = [
      { ...first, name: 'first', name_localizations: { de: 'Verlauf', 'de-DE': 'verlauf' } },
      { ...first, name: 'zwei wörter', description: 'x'.repeat(101) },
      {
        ...first,
        name: 'third',
        options: [
          { name: 'a', description: 'a', type: 3, name_localizations: { de: 'b' } },
          { name: 'b', description: 'b', type: 3 },
        ],
      },
    ];
    expect(commandListProblems(bad)).toEqual([
      '0.name_localizations.de: "Verlauf" is refused',
      '0.name_localizations.de-DE: not a Discord locale',
      '1.name: "zwei wörter" is refused',
      '1.description: must be 1 to 100 characters',
      '2.options: two named b in de',
    ]);
  });
});

describe('which language', () => {
  it.each([
    ['de', 'id', 'en', 'de'],
    ['fr', 'id', 'en', 'id'],
    ['fr', 'fr', 'de', 'de'],
    ['en-GB', 'de', 'id', 'en'],
    [null, 'de', 'en', 'de'],
  ] as const)('a member in %s, a server in %s, the app in %s: %s', (locale, guild, app, want) => {
    expect(memberLanguage(locale, guild, app)).toBe(want);
  });

  it.each([
    ['id', 'de', 'en', 'id'],
    [undefined, 'de', 'en', 'de'],
    [undefined, 'fr', 'id', 'id'],
    [undefined, null, 'de', 'de'],
  ] as const)('a post with the channel set to %s, a server in %s, the app in %s: %s', (channel, locale, app, want) => {
    expect(postLanguage(channel, locale, app)).toBe(want);
  });
});
