/**
 * Indonesian (en/health.ts). The health verdict: labels, reasons, details and uncertain addresses.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { health as source } from '../en/health';

export const health = {
  'health.families.two': '{first} dan {second}',
  'health.label.disconnected': 'Tidak tersambung',
  'health.reason.disconnected': 'kontak dengan engine hilang',
  'health.detail.disconnected':
    'Kontak dengan engine IPWatch hilang: menyambung ulang dengan sendirinya. Yang ditampilkan mungkin sudah usang.',
  'health.label.checking': 'Memeriksa',
  'health.reason.noStatus': 'belum ada status',
  'health.detail.noStatus': 'Menunggu status pertama.',
  'health.reason.firstCheck': 'cek pertama sedang berjalan',
  'health.detail.firstCheck': 'Cek pertama sedang berjalan.',
  'health.label.paused': 'Dijeda',
  'health.reason.paused': 'dijeda oleh pengguna',
  'health.detail.paused':
    'Pemantauan dijeda: tidak ada cek dan tidak ada perubahan yang terdeteksi sampai Anda melanjutkannya.',
  'health.label.stopped': 'Berhenti',
  'health.reason.stopped': 'pemantauan berhenti',
  'health.detail.stopped': 'Pemantauan berhenti: tidak ada cek. Jalankan IPWatch lagi.',
  'health.label.starting': 'Memulai',
  'health.reason.starting': 'memulai',
  'health.detail.starting': 'Pemantauan sedang dimulai; cek pertama menyusul.',
  'health.label.nothingWatched': 'Tidak ada yang dipantau',
  'health.reason.nothingWatched': 'IPv4 dan IPv6 sama-sama mati',
  'health.detail.nothingWatched': 'IPv4 dan IPv6 sama-sama dimatikan di Pengaturan: tidak ada alamat yang dipantau.',
  'health.label.noInternet': 'Tidak ada internet',
  'health.reason.noInternet': 'tidak ada sumber yang menjawab dengan alamat',
  'health.detail.noInternet':
    'Tidak ada sumber yang menjawab dengan alamat: periksa koneksi jaringan komputer ini; di Wi-Fi hotel atau kafe, masuk dulu ke portalnya. Cek akan diulang dengan sendirinya.',
  'health.label.noSource': 'Tidak ada sumber',
  'health.reason.noSource': '{families}: belum ada sumber',
  'health.detail.noSource':
    'Belum ada sumber untuk {families}, jadi tidak ada permintaan yang dikirim dan tidak ada yang diketahui tentang jaringan: waktu itu tidak dipantau (tidak pernah dihitung offline). Tambahkan satu di Pengaturan, Sumber.',
  'health.label.uncertain': 'Tidak pasti',
  'health.detail.uncertain': '{clauses}Tidak ada alamat yang ditetapkan.',
  'health.clause': '{clause}. ',
  'health.reasons': '{first}; {second}',
  'health.label.familyUncertain': '{family} tidak pasti',
  'health.label.noFamily': 'Tanpa {family}',
  'health.reason.family': '{family}: {cause}',
  'health.detail.familyMissing': '{clause}, jadi {family} tidak punya alamat yang terkonfirmasi.',
  'health.cause.noAnswer': 'tidak ada sumber yang menjawab',
  'health.short.noAnswer': 'Tidak ada sumber {family} yang menjawab pada cek terakhir',
  'health.label.degraded': 'Terganggu',
  'health.reason.lastError': '{where}: {message}',
  'health.detail.lastError': '{where} gagal: {message}. Cek tetap berjalan; lihat log jika masih berlanjut.',
  'health.reason.internalError': 'galat internal di {part}: {message}',
  'health.detail.internalError':
    'Galat di {part} tidak ditangani di tempatnya ({message}); IPWatch menangkapnya dan pemantauan tetap berjalan ({total} sejak mulai). Jika muncul lagi, laporkan beserta log-nya.',
  'health.reason.channelsFailing': 'notifikasi gagal: {channels}',
  'health.detail.channelsFailing':
    'Notifikasi tidak dapat dikirim ({channels}): notifikasi disimpan dan dicoba lagi; periksa pengaturan kanal.',
  'health.reason.sourcesFailing': '{family}: {open} dari {total} sumber gagal',
  'health.detail.sourcesFailing':
    '{open} dari {total} sumber {family} terus gagal dan diistirahatkan: makin sedikit yang tersisa untuk menyepakati alamat. Lihat galat terakhirnya di Sumber.',
  'health.label.ok': 'Online',
  'health.reason.ok': 'memantau',
  'health.detail.ok': '{families} terkonfirmasi oleh cek terakhir.',
  'health.note.noSource':
    'Belum ada sumber {family}, jadi tidak ada permintaan yang dikirim: tambahkan satu di Pengaturan, Sumber.',
  'health.note.noIpv6':
    'Tidak ada sumber IPv6 yang menjawab: jaringan ini mungkin tidak punya IPv6. Jika begitu, matikan IPv6 di Pengaturan.',
  'health.note.noIpv4':
    'Tidak ada sumber IPv4 yang menjawab: periksa koneksi jaringan; jaringan yang hanya IPv6 tidak punya alamat IPv4.',

  'uncertain.cause.noAddress': 'jawaban tanpa alamat',
  'uncertain.cause.tooFew': 'terlalu sedikit jawaban yang sama',
  'uncertain.cause.differ': 'sumber tidak sepakat',
  'uncertain.short.noAddress': 'Sumber {family} menjawab pada cek terakhir, tetapi tidak ada yang memberi alamat',
  'uncertain.short.differ': 'Sumber {family} menjawab dengan alamat berbeda pada cek terakhir',
  'uncertain.short.tooFew': 'Terlalu sedikit sumber {family} yang menjawab sama pada cek terakhir',
  'uncertain.short.unknown':
    'Sumber {family} menjawab pada cek terakhir, tetapi terlalu sedikit yang sepakat pada satu alamat',
  'uncertain.why.noAddress':
    'sumber menjawab, tetapi tidak ada yang memberi alamat {family} (halaman masuk portal atau galat DNS bisa menyebabkannya)',
  'uncertain.why.differ':
    'sumber menjawab dengan alamat {family} yang berbeda ({each}), dan terlalu sedikit yang sepakat pada satu alamat',
  'uncertain.why.tooFew':
    'sumber menjawab, tetapi hanya {sources} yang memberi alamat {family} ({ip}): terlalu sedikit untuk mengonfirmasinya',
  'uncertain.why.unknown':
    'sumber menjawab, tetapi terlalu sedikit yang sepakat pada satu alamat {family} (atau captive portal atau DNS menjawab menggantikannya)',
  'uncertain.sources': '{n, plural, other {# sumber}}',
  'uncertain.fromSources': '{ip} dari {sources}',
  'uncertain.note':
    'Tidak pasti: {why}, jadi tidak ada yang ditetapkan. Biasanya beres pada cek berikutnya; jika tidak, {advice}',
  'uncertain.seeSources': 'lihat jawaban tiap sumber, dan mana yang sepakat, di bagian Sumber pada dasbor.',
  'uncertain.seeMet': 'lihat jawaban tiap sumber di bagian Sumber pada dasbor.',

  'cause.advice.network': 'Periksa koneksi jaringan komputer ini (kabel, Wi-Fi, VPN).',
  'cause.advice.noAddress': 'Di Wi-Fi hotel atau kafe, masuk dulu lewat portalnya.',
  'cause.advice.noIpv6': 'Jika begitu, matikan IPv6 di Pengaturan.',
  'cause.advice.noIpv4': 'Jika begitu, matikan IPv4 di Pengaturan.',
  'cause.advice.filtered': 'Periksa rentang yang diambil di Pengaturan › Sumber.',
  'cause.advice.noEgress': 'Periksa "Keluar lewat" di Pengaturan › Pemantauan.',
  'cause.offline': 'Tidak ada internet: {cause}. Pemeriksaan diulang dengan sendirinya.',
  'cause.note': '{family}: {cause}.',

  'reason.cause.network': 'tidak ada sumber yang bisa dihubungi: jaringan terputus atau tidak punya jalan keluar',
  'reason.cause.noAddress':
    'sumber membalas, tetapi tanpa alamat: mungkin ada halaman masuk atau filter yang menghalangi',
  'reason.cause.differ': 'sumber-sumber memberi alamat yang berbeda',
  'reason.cause.tooFew': 'terlalu sedikit sumber yang memberi alamat yang sama',
  'reason.cause.noIpv6':
    'IPv4 berfungsi, tetapi tidak ada sumber IPv6 yang bisa dihubungi: jaringan ini mungkin tidak punya IPv6',
  'reason.cause.noIpv4':
    'IPv6 berfungsi, tetapi tidak ada sumber IPv4 yang bisa dihubungi: jaringan ini mungkin tidak punya IPv4',
  'reason.cause.noSource': 'belum ada sumber yang diatur',
  'reason.cause.filtered': 'setiap alamat dari sumber berada di luar rentang yang Anda izinkan',
  'reason.cause.noEgress': 'antarmuka atau alamat yang dipilih untuk keluar tidak dapat dipakai',
} as const satisfies Area<typeof source>;
