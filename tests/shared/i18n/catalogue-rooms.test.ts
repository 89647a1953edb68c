/**
 * The catalogues are named by what they hold (issue 75): every message lives in the file of its
 * room, the room its id's prefix gives (scripts/catalogue-rooms-table.ts), so a newcomer finds a
 * word's home from its room; de/ and id/ mirror en/'s files, key for key; no file passes 400 lines.
 * The entries are read as scripts/catalogue-rooms.ts reads them (the TypeScript compiler), and
 * gathered through index.ts as the app gathers them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { CATALOGUES, entryFiles, readEntries } from '../../../scripts/catalogue-rooms';
import { exportName, PREFIXES, roomOf, ROOMS } from '../../../scripts/catalogue-rooms-table';
import { de } from '../../../shared/i18n/catalogues/de';
import { en } from '../../../shared/i18n/catalogues/en';
import { id } from '../../../shared/i18n/catalogues/id';

const LANGUAGES = { en, de, id } as const;
const keysOf = (lang: string, file: string) => readEntries(path.join(CATALOGUES, lang, file)).map((e) => e.key);

describe('the catalogues by room', () => {
  it.each(entryFiles('en'))('en/%s holds exactly the messages of its room', (file) => {
    const keys = keysOf('en', file);
    expect(keys.length).toBeGreaterThan(0);
    const away = keys.filter((key) => `${roomOf(key).file}.ts` !== file);
    expect(away, 'each of these belongs in another room (scripts/catalogue-rooms-table.ts)').toEqual([]);
  });

  it('every message of the catalogue is in a room file, once', () => {
    const filed = entryFiles('en').flatMap((f) => keysOf('en', f));
    const fromFields = Object.keys(en).filter((k) => k.startsWith('setting.'));
    expect(new Set(filed).size).toBe(filed.length);
    expect([...filed, ...fromFields].sort()).toEqual(Object.keys(en).sort());
  });

  it.each(['de', 'id'])("%s/ mirrors en/'s files, key for key, in its order", (lang) => {
    expect(entryFiles(lang as 'de' | 'id')).toEqual(entryFiles('en'));
    for (const file of entryFiles('en')) expect(keysOf(lang, file), file).toEqual(keysOf('en', file));
    expect(Object.keys(LANGUAGES[lang as 'de' | 'id']).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(['en', 'de', 'id'] as const)('no %s room passes 400 lines, and each exports its room by name', (lang) => {
    for (const file of entryFiles(lang)) {
      const text = readFileSync(path.join(CATALOGUES, lang, file), 'utf8');
      expect(text.split('\n').length - 1, file).toBeLessThanOrEqual(400);
      expect(text, file).toContain(`export const ${exportName(file.replace(/\.ts$/, ''))} = {`);
    }
  });

  it('the table gives one room per prefix, and an unknown prefix fails loudly', () => {
    expect(() => roomOf('web.aPageNoOneHasMade.title')).toThrow(/no room for "web.aPageNoOneHasMade.title"/);
    expect(roomOf('bot.cmd.status.name')).toBe(ROOMS.botCommands);
    expect(roomOf('bot.status.title')).toBe(ROOMS.bot);
    expect(roomOf('reason.ddns.off')).toBe(ROOMS.ddns);
    const bare = PREFIXES.map(([p]) => p.replace(/\.$/, ''));
    expect(new Set(bare).size).toBe(bare.length);
    const used = new Set(
      Object.keys(en)
        .filter((k) => !k.startsWith('setting.'))
        .map((k) => roomOf(k).file),
    );
    expect([...used].sort()).toEqual(
      entryFiles('en')
        .map((f) => f.replace(/\.ts$/, ''))
        .sort(),
    );
  });
});
