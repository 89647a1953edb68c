/**
 * Indonesian (en/audit.ts). The audit log: its rows, details and the reasons they keep.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { audit as source } from '../en/audit';

export const audit = {
  'audit.repeated':
    '({verb, select, refused {ditolak} signedOut {keluar} signedOutEverywhere {keluar di semua perangkat} other {masuk}} {times} kali dalam {short, select, yes {kurang dari satu detik} other {{span}}}, masing-masing kurang dari satu menit setelah yang sebelumnya)',
  'audit.bot.unknownCommand': 'perintah tidak dikenal',
  'audit.bot.unknownButton': 'tombol tidak dikenal',
  'audit.bot.rateLimited': 'terlalu sering (coba lagi dalam {seconds} dtk)',
  'audit.bot.invalid': 'tidak valid: {error}',
  'audit.bot.error': 'galat: {error}',

  'reason.audit.tokenSignIn': 'dengan token, dari {from}{here, select, yes { (host ini)} other {}}',
  'reason.audit.tokenGone':
    'sesi diakhiri: token {name} ({id}) {why, select, revoked {dicabut} rotated {diganti} roleChanged {perannya diubah} other {tidak berlaku lagi}}; {count, plural, other {{count} sesi browser}}',
  'reason.audit.viewerChange':
    'pelihat membaca semuanya dan tidak mengubah apa pun: "{method}" adalah perubahan, yang memerlukan admin',
  'reason.audit.viewerAct':
    'pelihat membaca semuanya dan tidak mengubah apa pun: "{method}" mengirim atau memakai permintaan ke luar host ini. Pelihat tidak dapat mengirim tes atau cek: hanya admin yang bisa.',
  'reason.audit.metricsMay':
    'token metrik hanya menjangkau /metrics, /healthz, dan badge: token ini tidak boleh "{method}"; gunakan token pelihat atau admin',
  'reason.audit.metricsNoSession':
    'token metrik hanya menjangkau /metrics, /healthz, dan badge, bukan dasbor: token ini tidak dapat masuk. Kirim sebagai "Authorization: Bearer \'<token>\'" ke /metrics, atau masuk dengan token pelihat atau admin',
  'reason.audit.botCommand':
    'server {guild, select, none {(tidak ada)} other {{guild}}}, kanal {channel}, opsi {options}',
  'reason.audit.botButton':
    'server {guild, select, none {(tidak ada)} other {{guild}}}, kanal {channel}, argumen {args}',
  'reason.audit.dangerAdminOnly': '{changes}: hanya admin yang boleh mengubah ini',
  'reason.audit.dangerToken':
    '{changes}: ini mengubah ke mana rahasia yang tersimpan dikirim, apa yang berjalan di host ini, atau siapa yang boleh masuk dan caranya, atau menurunkan perlindungan; token admin hanya boleh melakukannya dari CLI di host ini; jika tidak, masuk dengan Discord dan ulangi dalam 5 menit, atau jalankan dengan `ipwatch api` di host ini',
  'reason.audit.dangerTokenSession':
    '{changes}: ini mengubah ke mana rahasia yang tersimpan dikirim, apa yang berjalan di host ini, atau siapa yang boleh masuk dan caranya, atau menurunkan perlindungan; sesi ini dibuka dengan token tanpa bukti host ini, jadi dihitung sebagai token itu: jalankan `ipwatch open` di host ini dan ulangi dalam 5 menit, masuk dengan Discord dan ulangi dalam 5 menit, atau jalankan dengan `ipwatch api` di host ini',
  'reason.audit.dangerStale':
    '{changes}: ini mengubah ke mana rahasia yang tersimpan dikirim, apa yang berjalan di host ini, atau siapa yang boleh masuk dan caranya, atau menurunkan perlindungan, jadi perlu masuk dalam 5 menit terakhir; keluar, masuk lagi, lalu ulangi',
  'reason.audit.revoked':
    '{name} ({role, select, admin {admin} viewer {pelihat} other {{role}}}, {via, select, discord {Discord} other {token}}, {sid}){own, select, yes {: sesinya sendiri} other {}}',
  'reason.audit.channelSet': 'diatur: {keys}',
  'reason.audit.signedOutEverywhere': '{count, plural, other {{count} sesi diakhiri}}',
  'reason.audit.restored':
    '{upload, select, yes {unggahan} other {{name}}}; riwayat sebelumnya disimpan sebagai {kept}',
  'reason.audit.imported':
    '{upload, select, yes {unggahan} other {{name}}} ({format}): {count, plural, other {{count} entri ditambahkan}}',
  'reason.audit.settingsUpgraded':
    'settings.json dinaikkan dari versi {from} ke {to}; berkas lamanya disimpan sebagai {copy}',
  'reason.audit.settingsStep.v2':
    'versi 2: setiap kanal dan server Discord yang menerima perubahan alamat juga menerima site-changed, site-offline, dan site-online dari armada',
  'reason.audit.settingsStep.v3':
    'versi 3: setiap kanal yang mendaftar peristiwanya sendiri juga menerima memory-high (memori IPWatch melewati batasnya); daftar kosong tetap kosong',
  'reason.audit.token': '{name} ({role, select, admin {admin} viewer {pelihat} metrics {metrik} other {{role}}}, {id})',

  'web.audit.who.dashboard': 'dasbor',
  'web.audit.who.api': 'API',
  'web.audit.who.cli': 'baris perintah',
  'web.audit.who.cliHere': 'baris perintah di host ini',
  'web.audit.who.ipwatch': 'IPWatch sendiri',
  'web.audit.who.settingsFile': 'settings.json, diedit',
  'web.audit.who.token':
    '{role, select, admin {{name}, dengan token admin} viewer {{name}, dengan token viewer} other {{name}, dengan token metrik}}',
  'web.audit.who.session':
    '{role, select, admin {{name}, masuk sebagai admin} viewer {{name}, masuk sebagai viewer} other {{name}, masuk untuk metrik}}',
  'web.audit.who.discordUser': '{name}, pengguna Discord {id}',
  'web.audit.who.discord': '{user} di Discord',
  'web.audit.who.channel': 'kanal {id}',
  'web.audit.result.done': 'Selesai',
  'web.audit.result.queued': 'Dalam antrean',
  'web.audit.result.unchanged': 'Tidak ada yang diubah',
  'web.audit.result.refused': 'Ditolak',
  'web.audit.result.failed': 'Gagal',
  'web.audit.action.signIn': 'Masuk',
  'web.audit.action.signOut': 'Keluar',
  'web.audit.action.signOutEverywhere': 'Keluar di semua perangkat',
  'web.audit.action.sessionsEnded': 'Sesi browser diakhiri',
  'web.audit.action.sessionRevoked': 'Sesi browser dicabut',
  'web.audit.action.sessionRole': 'Sesi browser diberi peran lain',
  'web.audit.action.tokenCreated': 'Token API dibuat',
  'web.audit.action.tokenRotated': 'Token API diganti',
  'web.audit.action.tokenRevoked': 'Token API dicabut',
  'web.audit.action.ddnsRetried': 'Record DNS dicoba lagi',
  'web.audit.action.speedTest': 'Tes kecepatan dijalankan',
  'web.audit.action.pathTraced': 'Jalur dilacak',
  'web.audit.action.hookTested': 'Hook dijalankan sebagai tes',
  'web.audit.action.settingsWritten': 'Pengaturan ditulis oleh IPWatch',
  'web.audit.action.settingsUpgraded': 'Berkas pengaturan ditingkatkan',
  'web.audit.action.paused': 'Pemantauan dijeda',
  'web.audit.action.resumed': 'Pemantauan dilanjutkan',
  'web.audit.action.backedUp': 'Riwayat dicadangkan',
  'web.audit.action.restored': 'Riwayat dipulihkan',
  'web.audit.action.imported': 'Riwayat diimpor',
  'web.audit.action.resent': 'Notifikasi diantrekan lagi',
  'web.audit.nothing': 'tidak ada',
  'web.audit.and': '{list} dan {last}',
  'web.audit.settingsRefused': 'Perubahan pengaturan ditolak',
  'web.audit.settingsFailed': 'Perubahan pengaturan gagal',
  'web.audit.settingsApplied': 'Pengaturan diterapkan',
  'web.audit.appliedFields': 'Diterapkan sekarang: {now}. Setelah mulai ulang: {later}.',
  'web.audit.triedSignIn': 'Mencoba masuk',
  'web.audit.tried': 'Mencoba {action}',
  'web.audit.firstRun':
    '{step, select, done {Penyiapan awal selesai} skipped {Penyiapan awal dilewati} other {Penyiapan awal: {step}}}',
  'web.audit.discord': 'Discord {command}',
  'web.audit.who.tokenRole': '{role, select, admin {token admin} viewer {token viewer} other {token metrik}}',
  'web.audit.who.sessionRole':
    '{role, select, admin {browser yang masuk sebagai admin} viewer {browser yang masuk sebagai viewer} other {browser yang masuk untuk metrik}}',
} as const satisfies Area<typeof source>;
