/**
 * Indonesian (en/hook.ts). The change hook's and the heartbeat's reasons.
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
} as const satisfies Area<typeof source>;
