import { createIntl } from '@formatjs/intl';
import { describe, expect, it } from 'vitest';

import { de } from '../../../shared/i18n/catalogues/de';
import { en } from '../../../shared/i18n/catalogues/en';
import type { Language } from '../../../shared/i18n/languages';
import { createTranslator, type MessageId } from '../../../shared/i18n/translator';
import { t, translator } from '../../../shared/i18n/translators';

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

describe('typed ids', () => {
  it('a misspelt id fails the typecheck, in t and in FormatJS (react-intl shares the augmentation)', () => {
    const intl = createIntl({ locale: 'de', messages: de });
    // FormatJS's typed ids are the dashboard's (react-intl's): the tray's are the engine's own.
    expect(intl.formatMessage({ id: 'address.hidden' })).toBe('(verborgen)');
    // @ts-expect-error the tray's words are not in the dashboard's catalogue
    expect(intl.formatMessage({ id: 'tray.menu.quit' })).toBe('IPWatch beenden');
    // Never run: the typecheck (npx tsc) is the test of these two lines.
    const misspelt = () => {
      // @ts-expect-error not an id of the catalogue
      t('de', 'tray.menu.quitt');
      // @ts-expect-error not an id of the catalogue
      intl.formatMessage({ id: 'tray.menu.quitt' });
    };
    expect(misspelt).toBeTypeOf('function');
  });
});
