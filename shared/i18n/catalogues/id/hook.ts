/**
 * Indonesian (en/hook.ts). The change hook's, the plugins' and the heartbeat's reasons.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { hook as source } from '../en/hook';

export const hook = {
  'reason.heartbeat.noUrl': 'URL ping belum diisi',
  'reason.heartbeat.notUrl': 'url: URL ping bukan URL yang valid',
  'reason.heartbeat.kumaNoMonitor':
    'Uptime Kuma tidak mengenal push monitor aktif dengan token ini (URL salah, atau dijeda)',
  'reason.heartbeat.hcNotFound': 'Healthchecks tidak mengenal check di URL ini (URL salah, atau check sudah dihapus)',
  'reason.heartbeat.hcAmbiguous':
    'Healthchecks memiliki beberapa check dengan slug ini; gunakan URL UUID check tersebut',
  'reason.heartbeat.hcRateLimited': 'Healthchecks membatasi ping check ini; ping terlalu sering',

  'reason.hook.exited': 'program selesai dengan kode keluar 0 dalam {ms} ms',
  'reason.hook.noProgram': 'belum ada program yang diatur',
  'reason.hook.stopping': 'IPWatch sedang berhenti',
  'reason.hook.couldNotRun': 'tidak dapat dijalankan: {said}',
  'reason.hook.timedOut': 'dihentikan setelah batas waktu {seconds} dtk',
  'reason.hook.ended':
    '{how, select, exit {kode keluar {code}} signal {dihentikan oleh {signal}} other {dihentikan oleh sinyal}}{hasStderr, select, yes {: {stderr}} other {}}',
  'reason.hook.notFound': '{program} tidak ditemukan',
  'reason.hook.notExecutable': '{program} tidak dapat dieksekusi (atau foldernya tidak dapat dibuka)',
  'reason.hook.unsafe': '{program} tidak dapat dimulai: {said}',
  'reason.hook.startRefused':
    '{program} tidak dapat dimulai: {code} ({refusal, select, EINVAL {sistem menolak program atau argumennya} ENOTDIR {salah satu bagian path-nya berupa file, bukan folder} ENAMETOOLONG {path-nya terlalu panjang} E2BIG {argumennya terlalu panjang} ENOEXEC {bukan program yang dapat dijalankan sistem ini} ERR_INVALID_ARG_VALUE {program atau salah satu argumen berisi karakter NUL} other {{said}}})',

  'reason.plugin.outsideFolder':
    '{file} bukan manifest di folder plugin (di luar folder itu, atau tidak ada): hanya manifest di folder itu yang dibaca',
  'reason.plugin.unreadable': '{file} tidak dapat dibaca',
  'reason.plugin.tooLarge': '{file} lebih besar dari {kb} KB, terlalu besar untuk sebuah manifest',
  'reason.plugin.manifestNotJson': '{file} bukan JSON',
  'reason.plugin.manifestField':
    '{file}: {field} {problem, select, missing {tidak ada} wrongType {bertipe salah} unknown {bukan kolom yang boleh ada di manifest ini} tooBig {terlalu besar atau terlalu panjang} tooSmall {terlalu kecil atau terlalu pendek} notAllowed {bukan salah satu nilai yang diizinkan} badForm {tidak ditulis dalam bentuk yang diminta} secretInClear {adalah rahasia: berikan sebagai referensi env atau file, jangan ditulis langsung} notSecret {adalah referensi, tetapi manifest tidak menandai pengaturan ini sebagai rahasia} other {tidak valid}}',
  'reason.plugin.nameTaken': '{file} dilewati: manifest lain sudah memakai nama plugin {name}',
  'reason.plugin.wrongKind':
    'plugin {name} bukan {wanted, select, source {sumber} channel {kanal notifikasi} other {penyedia DNS}}',
  'reason.plugin.notFound': 'tidak ada plugin bernama {name} di folder plugin',
  'reason.plugin.couldNotStart': 'plugin {name} tidak dapat dimulai: {inner}',
  'reason.plugin.timedOut': 'plugin {name} tidak menjawab dalam {timeout} dan dihentikan',
  'reason.plugin.tooMuchOutput': 'plugin {name} menulis lebih dari {kb} KB dan dihentikan',
  'reason.plugin.noAnswer':
    'plugin {name} berhenti tanpa jawaban ({how, select, signal {dihentikan oleh {signal}} other {kode keluar {code}}})',
  'reason.plugin.lineTooLong': 'plugin {name} menjawab dengan baris lebih dari {kb} KB, yang ditolak',
  'reason.plugin.notJson': 'plugin {name} menjawab dengan sesuatu yang bukan JSON',
  'reason.plugin.notObject': 'plugin {name} menjawab dengan JSON yang bukan objek',
  'reason.plugin.wrongAnswer': 'jawaban plugin {name} tidak memuat “{field}” yang valid',
  'reason.plugin.said': 'plugin {name} berkata: “{said}”',
  'reason.plugin.failed': 'plugin {name} gagal tanpa menyebutkan alasannya',
  'reason.plugin.secretUnresolved':
    '{field}: referensi rahasia tidak dapat dibaca ({kind, select, env {variabel lingkungannya tidak diatur} file {filenya tidak ada, tidak terbaca, atau kosong} other {tidak diatur}})',
} as const satisfies Area<typeof source>;
