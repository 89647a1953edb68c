import type { Area } from '../area';
import type { webConnections as source } from '../en/web-connections';

export const webConnections = {
  'web.page.connections': 'Koneksi',
  'web.connections.intro':
    'Setiap tujuan yang boleh dihubungi IPWatch dengan pengaturan saat ini, dan setiap tujuan yang sudah dihubunginya sejak dimulai.',
  'web.connections.what': 'koneksi',
  'web.connections.enforce':
    '{enforce, select, true {Koneksi ke tujuan di luar daftar ini ditolak.} other {Koneksi ke tujuan di luar daftar ini dicatat, tidak ditolak.}}',
  'web.connections.enforceLink': 'Ubah di Pengaturan › Koneksi',

  'web.connections.declared': 'Boleh dihubungi',
  'web.connections.declaredCount': '{count, plural, other {# tujuan untuk pengaturan saat ini}}',
  'web.connections.declaredNone': 'Tidak ada: dengan pengaturan saat ini IPWatch tidak menghubungi siapa pun.',
  'web.connections.declared.scrollable': 'Tujuan yang boleh dihubungi IPWatch, dapat digulir',
  'web.connections.group': '{purpose} ({count, plural, other {# tujuan}})',
  'web.connections.result.address': 'menjawab dengan alamat',
  'web.connections.result.noAddress': 'menjawab, tetapi tanpa alamat',
  'web.connections.col.destination': 'Tujuan',
  'web.connections.col.port': 'Port',
  'web.connections.col.purpose': 'Keperluan',
  'web.connections.col.setting': 'Diaktifkan oleh',
  'web.connections.col.often': 'Seberapa sering',
  'web.connections.col.count': 'Jumlah',
  'web.connections.col.last': 'Terakhir',
  'web.connections.col.result': 'Hasil terakhir',
  'web.connections.col.lookup': 'Nama dicari oleh',
  'web.connections.port': '{protocol} {port}',
  'web.connections.portLater': '{protocol}, port diketahui saat berjalan',
  'web.connections.setting.lookups': 'setiap tujuan di atas yang memakai nama host',
  'web.connections.setting.proxy': 'lingkungan ({variables})',

  'web.connections.contacted': 'Dihubungi sejak dimulai',
  'web.connections.contactedSince':
    'Sejak {since}: {count, plural, other {# tujuan}}, {undeclared, plural, =0 {semuanya terdaftar} other {# tidak terdaftar}}.',
  'web.connections.contactedNone': 'Belum ada yang dihubungi sejak {since}.',
  'web.connections.contacted.scrollable': 'Tujuan yang sudah dihubungi IPWatch, dapat digulir',
  'web.connections.undeclared': 'Tidak terdaftar',
  'web.connections.undeclaredWhy': 'tidak ada dalam daftar tujuan untuk pengaturan saat ini',
  'web.connections.lookup.system': 'resolver sistem',
  'web.connections.lookup.none': 'tidak ada (sebuah alamat)',

  'web.connections.lookups': 'Pencarian nama',
  'web.connections.lookupsNone': 'Belum ada nama yang dicari.',
  'web.connections.lookups.scrollable': 'Nama yang dicari, dapat digulir',
  'web.connections.col.name': 'Nama',

  'web.connections.error.refusedByEnforce': 'ditolak: tidak ada dalam daftar, dan koneksi yang tidak terdaftar ditolak',
  'web.connections.error.refusedLocal':
    'ditolak: nama publik menghasilkan alamat lokal, dan koneksi yang tidak terdaftar ditolak',
  'web.connections.error.connectionRefused': 'host menolak koneksi',
  'web.connections.error.connectionCut': 'koneksi terputus',
  'web.connections.error.timeout': 'tidak ada jawaban tepat waktu',
  'web.connections.error.nameNotFound': 'nama tersebut tidak ada',
  'web.connections.error.lookupFailed': 'nama tidak dapat dicari',
  'web.connections.error.unreachable': 'tidak ada rute ke host',
  'web.connections.error.tls': 'koneksi aman gagal (sertifikat atau TLS)',
  'web.connections.error.httpStatus': 'server menjawab dengan galat',
  'web.connections.error.rateLimited': 'server meminta IPWatch untuk lebih jarang bertanya',
  'web.connections.error.unreadable': 'jawaban tidak dapat dibaca',
  'web.connections.error.network': 'galat jaringan',
  'web.connections.error.unknown': 'galat yang tidak diketahui',
  'web.connections.resultWithError': '{result}: {error}',
} satisfies Area<typeof source>;
