/**
 * Indonesian (en/serving.ts). How the dashboard is served: its certificate, host link and refused hosts.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { serving as source } from '../en/serving';

export const serving = {
  'serving.certificate.generated': 'Sertifikat (dibuat oleh IPWatch) SHA-256',
  'serving.certificate.configured': 'Sertifikat (dari {setting}) SHA-256',
  'serving.certificateLine': '{label}: {fingerprint}',
  'serving.plainHttp': 'HTTP tanpa enkripsi diizinkan di jaringan: token dan dasbor terkirim dalam bentuk terbaca',

  'web.hostLink.title': 'Memastikan bahwa Anda ada di komputer ini',
  'web.hostLink.unknown':
    'Tautan ini sudah dipakai, atau bukan dibuat oleh IPWatch ini: tautan dari `ipwatch open` hanya berlaku sekali.',
  'web.hostLink.expired': 'Tautan ini dibuka terlambat: tautan dari `ipwatch open` berlaku dalam 2 menit sejak dibuat.',
  'web.hostLink.signIn':
    'Peramban ini tidak masuk ke dasbor sebagai admin, jadi tidak ada yang dipastikan, dan tautannya sudah terpakai. Masuklah dulu dengan token admin.',
  'web.hostLink.next': 'Di komputer ini, jalankan `ipwatch open` lagi.',

  'web.hostRefused.title': 'Tidak dapat dibuka dengan nama ini',
  'web.hostRefused.whyOff':
    'IPWatch hanya menjawab di komputer ini, untuk localhost dan 127.0.0.1, karena {setting} tidak aktif.',
  'web.hostRefused.nextOff':
    'Buka di komputer ini lewat localhost, atau aktifkan {setting} di Pengaturan agar dapat dibuka dari perangkat lain.',
  'web.hostRefused.whyPlain':
    'Lewat HTTP biasa di komputer ini, IPWatch hanya menjawab untuk localhost, 127.0.0.1 dan [::1], bukan untuk nama lain yang mengarah ke sini.',
  'web.hostRefused.whyCertificate':
    'IPWatch menjawab untuk nama dan alamat yang ada di sertifikatnya, dan untuk localhost. Bukalah dengan salah satunya.',

  'web.serving.certificate': 'Sertifikat halaman ini',
  'web.serving.compare':
    'Bandingkan dengan sidik jari yang ditampilkan browser Anda untuk halaman ini (ikon gembok atau peringatannya, lalu detail sertifikat) dan dengan yang dicetak <code>ipwatch status</code> di komputer yang menjalankan IPWatch. Jika berbeda, ada pihak di antara Anda dan komputer itu yang menjawab menggantikan IPWatch dan telah melihat cara Anda masuk: berhenti di sini, ganti token yang Anda pakai di komputer itu (<code>ipwatch token rotate NAME</code>), lalu keluar di semua perangkat.',
} as const satisfies Area<typeof source>;
