/** Indonesian: the settings' words from shared/settings/egress-choice.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsEgressChoice as source } from '../en/settings-fields-egress-choice';

export const settingsFieldsEgressChoice = {
  'setting.label.take-ipv4-only-from-47e8c3': 'Ambil IPv4 hanya dari',
  'setting.help.ipv4-ranges-cidr-e-411cdb':
    'Rentang IPv4 (CIDR, mis. 198.51.100.0/24) tempat alamat harus berada; kosong: mana saja.',
  'setting.label.never-take-ipv4-from-7fe43f': 'Jangan pernah ambil IPv4 dari',
  'setting.help.ipv4-ranges-cidr-an-f058a2':
    'Rentang IPv4 (CIDR): alamat di dalamnya tidak pernah diambil sebagai alamat Anda.',
  'setting.label.take-ipv6-only-from-575ef0': 'Ambil IPv6 hanya dari',
  'setting.help.ipv6-ranges-cidr-e-0adac5':
    'Rentang IPv6 (CIDR, mis. 2001:db8::/32) tempat alamat harus berada; kosong: mana saja.',
  'setting.label.never-take-ipv6-from-903e04': 'Jangan pernah ambil IPv6 dari',
  'setting.help.ipv6-ranges-cidr-an-b800c3':
    'Rentang IPv6 (CIDR): alamat di dalamnya tidak pernah diambil sebagai alamat Anda.',
  'setting.label.leave-from-ipv4-5bf686': 'Keluar lewat (IPv4)',
  'setting.help.the-interface-its-ipv4-986fd5':
    'Antarmuka (alamat IPv4-nya) atau alamat lokal tempat pemeriksaan dan pembaruan keluar; kosong: pilihan sistem.',
  'setting.label.leave-from-ipv6-f7fbf8': 'Keluar lewat (IPv6)',
  'setting.help.the-interface-its-ipv6-9a0b39':
    'Antarmuka (alamat IPv6-nya) atau alamat lokal tempat pemeriksaan dan pembaruan keluar; kosong: pilihan sistem.',
} satisfies Area<typeof source>;
