import type { Area } from '../area';
import type { webLeftovers as source } from '../en/web-leftovers';

export const webLeftovers = {
  'web.activity.notice.named': '“{name}”',

  'web.apiError.noAnswer':
    'tidak ada jawaban dari IPWatch (mungkin sudah berhenti, atau jaringan antara Anda dan IPWatch terputus)',
  'web.apiError.signedOut': 'sudah keluar',
  'web.apiError.internal': 'permintaan gagal; alasannya ada di log',
  'web.apiError.crossSite': 'permintaan dari situs lain ditolak',
  'web.apiError.forbidden': 'aplikasi menolak ini: akses masuk Anda tidak mengizinkannya (HTTP 403)',
  'web.apiError.notFound': 'item ini tidak ada di aplikasi (HTTP 404): mungkin sudah dihapus',
  'web.apiError.conflict': 'aplikasi tidak dapat melakukannya sekarang (HTTP 409)',
  'web.apiError.tooLarge': 'aplikasi menolak permintaan sebesar ini (HTTP 413)',
  'web.apiError.busy': 'aplikasi sedang sibuk (HTTP {status}): coba lagi sebentar lagi',
  'web.apiError.refused': 'aplikasi menolak permintaan ini (HTTP {status})',
  'web.apiError.failed': 'terjadi kesalahan di aplikasi (HTTP {status})',
  'web.apiError.diskFull':
    'disk penuh: pengaturan tidak disimpan dan tidak ada yang berubah. Kosongkan sebagian ruang di disk folder data, lalu simpan lagi',
  'web.apiError.foreignSchema':
    'berkas ini berisi view, trigger, atau tabel atau indeks yang tidak dibuat IPWatch atau dibuat secara lain, jadi berkas ini tidak dipakai',
  'web.apiError.answered': 'jawaban aplikasi: “{said}”',
  'web.apiError.said': '{refusal}; jawaban aplikasi: “{said}”',
} satisfies Area<typeof source>;
