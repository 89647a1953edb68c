/** German: the settings' words from shared/settings/language.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsLanguage as source } from '../en/settings-fields-language';

export const settingsFieldsLanguage = {
  'setting.label.language-of-notices-cf029e': 'Sprache der Benachrichtigungen',
  'setting.help.the-language-of-this-ceb3e5': 'Sprache der Benachrichtigungen dieses Kanals; leer: die der App.',
  'setting.choice.english-1b9ae0': 'English',
  'setting.choice.deutsch-f41f19': 'Deutsch',
  'setting.choice.bahasa-indonesia-7f0283': 'Bahasa Indonesia',
  'setting.label.display-language-16028c': 'Anzeigesprache',
  'setting.help.the-language-of-the-79864f':
    'Sprache im Infobereich, in Benachrichtigungen und in den Dashboards, die ihr folgen; „Automatisch“ folgt der Sprache dieses Rechners.',
  'setting.choice.automatic-616a67': 'Automatisch',
} satisfies Area<typeof source>;
