import type { Area } from '../area';
import type { webLeftovers2 as source } from '../en/web-leftovers-2';

export const webLeftovers2 = {
  'settingName.within': '{group} › {label}',
  'settingName.either': '{first} atau {second}',
  'settingName.item': '{label} › {item}',
  'error.egressRefused':
    '{known, select, yes {IPWatch tidak membuka koneksi ke {place}} other {IPWatch tidak membuka koneksi}}: koneksi ini tidak terdaftar, dan {setting} aktif.',
  'error.egressLocal':
    '{known, select, yes {IPWatch tidak membuka koneksi ke {place}} other {IPWatch tidak membuka koneksi}}: namanya menghasilkan alamat komputer ini atau jaringan lokalnya, yang tidak dinyatakan untuk nama itu, dan {setting} aktif.',
  'error.network':
    '{known, select, yes {Permintaan ke {place} gagal di jaringan} other {Permintaan gagal di jaringan}}: coba lagi; apakah komputer ini online?',
  'error.httpStatus':
    '{known, select, yes {{place} menjawab dengan galat} other {Layanan menjawab dengan galat}}: coba lagi nanti; jika terus terjadi, periksa alamatnya.',
  'error.rateLimited':
    '{known, select, yes {{place} meminta IPWatch untuk lebih jarang bertanya} other {Layanan meminta IPWatch untuk lebih jarang bertanya}}: permintaan berikutnya menunggu lebih lama.',
  'error.unreadable':
    '{known, select, yes {Jawaban dari {place} tidak dapat dibaca} other {Jawaban tidak dapat dibaca}}: mungkin layanan itu kini mengirim hal lain.',
  'error.short.proxyRefused': 'proxy menolak koneksi',
  'error.short.proxyUnusable': 'proxy yang disebut lingkungan tidak dapat dipakai',
  'error.short.cancelled': 'dibatalkan sebelum ada jawaban',
  'error.short.tooLarge': 'jawabannya terlalu besar',
  'web.hostRefused.title': 'Tidak dapat dibuka dengan nama ini',
  'web.hostRefused.whyOff':
    'IPWatch hanya menjawab di komputer ini, untuk localhost dan 127.0.0.1, karena {setting} tidak aktif.',
  'web.hostRefused.nextOff':
    'Buka di komputer ini lewat localhost, atau aktifkan {setting} di Pengaturan agar dapat dibuka dari perangkat lain.',
  'web.hostRefused.whyPlain':
    'Lewat HTTP biasa di komputer ini, IPWatch hanya menjawab untuk localhost, 127.0.0.1 dan [::1], bukan untuk nama lain yang mengarah ke sini.',
  'web.hostRefused.whyCertificate':
    'IPWatch menjawab untuk nama dan alamat yang ada di sertifikatnya, dan untuk localhost. Bukalah dengan salah satunya.',
} as const satisfies Area<typeof source>;
