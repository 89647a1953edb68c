/**
 * Indonesian (en/history.ts). The History page.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { history as source } from '../en/history';

export const history = {
  'web.history.title': 'Riwayat',
  'web.history.changeNotHere': 'Perubahan pada {at} tidak ada di halaman ini.',
  'web.history.noMatch': 'Tidak ada entri yang cocok dengan filter ini.',
  'web.history.none': 'Belum ada riwayat: cek pertama akan mencatatnya.',
  'web.history.firstSeen': 'Pertama terlihat',
  'web.history.from': 'Dari',
  'web.history.col.family': 'Versi IP',
  'web.history.col.address': 'Alamat',
  'web.history.col.from': 'Sejak',
  'web.history.col.lastSeen': 'Terakhir terlihat',
  'web.history.col.held': 'Lama',
  'web.history.col.checks': 'Cek',
  'web.history.col.network': 'Jaringan',
  'web.history.col.change': 'Perubahan',
  'web.history.filter.family': 'Versi IP',
  'web.history.filter.both': 'Keduanya',
  'web.history.filter.search': 'Cari alamat',
  'web.history.filter.example': 'mis. {example}',
  'web.history.filter.rows': 'Baris per halaman',
  'web.history.table.scrollable': 'Riwayat alamat, dapat digulir',
  'web.history.table.caption': 'Riwayat alamat',
  'web.history.pager': 'Halaman',
  'web.history.previous': 'Sebelumnya',
  'web.history.next': 'Berikutnya',
  'web.history.page': 'Halaman {page} dari {pages} ({total, plural, other {# entri}})',
  'web.history.export': 'Ekspor {format}',
  'web.history.exportNone': 'Belum ada yang bisa diekspor: belum ada alamat yang tercatat.',
} as const satisfies Area<typeof source>;
