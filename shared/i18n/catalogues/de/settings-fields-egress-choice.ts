/** German: the settings' words from shared/settings/egress-choice.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsEgressChoice as source } from '../en/settings-fields-egress-choice';

export const settingsFieldsEgressChoice = {
  'setting.label.take-ipv4-only-from-47e8c3': 'IPv4 nur nehmen aus',
  'setting.help.ipv4-ranges-cidr-e-411cdb':
    'IPv4-Bereiche (CIDR, z. B. 198.51.100.0/24), in denen eine Adresse liegen muss; leer: jede.',
  'setting.label.never-take-ipv4-from-7fe43f': 'IPv4 nie nehmen aus',
  'setting.help.ipv4-ranges-cidr-an-f058a2': 'IPv4-Bereiche (CIDR): eine Adresse darin wird nie als Ihre genommen.',
  'setting.label.take-ipv6-only-from-575ef0': 'IPv6 nur nehmen aus',
  'setting.help.ipv6-ranges-cidr-e-0adac5':
    'IPv6-Bereiche (CIDR, z. B. 2001:db8::/32), in denen eine Adresse liegen muss; leer: jede.',
  'setting.label.never-take-ipv6-from-903e04': 'IPv6 nie nehmen aus',
  'setting.help.ipv6-ranges-cidr-an-b800c3': 'IPv6-Bereiche (CIDR): eine Adresse darin wird nie als Ihre genommen.',
  'setting.label.leave-from-ipv4-5bf686': 'Ausgehend über (IPv4)',
  'setting.help.the-interface-its-ipv4-986fd5':
    'Die Schnittstelle (ihre IPv4-Adresse) oder lokale Adresse, über die Prüfungen und Updates gehen; leer: die des Systems.',
  'setting.label.leave-from-ipv6-f7fbf8': 'Ausgehend über (IPv6)',
  'setting.help.the-interface-its-ipv6-9a0b39':
    'Die Schnittstelle (ihre IPv6-Adresse) oder lokale Adresse, über die Prüfungen und Updates gehen; leer: die des Systems.',
} satisfies Area<typeof source>;
