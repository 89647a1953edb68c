import type { Area } from '../area';
import type { webLeftovers4 as source } from '../en/web-leftovers-4';

export const webLeftovers4 = {
  'error.fileMissing':
    '{known, select, yes {Berkas {place} tidak ada} other {Berkas yang diperlukan IPWatch tidak ada}}: apakah berkas itu dipindahkan atau dihapus?',
  'error.fileRefused':
    '{known, select, yes {IPWatch tidak diizinkan menulis atau membaca {place}} other {IPWatch tidak diizinkan menulis atau membaca berkas yang diperlukannya}}: periksa pemilik folder dan izinnya.',
  'error.diskFull': 'Disk penuh, jadi IPWatch tidak dapat menulis: kosongkan sebagian ruang.',
  'error.short.fileMissing': 'sebuah berkas tidak ada',
  'error.short.fileRefused': 'berkas tidak boleh ditulis',
  'error.short.diskFull': 'disk penuh',
} as const satisfies Area<typeof source>;
