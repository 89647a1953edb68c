/**
 * Indonesian (en/editors.ts). Settings' editors' shared words: Test, options, unsaved.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { editors as source } from '../en/editors';

export const editors = {
  'editors.unknownKind': '{kind} (tidak dikenal)',
  'editors.moreOptions': 'Opsi lainnya',
  'editors.notSaved': 'belum disimpan',
  'editors.starting': 'memulai',
  'editors.off': 'mati',
  'editors.needsFixing': 'perlu diperbaiki',
  'editors.test': 'Uji',
  'editors.testing': 'Menguji…',
  'editors.testFill': 'Isi kolom di atas untuk mengujinya.',
  'editors.failed': 'Gagal:',
  'editors.noReason': 'Tidak ada alasan yang diberikan: lihat log.',
} as const satisfies Area<typeof source>;
