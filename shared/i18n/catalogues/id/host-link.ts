import type { Area } from '../area';
import type { hostLink as source } from '../en/host-link';

export const hostLink = {
  'web.apiError.dangerous':
    'Hanya orang di komputer tempat IPWatch berjalan yang boleh membuat perubahan ini (perubahan ini mengubah ke mana rahasia tersimpan dikirim, apa yang dijalankan di sana, siapa yang boleh masuk, atau menurunkan perlindungan). Di komputer itu, jalankan `ipwatch open` untuk memastikan bahwa itu Anda, lalu coba lagi dalam 5 menit. Jika masuk dengan Discord: masuk lagi, lalu coba lagi dalam 5 menit.',
  'web.hostLink.title': 'Memastikan bahwa Anda ada di komputer ini',
  'web.hostLink.unknown':
    'Tautan ini sudah dipakai, atau bukan dibuat oleh IPWatch ini: tautan dari `ipwatch open` hanya berlaku sekali.',
  'web.hostLink.expired': 'Tautan ini dibuka terlambat: tautan dari `ipwatch open` berlaku dalam 2 menit sejak dibuat.',
  'web.hostLink.signIn':
    'Peramban ini tidak masuk ke dasbor sebagai admin, jadi tidak ada yang dipastikan, dan tautannya sudah terpakai. Masuklah dulu dengan token admin.',
  'web.hostLink.next': 'Di komputer ini, jalankan `ipwatch open` lagi.',
} as const satisfies Area<typeof source>;
