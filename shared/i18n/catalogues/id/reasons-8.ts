import type { Area } from '../area';
import type { reasons8 as source } from '../en/reasons-8';

export const reasons8 = {
  'reason.ddns.holds': '{label} berisi {addresses}',
  'reason.ddns.holdsNone': '{label} tidak memiliki record',
  'reason.ddns.notOnly': '{name} {type} tidak hanya berisi {address}',
  'reason.ddns.driftedApi': 'bergeser dari {want}: {inner}',
  'reason.ddns.anotherWriterApi':
    'program lain juga memperbarui record DNS ini (ddns-updater?): record ini diubah di luar IPWatch dua kali dalam satu jam (sekarang {inner}). Hentikan program lain itu atau hapus record DNS ini darinya, lalu ubah record DNS ini di sini untuk memulai lagi',

  'reason.ddns.duckdnsOdd': '{label}: {empty, select, yes {jawaban kosong} other {jawaban yang bukan OK maupun KO}}',

  'reason.ddns.tsigAnswer':
    '{what, select, unsigned {jawaban tidak ditandatangani} classTtl {record TSIG jawaban bukan kelas ANY dengan TTL 0 ({tsigClass}, {ttl})} lengths {record TSIG jawaban rusak: panjang bagiannya tidak sesuai dengan ukurannya} otherKey {jawaban ditandatangani dengan kunci lain ({key}, {algorithm})} mac {tanda tangan TSIG jawaban tidak valid} other {jawaban ditandatangani dengan selisih {seconds} detik dari jam kami}}',
  'reason.ddns.notBelieved': '{server}: {inner} ({rcode})',
  'reason.ddns.tsigSecret': 'secret TSIG bukan Base64',

  'reason.ddns.dyndns2Said':
    '{code, select, badauth {nama pengguna dan kata sandi tidak cocok} donator {pembaruan ini memerlukan akun berbayar} notfqdn {nama host bukan nama domain lengkap} nohost {nama host tidak ada di akun ini} numhost {terlalu banyak host, atau round robin} abuse {host diblokir karena penyalahgunaan} badagent {penyedia menolak klien ini} other {penyedia sedang bermasalah}} ({said})',
  'reason.ddns.httpSaidInner':
    '{label} {meaning, select, credentials {menolak kredensial} timeout {berhenti menunggu permintaan} tooEarly {meminta Anda mencoba lagi nanti} rateLimited {meminta agar permintaan diperlambat (rate limit)} server {gagal di pihaknya} request {menolak permintaan dengan pengaturan ini: periksa pengaturan record DNS} other {memberi jawaban yang tidak dikenal API-nya}}: {inner} ({statusName})',
} satisfies Area<typeof source>;
