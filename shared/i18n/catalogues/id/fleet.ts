/**
 * Indonesian (en/fleet.ts). The fleet and the Sites page: sites, their states and the broker link's reasons.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { fleet as source } from '../en/fleet';

export const fleet = {
  'fleet.state.unreadable': 'tidak terbaca',
  'fleet.state.unknown': 'tidak diketahui',
  'fleet.state.online': 'online',
  'fleet.state.offline': 'terputus',
  'fleet.since.cannotRead': 'keadaannya tidak terbaca: {why}',
  'fleet.since.noState': 'belum ada keadaan yang terbaca',
  'fleet.since.justNow': 'baru saja {state}',
  'fleet.since.for': '{state} selama {duration}',
  'fleet.since.why': '{text} ({why})',
  'fleet.neverHeard': 'belum pernah terdengar oleh runner ini',
  'fleet.addresses.unknown': 'alamat tidak diketahui',
  'fleet.addresses.noFamily': 'tidak memantau versi IP apa pun',
  'fleet.address': 'IPv{family} {address}',
  'fleet.address.unknown': 'tidak diketahui',
  'fleet.address.lastKnown': '{address}, terakhir diketahui',
  'fleet.notWatching':
    'Runner ini tidak memantau lokasi lain: di Pengaturan, Multi-lokasi, isi broker dan aktifkan {setting}.',
  'fleet.unknown': 'tidak diketahui',
  'fleet.health.lastHeard': '{label}, saat terakhir terdengar',
  'fleet.clock':
    'jamnya selisih {duration} ({side, select, ahead {lebih cepat dari} other {lebih lambat dari}} runner ini): waktunya dibaca menurut jam runner ini',
  'fleet.twoRunners':
    'dua runner mengklaim lokasi ini: keadaan dari dua IPWatch bergantian di bawah namanya; beri masing-masing nama lokasi sendiri',
  'fleet.note.thisMachine': 'komputer ini',
  'fleet.note.mismatch': 'keadaannya menyebutnya "{name}": tidak dipercaya, nama dari topik yang ditampilkan',
  'fleet.note.unreadable': 'pesan terakhir tidak terbaca: {why}',
  'fleet.siteSays': '“{text}” (menurut lokasi)',
  'fleet.offline.stopped': 'dihentikan',
  'fleet.offline.connectionLost': 'koneksi terputus',
  'fleet.note.refused':
    '{n, plural, other {{nN} nilai yang dikirimnya}} ditolak atau diganti: alamat yang bukan jenisnya ditampilkan sebagai tidak diketahui, dan karakter tak terlihat atau yang mengubah arah teks sebagai �',
  'fleet.note.badNames':
    '{n, plural, other {{nN} pesan}} tidak ditampilkan: nama lokasi pengirimnya berisi karakter tak terlihat atau yang mengubah arah teks',
  'fleet.heard.counting':
    '{n, plural, other {{nN} kondisi lokasi yang disimpan broker}} sampai ke runner ini saat berlangganan; angka dari broker, yang menyatakan apakah ada yang dibuang, belum datang.',
  'fleet.heard.noneDropped':
    '{n, plural, other {Semua {nN} kondisi lokasi yang disimpan broker}} sampai ke runner ini saat berlangganan: broker tidak membuang satu pun.',
  'fleet.heard.dropped':
    'Runner ini mungkin menerima kabar dari lebih sedikit lokasi daripada yang disimpan broker: broker membuang {d, plural, other {{dN} pesan}} (ke runner ini atau klien lain) saat mengirim {n, plural, other {{nN} kondisi}} yang terdengar. Naikkan max_queued_messages-nya seperti yang ditunjukkan panduan armada.',
  'fleet.heard.unknown':
    'Apakah runner ini menerima kabar dari setiap lokasi yang disimpan broker tidak diketahui: broker tidak menunjukkan angka $SYS kepadanya (ACL-nya, atau broker selain mosquitto); {n, plural, other {{nN} kondisi lokasi yang disimpan broker}} sampai kepadanya saat berlangganan.',
  'fleet.event.changed': 'berubah',
  'fleet.event.online': 'kembali online',
  'fleet.event.offline': 'terputus',
  'fleet.event.mismatch': 'menerbitkan dengan nama lain',
  'fleet.event.unreadable': 'mengirim keadaan yang tidak dapat dibaca runner ini',
  'fleet.event.detail': '{event} ({detail})',
  'fleet.event.changes': '{event}: {changes}',
  'fleet.event.change': '{what}: {from} → {to}',
  'fleet.event.none': 'tidak ada',
  'fleet.event.away': '{event} [saat runner ini tidak terhubung]',
  'fleet.summary.none': 'Belum ada lokasi yang menerbitkan di bawah prefiks ini.',
  'fleet.summary.online': '{n} online',
  'fleet.summary.offline': '{n} terputus',
  'fleet.summary.unknown': '{n} belum diketahui',
  'fleet.summary.line': '{sites, plural, other {{sitesN} lokasi}}: {parts}.',
  'fleet.summary.recent':
    '{sites, plural, other {{sitesN} lokasi}}: {parts}; {recent, plural, other {{recentN} lokasi}} dengan alamat baru dalam {hours} jam terakhir.',

  'reason.fleet.noStatus': 'runner ini tidak memberi status untuk dipublikasikan',
  'reason.fleet.noBrokerUrl': 'isi URL broker terlebih dahulu',
  'reason.fleet.signedIn': 'berhasil masuk ke {broker}',
  'reason.fleet.canPublish': 'dapat memublikasikan di bawah {prefix}',
  'reason.fleet.publishAcl':
    'broker menolak menerima {topic}: ACL-nya tidak mengizinkan pengguna ini menulis di sana (nama lokasi lain?)',
  'reason.fleet.publishFailed': 'broker tidak menerima {topic} ({said})',
  'reason.fleet.reads': 'membaca {count, plural, other {# lokasi}} yang disimpan broker di bawah {prefix}/',
  'reason.fleet.readAcl': 'broker tidak mengizinkan pengguna ini membaca {topic} (ACL-nya)',
  'reason.fleet.late':
    '{step, select, connect {broker tidak menerima koneksi} publish {broker tidak mengonfirmasi pesan uji di bawah {topic}} other {broker tidak menjawab langganan ke {topic}}} dalam {seconds} dtk',
  'reason.fleet.broker':
    '{meaning, select, credentials {broker menolak nama pengguna atau kata sandi} clientId {broker menolak ID klien} unavailable {broker tidak tersedia} quota {broker menolak pesan tambahan (kuota habis)} refused {tidak ada yang menerima koneksi di alamat dan port itu} noHost {nama host broker tidak dapat di-resolve} hostLater {nama host broker tidak dapat di-resolve saat ini} timeout {broker tidak menjawab tepat waktu} hostUnreachable {host broker tidak dapat dijangkau} noRoute {tidak ada rute jaringan ke broker} reset {broker menutup koneksi} selfSigned {sertifikat broker ditandatangani sendiri: sebutkan file CA-nya} untrusted {sertifikat broker tidak ditandatangani CA tepercaya: sebutkan file CA-nya} otherHost {sertifikat broker dibuat untuk nama host lain} expired {sertifikat broker sudah kedaluwarsa} clientUnknownCa {broker menolak sertifikat klien ini: tidak ditandatangani CA yang dipercaya broker} clientBad {broker menolak sertifikat klien ini} clientExpired {broker menolak sertifikat klien ini: sudah kedaluwarsa} clientRequired {broker meminta sertifikat klien: sebutkan sertifikat dan kuncinya} other {broker gagal}} ({said})',
  'reason.fleet.said': '{said}',
  'reason.fleet.forgot':
    'lokasi “{name}” dan kejadiannya dilupakan di runner ini; lokasi itu muncul lagi saat memublikasikan kembali',

  'reason.fleetLink.lost': 'koneksi ke broker terputus',
  'reason.fleetLink.closedBeforeAccept':
    'broker menutup koneksi sebelum menerimanya: periksa nama pengguna, kata sandi, dan pengaturan TLS',
  'reason.fleetLink.closing': 'sedang menutup: berpamitan dengan broker (paling lama {seconds} dtk)',
  'reason.fleetLink.noGoodbye':
    'ditutup tanpa berpamitan: broker tidak menjawab dalam {seconds} dtk{dropped, plural, =0 {} other {; # pesan yang belum dikonfirmasinya dibuang}}',
  'reason.fleetLink.unreached':
    'ditutup saat broker tidak dapat dijangkau; {dropped, plural, other {# pesan}} yang belum dikonfirmasinya dibuang',
  'reason.fleetLink.unreadable':
    'tidak dapat membaca {what, select, caFile {file CA} clientCert {sertifikat klien} other {kunci klien}} {file}: {why, select, missing {file tidak ada} notAllowed {runner ini tidak boleh membacanya} folder {itu sebuah folder} other {{said}}}',
  'reason.fleetLink.readRefused':
    'broker tidak mengizinkan pengguna ini membaca {second, select, none {{first}} other {{first} dan {second}}} (ACL-nya)',
  'reason.fleetLink.cannotSubscribe': 'tidak dapat berlangganan: {said}',
  'reason.fleetLink.tooLong':
    '{topic} tidak dipublikasikan: statusnya {kib} KiB, melebihi batas {maxKib} KiB, dan pemantau tidak akan membacanya',

  'web.sites.title': 'Lokasi',
  'web.sites.fleet': 'Semua lokasi',
  'web.sites.notWatching': 'Runner ini tidak memantau lokasi lain.',
  'web.sites.notWatchingHow':
    'Untuk melihat semua lokasi: di <link>Pengaturan, Multi-lokasi</link>, isi alamat broker dan aktifkan <strong>Pantau semua lokasi</strong> (pengaturan {watch} dan {broker}).',
  'web.sites.find': 'Cari lokasi',
  'web.sites.more': 'Lokasi lainnya',
  'web.sites.shown': '{shown} dari {total} lokasi ditampilkan',
  'web.sites.loadingMore': 'Memuat lagi…',
  'web.sites.showMore': 'Tampilkan lagi',
  'web.sites.table.scrollable': 'Lokasi, dapat digulir',
  'web.sites.table.caption': 'Lokasi',
  'web.sites.col.site': 'Lokasi',
  'web.sites.col.state': 'Keadaan',
  'web.sites.col.addresses': 'Alamat',
  'web.sites.col.since': 'Alamat sejak',
  'web.sites.col.health': 'Kondisi',
  'web.sites.col.lastSeen': 'Terakhir terlihat',
  'web.sites.unknown': 'tidak diketahui',
  'web.sites.site': 'Lokasi {name}',
  'web.sites.detail': '{since}; {addresses}; kondisi: {health}.',
  'web.sites.detailVersion': '{since}; {addresses}; kondisi: {health}; IPWatch {version}.',
  'web.sites.noEvents': 'Belum ada peristiwa yang disimpan dari lokasi ini.',
  'web.sites.events.scrollable': 'Peristiwa {name}, dapat digulir',
  'web.sites.events.caption': 'Peristiwa {name}',
  'web.sites.events.when': 'Kapan',
  'web.sites.events.what': 'Apa',
  'web.sites.forgetNote':
    'Lupakan: runner ini membuang lokasi beserta peristiwanya (broker tetap menyimpan keadaannya); lokasi itu muncul lagi saat ia kembali mengirim.',
  'web.sites.forget': 'Lupakan',
  'web.sites.forgetWhich': 'lokasi {name}',
  'web.sites.close': 'Tutup',
  'web.sites.notForgotten': 'Tidak dilupakan:',
} as const satisfies Area<typeof source>;
