/**
 * Indonesian (en/speed.ts). Speed tests and metered connections.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { speed as source } from '../en/speed';

export const speed = {
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

  'reason.speed.cancelled': 'dibatalkan',
  'reason.speed.error': '{said}',
  'reason.speed.unreachable': 'server tes kecepatan tidak dapat dijangkau: {said}',
  'reason.speed.refused':
    '{kind, select, wait {server tes kecepatan meminta Anda menunggu sebelum tes berikutnya (HTTP 429)} forbidden {server tes kecepatan menolak permintaan (HTTP 403)} other {server tes kecepatan menjawab HTTP {status}}}',
  'reason.speed.refusedSaid':
    '{kind, select, wait {server tes kecepatan meminta Anda menunggu sebelum tes berikutnya (HTTP 429)} forbidden {server tes kecepatan menolak permintaan (HTTP 403)} other {server tes kecepatan menjawab HTTP {status}}}: {said}',
  'reason.speed.short': 'server tes kecepatan mengirim {received} dari {expected} byte yang diminta',
  'reason.speed.off': 'Tes kecepatan nonaktif: aktifkan di Pengaturan, Tes kecepatan.',
  'reason.speed.stopping': 'IPWatch sedang berhenti',
  'reason.speed.metered': 'Tidak dites: koneksi ini terukur ({inner}).',
  'reason.speed.notKept': 'Tes sudah berjalan tetapi tidak dapat disimpan di riwayat: {said}',

  'speed.running': 'Tes kecepatan: sedang berjalan',
  'speed.skipped': 'Tes kecepatan: dilewati ({why})',
  'speed.notRun': 'Tes kecepatan: belum dijalankan',
  'speed.failed': 'Tes kecepatan: gagal ({error})',
  'speed.line': 'Kecepatan: {down}, {up}',
  'speed.lineLatency': 'Kecepatan: {down}, {up}, {latency} ms',
  'speed.down': 'unduh {mbps} Mbps',
  'speed.up': 'unggah {mbps}',
  'speed.downMissing': 'unduhan tidak terukur',
  'speed.upMissing': 'unggahan tidak terukur',

  'web.speed.title': 'Tes kecepatan',
  'web.speed.failed': 'Gagal: {error}',
  'web.speed.when': '{time} ({ago}).',
  'web.speed.none': 'Belum ada tes kecepatan.',
  'web.speed.next': 'Tes terjadwal berikutnya {time}.',
  'web.speed.skipped': '{ago}: {why}',
  'web.speed.meteredUnknown': 'Terukur atau tidak: sistem tidak memberi tahu ({detail}), jadi tes tetap berjalan.',
  'web.speed.testing': 'Menguji…',
  'web.speed.run': 'Jalankan tes kecepatan',
  'web.speed.off': 'Tes kecepatan dimatikan di Pengaturan.',
  // A speed test's figures (renderer/src/pages/speed-view.ts): `n` already written as the language writes numbers.
  'web.speed.notMeasured': 'tidak diukur',
  'web.speed.mbps': '{n} Mbps',
  'web.speed.ms': '{n} ms',
  'web.speed.figures': 'unduh {down} · unggah {up} · latensi {latency}',
  'web.speed.figuresJitter': 'unduh {down} · unggah {up} · latensi {latency} (jitter {jitter})',
  'web.speed.scope':
    '{trigger, select, schedule {Terjadwal} other {Diminta}}: {mb} MB dalam {s} dtk lewat IPv{family} ke {server}{cut, select, bytes {; berhenti di batas data} time {; berhenti di batas waktu, angka sejauh ini} other {}}.',
} as const satisfies Area<typeof source>;
