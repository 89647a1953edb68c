import { describe, expect, it } from 'vitest';

import { en } from '../../../shared/i18n/catalogues/en';
import type { Language } from '../../../shared/i18n/languages';
import { createTranslator, type MessageId, t, translator } from '../../../shared/i18n/translator';

describe('t: a message in a language', () => {
  it.each<[Language, MessageId, Record<string, string | number>, string]>([
    ['en', 'tray.menu.quit', {}, 'Quit IPWatch'],
    ['de', 'tray.menu.quit', {}, 'IPWatch beenden'],
    ['id', 'tray.menu.quit', {}, 'Keluar dari IPWatch'],
    [
      'en',
      'notice.frequent.summary',
      { count: 3, duration: '1 h' },
      '3 changes within 1 h: the connection looks flaky.',
    ],
    [
      'en',
      'notice.frequent.summary',
      { count: 1, duration: '1 h' },
      '1 change within 1 h: the connection looks flaky.',
    ],
    ['de', 'notice.changed.title', { family: 'IPv6' }, 'Öffentliche IPv6-Adresse geändert'],
    ['id', 'duration.ago', { duration: '3 mnt' }, '3 mnt yang lalu'],
  ])('%s %s %j -> %j', (language, id, values, text) => expect(t(language, id, values)).toBe(text));

  it('builds each language once', () => {
    expect(translator('de')).toBe(translator('de'));
    expect(translator('de')).not.toBe(translator('id'));
    expect(translator('id').language).toBe('id');
  });

  it('throws on a missing argument rather than send the raw pattern', () =>
    expect(() => t('de', 'notice.changed.title')).toThrow(/family/));

  it('takes any catalogue, in its locale', () => {
    const words = createTranslator('en', { ...en, 'tray.menu.quit': 'Leave' });
    expect(words.t('tray.menu.quit')).toBe('Leave');
  });
});
