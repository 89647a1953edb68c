import type { Area } from '../area';
import type { words3 as source } from '../en/words-3';

export const words3 = {
  // The memory figure's detail (shared/process-memory.ts), its sizes in the language's digits.
  'memory.detail': 'heap V8 {used} terpakai (dari {total}); native {native} (di luar heap)',
  'uptime.percent': '{value}%',
  'uptime.notMonitored': 'tidak dipantau dalam periode ini',
  'uptime.noSource': 'tidak dipantau: tidak ada sumber',
  'uptime.over': 'dari {duration} pemantauan',
  'uptime.overUnderSecond': 'dari kurang dari 1 dtk pemantauan',
  'uptime.underSecond': 'kurang dari 1 dtk',
  'uptime.offline': '{over} · terputus {duration}',
  'uptime.line': '{percent} {cover}',
  'uptime.tile.notYet': 'belum dipantau',
  'uptime.tile.noSourceCovers': 'belum ada sumber yang diatur, jadi tidak ada cek yang dikirim',
  'uptime.tile.noCheck': 'belum ada cek',
  'uptime.tile.nowNoSource': '{covers} · sekarang {noSource}',
  'uptime.tile.since': 'sejak {time}',
  'uptime.tile.day': '24 jam terakhir',
  'uptime.tile.days': '{days} hari terakhir',
  'uptime.tile.year': '1 tahun terakhir',
  'sourceState.notAsked': 'Tidak ditanya pada cek terakhir.',
  'sourceState.usual': 'Waktu jawab biasanya {seconds} dtk',
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
  'forecast.unit.day': '{n} hr',
  'forecast.unit.hour': '{n} jam',
  'forecast.unit.minute': '{n} mnt',
  'forecast.unit.second': '{n} dtk',
  'forecast.reason.tooShort':
    'riwayat terlalu pendek: {count} masa pakai alamat terukur, perlu {needed} untuk prakiraan',
  'forecast.reason.noPattern':
    'tidak ada pola: hanya {share}% dari {count} masa pakai yang lamanya sekitar {usual} yang biasa (±{window})',
  'forecast.reason.pattern': '{share}% dari {count} masa pakai lamanya sekitar {usual} yang biasa (±{window})',
  'forecast.reason.overdue':
    '{reason}; alamat kini dipakai lebih lama dari biasanya, jadi ini jendela berikutnya bila siklusnya berlanjut',
} satisfies Area<typeof source>;
