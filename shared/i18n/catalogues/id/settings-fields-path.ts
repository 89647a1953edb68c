/** Indonesian: the settings' words from shared/settings/path.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsPath as source } from '../en/settings-fields-path';

export const settingsFieldsPath = {
  'setting.label.trace-the-path-b3f9ed': 'Lacak jalur',
  'setting.help.at-each-confirmed-change-a596ae':
    'Pada setiap perubahan yang terkonfirmasi dan saat diminta, lacak rute ke target dengan tracepath atau traceroute.',
  'setting.label.path-target-2508b4': 'Target jalur',
  'setting.help.a-public-address-ipv4-a6be74': 'Alamat publik (IPv4 atau IPv6) tujuan rute dilacak.',
} satisfies Area<typeof source>;
