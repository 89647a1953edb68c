/** Indonesian: the settings' words from shared/settings/api.ts (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsApi as source } from '../en/settings-fields-api';

export const settingsFieldsApi = {
  'setting.label.serve-the-dashboard-and-5471c3': 'Sajikan dasbor dan API',
  'setting.help.run-the-web-dashboard-ef8fb3': 'Jalankan dasbor web dan API HTTP lokal selama IPWatch memantau.',
  'setting.label.tcp-port-a28fbe': 'Port TCP',
  'setting.help.where-the-dashboard-and-7a9ab0':
    'Port tempat dasbor dan API dapat diakses; 0 memilih port yang bebas dan mencatatnya di log.',
  'setting.help.listen-on-every-network-4664cf':
    'Dapat diakses di semua antarmuka jaringan, tidak hanya di komputer ini, melalui HTTPS (api.tls atau sertifikat buatan IPWatch).',
  'setting.help.the-certificate-pem-chain-80c890':
    'File sertifikat (PEM, disusul rantainya) dan kunci yang dipakai dasbor di LAN, dimuat ulang saat berubah; jika tidak ada, IPWatch membuatnya sendiri saat pertama kali dijalankan.',
  'setting.label.certificate-file-a6a8a5': 'File sertifikat',
  'setting.help.pem-the-certificate-then-d52bf4': 'PEM: sertifikatnya, lalu sertifikat perantara (jika ada).',
  'setting.label.key-file-6ed7c6': 'File kunci',
  'setting.help.pem-the-private-key-fce57f': 'PEM: kunci privat sertifikat tersebut, tanpa enkripsi.',
  'setting.label.allow-plain-http-on-3118d7': 'Izinkan HTTP biasa di LAN',
  'setting.help.also-answer-plain-http-d46097':
    'Juga melayani HTTP biasa dari komputer lain (token lalu terkirim tanpa enkripsi); loopback tetap memakai HTTP biasa.',
  'setting.label.api-token-b72c4c': 'Token API',
  'setting.help.signs-in-browsers-and-5ca145':
    'Dipakai browser dan skrip untuk masuk, minimal 16 karakter; kosong: dibuat saat pertama kali dijalankan, di file api-token.',
  'setting.label.stay-signed-in-hours-5d242a': 'Tetap masuk (jam)',
  'setting.help.the-longest-a-browser-1c35d5':
    'Paling lama sebuah browser tetap masuk, maksimal 168 (7 hari); jika tidak dipakai selama 12 jam, browser dikeluarkan lebih awal.',
  'setting.label.request-time-limit-seconds-3c2b3d': 'Batas waktu permintaan (detik)',
  'setting.help.the-longest-a-request-8e0629':
    'Paling lama sebuah permintaan boleh tiba seluruhnya, header dan isinya (termasuk unggahan); yang lebih lambat ditutup.',
  'setting.label.public-status-badge-261b74': 'Lencana status publik',
  'setting.help.serve-api-v1-badge-b073c7':
    'Sajikan /api/v1/badge.svg (lama alamat bertahan, uptime) tanpa token, untuk disematkan di halaman web.',
  'setting.label.address-in-the-badge-b0a4b8': 'Alamat di lencana',
  'setting.help.show-the-public-address-642830':
    'Tampilkan alamat publiknya sendiri di lencana; nonaktif: hanya berapa lama alamat itu bertahan.',
  'setting.label.sign-in-7367ee': 'Masuk',
  'setting.help.ways-to-sign-in-ff0388': 'Cara masuk ke dasbor selain dengan token API (Discord).',
  'setting.help.who-may-sign-in-c1967a': 'Siapa yang boleh masuk ke dasbor dengan akun Discord-nya, dan sebagai apa.',
  'setting.label.application-id-a357b1': 'ID aplikasi',
  'setting.help.discord-developer-portal-your-f80669':
    'Discord Developer Portal, aplikasi Anda, OAuth2: Client ID. Kosong: nonaktif.',
  'setting.label.client-secret-d28dcb': 'Rahasia klien',
  'setting.help.oauth2-client-secret-or-858949': 'OAuth2: Client Secret (atau rujukan ke sana). Kosong: nonaktif.',
  'setting.label.admin-user-ids-c10552': 'ID pengguna admin',
  'setting.help.discord-users-who-sign-ebd11b':
    'Pengguna Discord yang masuk sebagai admin, selain pemegang izin Kelola Server di server yang dilayani.',
  'setting.label.viewer-role-ids-5db96e': 'ID peran pelihat',
  'setting.help.members-of-these-roles-14b7eb':
    'Anggota peran ini (di server yang dilayani bot) masuk sebagai pelihat.',
} satisfies Area<typeof source>;
