import type { Area } from '../area';
import type { reasons as source } from '../en/reasons';

export const reasons = {
  'reason.held.addressChange':
    'perubahan yang kembali dalam masa tahan menjadi satu notifikasi flap, bukan dua: "Tahan perubahan selama" adalah {duration}',
  'reason.held.siteChanged':
    'perubahan lokasi yang kembali dalam masa tahan tidak diberitahukan: "Tahan perubahan selama" adalah {duration}',
  'reason.held.siteOffline':
    'lokasi yang kembali sebelum itu hanya gangguan sesaat, tidak diberitahukan: "Laporkan offline setelah" adalah {duration}',
  'reason.held.unreadable': 'ditulis oleh versi IPWatch lain; disisihkan saat pemantauan berikutnya dimulai',

  'reason.speed.off': 'Tes kecepatan nonaktif: aktifkan di Pengaturan, Tes kecepatan.',
  'reason.speed.stopping': 'IPWatch sedang berhenti',
  'reason.speed.metered': 'Tidak dites: koneksi ini terukur ({inner}).',
  'reason.speed.notKept': 'Tes sudah berjalan tetapi tidak dapat disimpan di riwayat: {said}',

  'reason.metered.nm':
    'NetworkManager ({device}): {state, select, metered {terukur} other {tidak terukur}}{guessed, select, yes {, perkiraan} other {}}',
  'reason.metered.nmUnknown': 'NetworkManager ({device}) tidak tahu',
  'reason.metered.nmOdd': 'NetworkManager ({device}) menjawab "{said}", yang bukan status koneksi terukur',
  'reason.metered.nmMissing': 'NetworkManager (nmcli) tidak terpasang',
  'reason.metered.noRoute': 'tidak ada rute default IPv{family} untuk ditanyakan ke NetworkManager',
  'reason.metered.nmFailed': 'NetworkManager tidak dapat memberi tahu: {said}',
  'reason.metered.windows': 'Windows: biaya jaringan {cost}',
  'reason.metered.windowsNone': 'Windows tidak memiliki profil koneksi internet',
  'reason.metered.windowsOdd': 'Windows menjawab "{said}", yang bukan jenis biaya jaringan',
  'reason.metered.windowsFailed': 'Windows tidak dapat memberi tahu: {said}',
  'reason.metered.macos': 'macOS tidak memberi tahu program apakah koneksi terukur (tidak ada cara yang diketahui)',
  'reason.metered.noWay': 'tidak ada cara yang diketahui di {platform}',
  'reason.metered.askFailed': 'tidak dapat menanyakan ke sistem operasi: {said}',
  'reason.metered.said': '{said}',
} satisfies Area<typeof source>;
