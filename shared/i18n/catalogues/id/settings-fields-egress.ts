import type { Area } from '../area';
import type { settingsFieldsEgress as source } from '../en/settings-fields-egress';

export const settingsFieldsEgress = {
  'setting.label.connections-25db36': 'Koneksi',
  'setting.help.what-ipwatch-may-connect-476d9c':
    'Ke mana saja IPWatch boleh terhubung, dan apakah koneksi lainnya ditolak.',
  'setting.label.refuse-undeclared-connections-0af090': 'Tolak koneksi yang tidak terdaftar',
  'setting.help.refuse-any-connection-to-06813b':
    'Tolak setiap koneksi ke tujuan yang tidak ada dalam daftar tujuan; mati: koneksi hanya dicatat.',
  'setting.label.built-in-web-sources-f5d469': 'Sumber web bawaan',
  'setting.help.ask-the-built-in-ac4b36':
    'Tanyakan ke layanan web bawaan yang mengembalikan alamat Anda (ipify, ident.me...).',
  'setting.label.built-in-stun-sources-826975': 'Sumber STUN bawaan',
  'setting.help.ask-google-s-and-761920': 'Tanyakan alamat Anda ke server STUN Google dan Cloudflare.',
  'setting.label.built-in-dns-sources-9e8a62': 'Sumber DNS bawaan',
  'setting.help.ask-opendns-s-google-c75cee': 'Tanyakan alamat Anda ke name server OpenDNS, Google, dan Cloudflare.',
} satisfies Area<typeof source>;
