/**
 * Indonesian (en/monitors.ts). Service monitors: their lines, states, reasons, page and editor.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { monitors as source } from '../en/monitors';

export const monitors = {
  'monitor.state.up': 'aktif',
  'monitor.state.down': 'mati',
  'monitor.state.unknown': 'belum diketahui',
  'monitor.state.off': 'nonaktif',
  'monitor.line': '{name}: {state}',
  'monitor.line.notForwarded': '{name}: {state}, tetapi router tidak meneruskan apa pun ke port-nya',
  'monitor.line.down': '{name}: {state}{why}',
  'monitor.line.downAfterChange': '{name}: {state} sejak alamat berubah{why}',
  'monitor.line.downNotForwarded': '{name}: {state}{why}, tetapi router tidak meneruskan apa pun ke port-nya',
  'monitor.line.downAfterChangeNotForwarded':
    '{name}: {state} sejak alamat berubah{why}, tetapi router tidak meneruskan apa pun ke port-nya',
  'monitor.why': ' ({why})',

  'editors.monitor.inside':
    'Pemeriksaan dari sini membuktikan layanan berjalan, bukan bahwa internet bisa menjangkaunya',
  'editors.monitor.list': 'Layanan',
  'editors.monitor.legend': 'Layanan',
  'editors.monitor.new': 'Layanan baru',
  'editors.monitor.empty': 'Tidak ada layanan: tidak ada yang diperiksa di balik alamat ini.',
  'editors.monitor.adderKind': 'Jenis layanan baru',
  'editors.monitor.add': 'Tambah layanan',
  'editors.monitor.kind': 'Jenis pemeriksaan',
  'editors.monitor.timing': 'Waktu',
  'editors.monitor.testThis': 'Uji layanan ini',
  'editors.monitor.up': 'Aktif: {detail} ({ms} ms)',
  'editors.monitor.down': 'Mati ({ms} ms):',
  'editors.monitor.tcp': 'Port TCP',
  'editors.monitor.tcp.blurb': 'Aktif jika port menerima koneksi (SSH, server game, database). Tidak ada yang dikirim.',
  'editors.monitor.http': 'Halaman web (HTTP atau HTTPS)',
  'editors.monitor.http.blurb':
    'Aktif jika halaman menjawab dengan status yang Anda harapkan (secara bawaan 2xx atau 3xx mana pun), dan memuat teks Anda jika Anda mengaturnya.',
  'editors.monitor.dns': 'Nama DNS',
  'editors.monitor.dns.blurb':
    'Aktif jika nama mengarah ke alamat yang dikonfirmasi IPWatch: nama DNS dinamis yang ikut mengikuti perubahan.',

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

  'web.monitor.down': 'Mati',
  'web.monitor.downAfterChange': 'Mati sejak perubahan alamat',
  'web.monitor.noReason': 'tanpa alasan',
  'web.monitor.failedOnce': 'Menjawab, lalu sekali gagal sejak itu',
  'web.monitor.answered': 'Menjawab dalam {ms} ms',
  'web.monitor.failing': 'Gagal, belum dihitung mati',
  'web.monitor.notForwarded': 'tidak diteruskan oleh router',
  'web.monitor.notForwardedLine':
    'Router tidak punya port forwarding untuk port ini: internet tidak dapat menjangkaunya.',
  'web.monitor.insideNote':
    'Cek ini berjalan dari komputer ini, di dalam jaringan Anda. Jika berhasil, layanan berjalan dan menjawab dari sini, tetapi itu tidak membuktikan internet dapat menjangkaunya. Cek alamat publik atau nama Anda dari dalam melewati hairpin NAT router (NAT loopback), bukan jalur yang dipakai dunia luar: router tanpa fitur itu menggagalkan cek semacam ini meskipun akses dari luar berhasil. Hanya cek dari jaringan lain (ponsel dengan data seluler) yang membuktikan layanan dapat dijangkau dari luar.',

  'web.monitors.title': 'Layanan',
  'web.monitors.since': '{state} sejak {time} ({ago})',
  'web.monitors.notChecked': 'belum diperiksa',
  'web.monitors.lastChecked': ' · terakhir diperiksa {ago}',
} as const satisfies Area<typeof source>;
