import type { Area } from '../area';
import type { reasons9 as source } from '../en/reasons-9';

export const reasons9 = {
  'reason.fleetLink.lost': 'koneksi ke broker terputus',
  'reason.fleetLink.closedBeforeAccept':
    'broker menutup koneksi sebelum menerimanya: periksa nama pengguna, kata sandi, dan pengaturan TLS',
  'reason.fleetLink.closing': 'menutup: berpamitan dengan broker (paling lama {seconds} dtk)',
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
} as const satisfies Area<typeof source>;
