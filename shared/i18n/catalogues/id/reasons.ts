import type { Area } from '../area';
import type { reasons as source } from '../en/reasons';

export const reasons = {
  'reason.held.addressChange':
    'perubahan yang kembali dalam masa tahan menjadi satu notifikasi flap, bukan dua: "Tahan perubahan selama" adalah {duration}',
  'reason.held.siteChanged':
    'perubahan lokasi yang kembali dalam masa tahan tidak diberitahukan: "Tahan perubahan selama" adalah {duration}',
  'reason.held.siteOffline':
    'lokasi yang kembali sebelum itu hanya gangguan sesaat, tidak diberitahukan: "Laporkan terputus setelah" adalah {duration}',
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

  'reason.monitor.off': 'dinonaktifkan di pengaturan',
  'reason.monitor.timeout': 'tidak ada jawaban dalam batas waktu',
  'reason.monitor.noAddressYet': 'belum ada alamat IPv{family} terkonfirmasi untuk dibandingkan',
  'reason.monitor.resolves': '{host} mengarah ke alamat saat ini',
  'reason.monitor.resolvesElsewhere': '{host} mengarah ke {found}, bukan ke alamat saat ini {current}',
  'reason.monitor.status': 'menjawab dengan status {status}',
  'reason.monitor.statusNotExpected':
    'menjawab dengan status {status}, yang diharapkan {expected, select, any {jawaban 2xx atau 3xx} other {status {expected}}}',
  'reason.monitor.textMissing': 'menjawab dengan status {status} tanpa teks yang diharapkan',
  'reason.monitor.portOpen': 'port {port} menerima koneksi',
  'reason.monitor.failed': '{error}',
  'reason.monitor.failedLine': '{errorLine}',
  'reason.monitor.checkFailed': 'pemeriksaan gagal: {said}',

  'reason.watch.noIp': 'ip (iproute2) tidak ada di PATH',
  'reason.watch.windows': 'Windows tidak memiliki sumber event antarmuka tanpa modul native',
  'reason.watch.noSource': 'tidak ada sumber event antarmuka di {platform}',
  'reason.watch.starting': 'sumber event {kind} sedang dimulai',
  'reason.watch.said': '{said}',
  'reason.watch.stopped':
    '{what, select, cannotRun {{command} tidak dapat dijalankan ({code})} exited {{command} berhenti ({signal, select, none {kode {code}} other {{signal}}})} other {{said}}}{hasStderr, select, yes {: {stderr}} other {}}{retry, select, yes {; dijalankan lagi dalam {retrySec} dtk} other {}}',
} satisfies Area<typeof source>;
