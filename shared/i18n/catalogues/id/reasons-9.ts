import type { Area } from '../area';
import type { reasons9 as source } from '../en/reasons-9';

export const reasons9 = {
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

  'reason.secret.unresolved':
    '{field}: {kind, select, env {variabel lingkungan {name} tidak diatur} file {file {name} tidak dapat dibaca (tidak ada, tidak terbaca, atau kosong)} other {{name}}}',

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
