/** German: the settings' words from shared/settings/path.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsPath as source } from '../en/settings-fields-path';

export const settingsFieldsPath = {
  'setting.label.trace-the-path-b3f9ed': 'Weg verfolgen',
  'setting.help.at-each-confirmed-change-a596ae':
    'Bei jedem bestätigten Wechsel und auf Wunsch den Weg zum Ziel mit tracepath oder traceroute verfolgen.',
  'setting.label.path-target-2508b4': 'Ziel des Wegs',
  'setting.help.a-public-address-ipv4-a6be74':
    'Eine öffentliche Adresse (IPv4 oder IPv6), zu der der Weg verfolgt wird.',
} satisfies Area<typeof source>;
