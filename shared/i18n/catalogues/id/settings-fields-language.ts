/** Indonesian: the settings' words from shared/settings/language.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsLanguage as source } from '../en/settings-fields-language';

export const settingsFieldsLanguage = {
  'setting.label.language-of-notices-cf029e': 'Bahasa notifikasi',
  'setting.help.the-language-of-this-ceb3e5': 'Bahasa notifikasi kanal ini; kosong: bahasa aplikasi.',
  // A language is named in its own words, whatever the page's language (as language pickers do).
  'setting.choice.english-1b9ae0': 'English',
  'setting.choice.deutsch-f41f19': 'Deutsch',
  'setting.choice.bahasa-indonesia-7f0283': 'Bahasa Indonesia',
  'setting.label.display-language-16028c': 'Bahasa tampilan',
  'setting.help.the-language-of-the-79864f':
    'Bahasa ikon baki sistem, notifikasi, dan dasbor yang mengikutinya; Otomatis mengikuti bahasa komputer ini.',
  'setting.choice.automatic-616a67': 'Otomatis',
} satisfies Area<typeof source>;
