/**
 * Indonesian (en/charts.ts). The Charts page and the forecast.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { charts as source } from '../en/charts';

export const charts = {
  'web.charts.title': 'Grafik',
  'web.charts.period': 'Periode',
  'web.charts.period.day': '24 jam terakhir',
  'web.charts.period.week': '7 hari terakhir',
  'web.charts.period.month': '30 hari terakhir',
  'web.charts.period.year': 'Setahun terakhir',
  'web.charts.period.day.phrase': '24 jam terakhir',
  'web.charts.period.week.phrase': '7 hari terakhir',
  'web.charts.period.month.phrase': '30 hari terakhir',
  'web.charts.period.year.phrase': 'setahun terakhir',
  'web.charts.period.other.phrase': '{duration} terakhir',
  'web.charts.legend': '{title}: legenda',
  'web.charts.control.checkNow': 'Periksa sekarang',
  'web.charts.control.runSpeedTest': 'Jalankan tes kecepatan',
  'web.charts.control.speedSettings': 'Tes kecepatan',
  'web.charts.empty.noAddressYet':
    'Belum ada alamat tercatat: cek pertama yang menemukan alamat memulai riwayat ("{checkNow}" di dasbor menjalankannya).',
  'web.charts.empty.noAddressInPeriod':
    'Tidak ada alamat tercatat pada periode ini: periode yang lebih panjang memuat alamat yang lebih lama.',
  'web.charts.empty.noChangesNoAddress': 'Tidak ada perubahan pada periode ini: tidak ada alamat yang tercatat.',
  'web.charts.empty.noChanges':
    'Tidak ada perubahan pada periode ini: tidak ada alamat yang menggantikan alamat lain (alamat pertama yang terlihat bukan perubahan). Alamat baru akan menggambar batang di sini.',
  'web.charts.empty.uptimeImported':
    'Uptime per hari memerlukan cek oleh IPWatch: hari-hari pada periode ini hanya berisi alamat impor. Cek IPWatch sendiri mengisinya mulai sekarang.',
  'web.charts.empty.uptimeNone':
    'Belum ada yang dipantau pada periode ini: setiap cek selama IPWatch memantau mengisinya ("{checkNow}" di dasbor menjalankannya).',
  'web.charts.empty.latencyFailed':
    'Tidak ada sumber yang menjawab pada periode ini, jadi tidak ada waktu jawab untuk digambar: kartu Sumber di dasbor menyebutkan alasan setiap kegagalan.',
  'web.charts.empty.latencyImported':
    'Latensi sumber memerlukan cek oleh IPWatch: riwayat periode ini hanya berisi alamat impor. Cek IPWatch sendiri mengisinya mulai sekarang.',
  'web.charts.empty.latencyNone':
    'Belum ada waktu jawab sumber pada periode ini: setiap cek menambahkan satu per sumber yang menjawab ("{checkNow}" di dasbor menjalankannya).',
  'web.charts.notMonitored': 'tidak dipantau',
  'web.charts.notMonitoredImported': 'tidak dipantau (hari impor hanya berisi alamat)',
  'web.charts.empty.speedOff':
    'Tidak ada tes kecepatan pada periode ini: tes kecepatan mati. Aktifkan di Pengaturan, "{speedSettings}"; lalu "{runSpeedTest}" di dasbor menjalankannya.',
  'web.charts.empty.speedNext':
    'Tidak ada tes kecepatan pada periode ini: "{runSpeedTest}" di dasbor menjalankannya, dan tes terjadwal berikutnya berjalan {next}.',
  'web.charts.empty.speedNoSchedule':
    'Tidak ada tes kecepatan pada periode ini: "{runSpeedTest}" di dasbor menjalankannya, atau atur jadwal di Pengaturan, "{speedSettings}".',
  'web.charts.empty.speedFailedOne': 'Tes kecepatan pada periode ini gagal: {error}.',
  'web.charts.empty.speedFailedAll': 'Semua {count} tes kecepatan pada periode ini gagal; yang terakhir: {error}.',
  'web.charts.timeline.title': 'Alamat dari waktu ke waktu',
  'web.charts.timeline.summary':
    '{count, plural, other {# alamat}} pada periode ini ({families}), diurutkan di bawah menurut lama dipakai. Arahkan ke sebuah rentang untuk melihat waktunya.',
  'web.charts.timeline.runs': 'IPv{family}: {runs, plural, other {# rentang}}',
  'web.charts.timeline.runsInPrefixes': 'IPv{family}: {runs, plural, other {# rentang}} dalam {prefixes} /64',
  'web.charts.timeline.span': '{ip}: {from} sampai {to} ({held})',
  'web.charts.timeline.spanShort': '{ip}, {from} sampai {to}',
  'web.charts.timeline.prefixTrack': 'IPv6 {prefix} dari waktu ke waktu',
  'web.charts.timeline.track': 'Alamat IPv{family} dari waktu ke waktu',
  'web.charts.timeline.noFamily': 'Tidak ada alamat IPv{family} pada periode ini.',
  'web.charts.held.title': 'Lama dipakai per alamat',
  'web.charts.held.longest': '{shown} terlama dari {count} alamat.',
  'web.charts.held.every': 'Semua alamat pada periode ini, terlama lebih dulu.',
  'web.charts.held.fullPeriod': 'Batang penuh: dipakai sepanjang {period}.',
  'web.charts.held.fullSinceFirst':
    'Batang penuh: dipakai sepanjang {shown} sejak alamat pertama terlihat, dalam {period}.',
  'web.charts.held.fullLeast':
    'Batang penuh: dipakai sepanjang {shown} terakhir yang ditampilkan linimasa; alamat pertama terlihat {ago} yang lalu.',
  'web.charts.held.overRuns': '{ip}: {time} dalam {runs} rentang',
  'web.charts.changes.titleDay': 'Perubahan per hari',
  'web.charts.changes.titleWeek': 'Perubahan per minggu',
  'web.charts.changes.weekOf': 'Minggu {day}',
  'web.charts.changes.summary': '{total, plural, other {# perubahan}} pada periode ini (IPv4 {v4}, IPv6 {v6}).',
  'web.charts.changes.summaryDay':
    '{total, plural, other {# perubahan}} pada periode ini (IPv4 {v4}, IPv6 {v6}); terbanyak pada {day} ({most}).',
  'web.charts.changes.summaryWeek':
    '{total, plural, other {# perubahan}} pada periode ini (IPv4 {v4}, IPv6 {v6}); terbanyak pada minggu {day} ({most}).',
  'web.charts.changes.readout': '{period}: {count, plural, other {# perubahan}} (IPv4 {v4}, IPv6 {v6})',
  'web.charts.changes.readoutNone': '{period}: 0 perubahan',
  'web.charts.uptime.title': 'Uptime per hari (waktu dipantau)',
  'web.charts.uptime.legend': 'Porsi waktu dipantau dalam keadaan online',
  'web.charts.uptime.none': 'Tidak ada yang dipantau.',
  'web.charts.uptime.summary': '{uptime} online selama {monitored} waktu dipantau.',
  'web.charts.uptime.dayNone': '{day}: {why}',
  'web.charts.uptime.day': '{day}: {uptime} online selama {monitored} dipantau (terputus {offline})',
  'web.charts.latency.title': 'Latensi sumber per jam',
  'web.charts.latency.summary':
    'Rata-rata waktu jawab per jam dari {sources, plural, other {# sumber}}; matikan salah satunya di legenda.',
  'web.charts.latency.summarySince':
    'Rata-rata waktu jawab per jam dari {sources, plural, other {# sumber}} sejak {when} (angka pertama); matikan salah satunya di legenda.',
  'web.charts.latency.summarySinceHour':
    'Rata-rata waktu jawab per jam dari {sources, plural, other {# sumber}} sejak jam mulai {when} (angka pertama); matikan salah satunya di legenda.',
  'web.charts.latency.figure': '{source} {ms} ms',
  'web.charts.speed.title': 'Tes kecepatan',
  'web.charts.speed.download': 'Unduh',
  'web.charts.speed.upload': 'Unggah',
  'web.charts.speed.at': 'pada {time}',
  'web.charts.speed.summary':
    'Kecepatan unduh dan unggah dari {count, plural, other {# tes kecepatan}} pada periode ini (persentil ke-90 dari transfer setiap tes).',
  'web.charts.speed.failed': '{time}: gagal ({error})',
  'web.charts.forecast.title': 'Kapan alamat berubah',
  'web.charts.forecast.empty':
    'Belum ada perubahan alamat tercatat: polanya dipelajari dari perubahan yang dicatat IPWatch.',
  'web.charts.forecast.readout': 'Perubahan setahun terakhir, jam dan hari dalam {zone}.',
  'web.charts.forecast.next': 'Perubahan berikutnya',
  'web.charts.forecast.nextAt': '{at} (antara {from} dan {to}), keyakinan {confidence}%',
  'web.charts.forecast.none': 'Tidak ada prakiraan',
  'web.charts.forecast.why': 'Alasan',
  'web.charts.forecast.tooShort':
    'riwayat terlalu pendek: {count} masa pakai alamat terukur, perlu {needed} untuk prakiraan',
  'web.charts.forecast.held': 'Lama alamat dipakai',
  'web.charts.forecast.holds': 'median {median}, separuhnya antara {q1} dan {q3} ({count} masa pakai)',
  'web.charts.forecast.period': 'Periode lease atau sambung ulang',
  'web.charts.forecast.about': 'sekitar {duration}',
  'web.charts.forecast.usualHour': 'Jam yang biasa',
  'web.charts.forecast.around': 'sekitar pukul {hour}.00 ({share}% perubahan dalam satu jam dari situ)',
  'web.charts.forecast.leftOut': 'Tidak dihitung',
  'web.charts.forecast.untimed':
    '{count} perubahan baru terlihat setelah pemantauan sempat berhenti: waktunya tidak diketahui',
  'web.charts.forecast.perHour': 'Perubahan IPv{family} per jam dalam sehari',
  'web.charts.forecast.perWeekday': 'Perubahan IPv{family} per hari dalam seminggu',
  'web.charts.empty.uptimeZero':
    'Tidak ada yang bisa digambar: IPWatch offline selama seluruh {monitored} yang dipantau dalam periode ini, jadi setiap hari 0 % online.',
  // The Map page (renderer/src/pages/Map.tsx, shared/map/).
  'web.charts.map.title': 'Peta',
  'web.charts.map.image': 'Peta negara tempat alamat publik terdaftar, {period}',
  'web.charts.map.summary':
    '{countries, plural, =0 {Tidak ada negara} other {# negara}}, {runs, plural, other {# masa pakai alamat}} dan {moves, plural, other {# perpindahan}} dalam {period}.',
  'web.charts.map.empty': 'Tidak ada alamat yang dipakai dalam {period}.',
  'web.charts.map.unknownTime': 'Tidak ada negara yang diketahui selama {duration} dari periode ini.',
  'web.charts.map.newest': 'Peta menggambar {shown} masa pakai terbaru dari {total}.',
  'web.charts.map.tableNewest': 'Tabel mencantumkan {shown} masa pakai terbaru dari {total}.',
  'web.charts.map.legend':
    'Warna: lama alamat dipakai di negara itu. Titik: tempat masa pakai satu keluarga alamat (tengah negara, hanya itu yang disebut basis data). Titik tebal: negara yang terlalu kecil untuk bentuk peta. Garis: perpindahan, dengan warna keluarganya.',
  'web.charts.map.offline': 'Digambar dari bentuk yang dibawa IPWatch; tidak ada yang diunduh.',
  'web.charts.map.held': 'Lama dipakai per negara',
  'web.charts.map.table': 'Masa pakai alamat',
  'web.charts.map.col.country': 'Negara',
  'web.charts.map.col.address': 'Alamat',
  'web.charts.map.col.from': 'Dari',
  'web.charts.map.col.to': 'Sampai',
  'web.charts.map.col.held': 'Lama dipakai',
  'web.charts.map.country.AN': 'Antillen Belanda (bekas, dibubarkan 2010)',
  'web.charts.map.unknownCountry': 'tidak diketahui',
  'web.charts.map.marker': '{country}, IPv{family}: {runs, plural, other {# masa pakai}}',
  'web.charts.map.move': 'IPv{family}: {from} ke {to}, {count, plural, other {# perpindahan}}',

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
} as const satisfies Area<typeof source>;
