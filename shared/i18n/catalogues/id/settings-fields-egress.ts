/** Indonesian: the settings' words from shared/settings/egress.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsEgress as source } from '../en/settings-fields-egress';

export const settingsFieldsEgress = {
  'setting.label.connections-25db36': 'Koneksi',
  'setting.help.what-ipwatch-may-connect-476d9c':
    'Ke mana saja IPWatch boleh terhubung, dan apakah koneksi lainnya ditolak.',
  'setting.help.refuse-any-connection-to-06813b':
    'Tolak setiap koneksi ke tujuan yang tidak ada dalam daftar tujuan; mati: koneksi hanya dicatat.',
  'setting.help.ask-the-built-in-ac4b36':
    'Tanyakan ke layanan web bawaan yang mengembalikan alamat Anda (ipify, ident.me...).',
  'setting.help.ask-google-s-and-761920': 'Tanyakan alamat Anda ke server STUN Google dan Cloudflare.',
  'setting.help.ask-opendns-s-google-c75cee': 'Tanyakan alamat Anda ke name server OpenDNS, Google, dan Cloudflare.',
} satisfies Area<typeof source>;
