/**
 * Indonesian (en/settings-rows.ts). Settings' rows: sources, channels, their states, the watcher, fleet and speed.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { settingsRows as source } from '../en/settings-rows';

export const settingsRows = {
  'settings.channels.none': 'Tidak ada kanal: tidak ada yang dikirim.',
  'settings.channels.new': 'Kanal baru',
  'settings.channels.unknownType': '{type} (tidak dikenal)',
  'settings.channels.notHere': '{label} (tidak di sini)',
  'settings.channels.test': 'Tes',
  'settings.channels.fixToTest': 'Perbaiki kolom yang ditandai di bawah untuk mengirim tes.',
  'settings.channels.newType': 'Jenis kanal baru',
  'settings.channels.add': 'Tambah kanal',
  'settings.channels.noDesktop': 'Notifikasi desktop tidak dapat tampil di sini: {reason}.',

  'settings.fleet.notStarted': 'Belum dimulai: {error}.',
  'settings.fleet.connecting': 'Menghubungkan ke broker…',
  'settings.fleet.failing': 'Broker tidak terjangkau: {error}.',
  'settings.fleet.noReason': 'tanpa alasan',
  'settings.fleet.connectedBut': 'Terhubung, tetapi: {error}.',
  'settings.fleet.connected': 'Terhubung ke broker.',
  'settings.fleet.test': 'Uji broker',

  'settings.sourceKind.http': 'Sumber HTTP',
  'settings.sourceKind.httpBlurb':
    'Layanan web yang menjawab dengan alamat tempat ia melihat Anda: sebagai teks, dalam kolom JSON, atau baris key=value.',
  'settings.sourceKind.dns': 'Sumber DNS',
  'settings.sourceKind.dnsBlurb':
    'Server DNS yang menjawab satu nama dengan alamat Anda (OpenDNS myip, Cloudflare whoami, Google TXT).',
  'settings.sourceKind.stun': 'Sumber STUN',
  'settings.sourceKind.stunBlurb':
    'Server STUN (seperti yang dipakai panggilan video): memberi tahu alamat dan port tempat ia melihat Anda.',
  'settings.sourceKind.interface': 'Alamat antarmuka itu sendiri',
  'settings.sourceKind.interfaceBlurb':
    'Untuk host yang memegang alamat publiknya: alamat global antarmuka itu sendiri, dibaca tanpa permintaan.',
  'settings.sourceKind.label': 'Jenis sumber',
  'settings.sourceKind.more': 'Opsi lainnya',
  'settings.sourceKind.providerPlaceholder': 'id sumber',

  'settings.sources.custom': 'Sumber kustom',
  'settings.sources.none': 'Belum ada: hanya sumber bawaan yang ditanya.',
  'settings.sources.new': 'Sumber baru',
  'settings.sources.add': 'Tambah sumber kustom',
  'settings.sources.legend': 'Sumber kustom',
  'settings.sources.answered': 'Menjawab {ip} dalam {ms} ms',
  'settings.sources.failed': 'Gagal:',

  'settings.speed.moves':
    'Setiap tes mengirim dan menerima data hingga batasnya ke Cloudflare (atau server yang diatur).',
  'settings.speed.metered':
    ' Saat terakhir ditanya, koneksinya {state, select, unknown {tidak diketahui biayanya} metered {terukur} other {tidak terukur}}: {detail}.',

  'settings.state.notSaved': 'belum disimpan',
  'settings.state.notInUse': 'tidak dipakai',
  'settings.state.notInUseWhy': 'Engine IPWatch tidak menanyainya: lihat log.',
  'settings.state.off': 'mati',
  'settings.state.starting': 'memulai',
  'settings.state.nothingSent': 'belum mengirim apa pun',
  'settings.state.working': 'berfungsi',
  'settings.state.retrying': 'mencoba lagi',
  'settings.state.failing': 'gagal',
  'settings.state.cannotRun': 'tidak dapat berjalan',
  'settings.state.paused': 'dijeda',
  'settings.state.removed': 'dihapus',
  'settings.state.botOff': 'bot mati',
  'settings.state.notJoined': 'belum bergabung',
  'settings.state.invite': 'Undang bot dengan tautan di atas.',
  'settings.state.cannotPost': 'tidak dapat mengirim',
  'settings.state.joined': 'bergabung',

  'settings.watcher.testing': 'Menguji…',
  'settings.watcher.failed': 'Gagal: {error}',
  'settings.watcher.runHook': 'Jalankan sekali (pengaturan tersimpan)',
  'settings.watcher.ping': 'Kirim ping uji (pengaturan tersimpan)',
  'settings.watcher.notRun': 'Belum pernah dijalankan.',
  'settings.watcher.lastRun': 'Terakhir dijalankan {when} ({event}): keluar dengan 0 dalam {took}.',
  'settings.watcher.lastRunFailed': 'Terakhir dijalankan {when} ({event}): {error}',
  'settings.watcher.pingOff': 'Mati: tidak ada ping yang dikirim.',
  'settings.watcher.pingWaiting': 'Menunggu pemeriksaan pertama untuk mengirim ping.',
  'settings.watcher.pingOk': 'Ping terakhir {when}: {signal}, diterima.',
  'settings.watcher.pingFailing': 'Ping gagal: {detail}',
  'settings.watcher.pingFailingRun': 'Ping gagal ({failures} kali berturut-turut): {detail}',
  'settings.watcher.lastAccepted': '; terakhir diterima {when}',
  'settings.watcher.worked': 'Berhasil: {detail} ({took}).',
} as const satisfies Area<typeof source>;
