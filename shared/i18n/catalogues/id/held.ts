/**
 * Indonesian (en/held.ts). Held notices and the alert policy.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { held as source } from '../en/held';

export const held = {
  'held.title': 'Ditahan oleh aturan peringatan',
  'held.unreadable': 'notifikasi yang tidak dapat dibaca versi ini; kapan dikirim tidak diketahui',
  'held.what.addressChange': 'perubahan alamat {family}',
  'held.what.siteOffline': '{site} offline',
  'held.what.siteChanged': '{site} berganti alamat',
  'held.aSite': 'sebuah lokasi',
  'held.whenUnknown': '{what}; kapan dikirim tidak diketahui',
  'held.dueUnlessReturns': '{what}, dikirim pada {time} kecuali sudah kembali',
  'held.dueUnlessChangesBack': '{what}, dikirim pada {time} kecuali berubah kembali',

  'reason.held.addressChange':
    'perubahan yang kembali dalam masa tahan menjadi satu notifikasi flap, bukan dua: "Tahan perubahan selama" adalah {duration}',
  'reason.held.siteChanged':
    'perubahan lokasi yang kembali dalam masa tahan tidak diberitahukan: "Tahan perubahan selama" adalah {duration}',
  'reason.held.siteOffline':
    'lokasi yang kembali sebelum itu hanya gangguan sesaat, tidak diberitahukan: "Laporkan terputus setelah" adalah {duration}',
  'reason.held.unreadable': 'ditulis oleh versi IPWatch lain; disisihkan saat pemantauan berikutnya dimulai',

  // The held notices, the service monitors and the speed test cards (renderer/src/pages/).
  'web.held.unreadable': 'Notifikasi yang ditahan kebijakan peringatan tidak dapat dibaca.',
} as const satisfies Area<typeof source>;
