import type { Area } from '../area';
import type { reasons4 as source } from '../en/reasons-4';

export const reasons4 = {
  'reason.ddns.answer.holds': '{server} ({address}) menjawab {addresses}',
  'reason.ddns.answer.noRecord': '{server} ({address}) tidak punya record',
  'reason.ddns.answer.failed': '{server} ({address}): {error}',
  'reason.ddns.answer.silent': '{server} ({address}): tidak ada jawaban',

  'reason.ddns.noneAnswered': 'tidak ada server otoritatif yang menjawab: {answers}',
  'reason.ddns.notInStep': 'belum sesuai {seconds} detik setelah pembaruan: {answers}',
  'reason.ddns.someSilent': '{answers}',
  'reason.ddns.drifted': 'bergeser dari {want}: {answers}',
  'reason.ddns.apiHoldsServersNot': 'penyedia menyimpan {want}, tetapi servernya tidak: {answers}',
  'reason.ddns.zoneNotFound': 'server otoritatif zona tidak ditemukan: {inner}',
  'reason.ddns.nsQuery': 'saat menanyakan NS {zone}: {dnsError}',
  'reason.ddns.dnsError': '{dnsError}',
  'reason.ddns.anotherWriter':
    'program lain juga memperbarui record DNS ini (ddns-updater?): record ini diubah di luar IPWatch dua kali dalam satu jam (sekarang {answers}). Hentikan program lain itu atau hapus record DNS ini darinya, lalu ubah record DNS ini di sini untuk memulai lagi',

  'reason.ddns.dyndns2':
    '{label}: {code, select, badauth {nama pengguna dan kata sandi tidak cocok} donator {pembaruan ini memerlukan akun berbayar} notfqdn {nama host bukan nama domain lengkap} nohost {nama host tidak ada di akun ini} numhost {terlalu banyak host, atau round robin} abuse {host diblokir karena penyalahgunaan} badagent {penyedia menolak klien ini} other {penyedia sedang bermasalah}} ({said})',
  'reason.ddns.dyndns2Unknown':
    '{label}: {empty, select, yes {jawaban kosong} other {jawaban yang bukan kode balasan protokol}} (halaman proxy atau jawaban yang terpotong?)',

  'reason.ddns.rcode':
    '{rcode, select, NOTAUTH {{server} tidak otoritatif untuk {zone} (NOTAUTH)} REFUSED {{server} menolak pembaruan (REFUSED): apakah ACL-nya mengizinkan kunci {key} memperbarui {zone}?} NOTZONE {{name} tidak ada di zona {zone} (NOTZONE)} NOTIMP {{server} tidak menerima pembaruan dinamis (NOTIMP)} FORMERR {{server} tidak dapat membaca pembaruan (FORMERR)} SERVFAIL {{server} gagal menerapkan pembaruan (SERVFAIL)} other {{server} menjawab {rcode}}}',
  'reason.ddns.unsigned': '{inner}, tanpa tanda tangan',
  'reason.ddns.tsigRefused':
    '{server} menolak kunci TSIG: {rcode}/{tsigError}; periksa nama kunci ({key}) dan secret-nya',
  'reason.ddns.badTime': '{server} menolak waktu tanda tangan ({rcode}/BADTIME): {inner}',
  'reason.ddns.clock':
    '{clock, select, ahead {jam mesin ini selisih {seconds} detik (lebih cepat dari jam server)} behind {jam mesin ini selisih {seconds} detik (lebih lambat dari jam server)} other {jam mesin ini berselisih dengan jam server lebih dari 300 detik yang diizinkan}}',
  'reason.ddns.noAnswerFrom': '{server}: tidak ada jawaban ({said})',
  'reason.ddns.noAnswer': '{label}: tidak ada jawaban. {errorLine}',
  'reason.ddns.malformed': '{server}: jawaban yang rusak ({said})',
  'reason.ddns.cloudflareRefused': '{label}: Cloudflare menolak permintaan: {said}',
  'reason.ddns.cloudflare':
    '{label}: {what, select, notJson {jawaban yang bukan JSON} notApi {jawaban yang bukan dari API Cloudflare (tidak ada kolom success)} noResult {Cloudflare menyatakan berhasil tetapi tidak mengirim hasil yang bisa dipakai; mencoba lagi} noReason {Cloudflare menolak permintaan tanpa memberi alasan} noZone {tidak ada zona {zone} (atau token tidak boleh membacanya)} noRecord {record DNS itu tidak ada: buat sekali di Cloudflare} other {ada {count} record DNS seperti itu, IPWatch hanya mengelola satu}}',
  'reason.ddns.desec':
    '{label}: {what, select, notGood {jawaban yang tidak diberikan API (bukan "good")} empty {jawaban kosong} readRefused {deSEC mengizinkan token ini memperbarui record DNS tetapi tidak membacanya, jadi tombol Uji tidak dapat memeriksanya; pembaruan tetap dikirim seperti biasa} noDomains {tidak ada domain di {base}: apakah alamat REST API sudah benar?} noDomain {tidak ada domain di akun token ini yang memuat {hostname}} domainsNotJson {daftar domain bukan yang diberikan API} other {RRset bukan yang diberikan API}}',
  'reason.ddns.desecReadRefusedSaid':
    '{label}: deSEC mengizinkan token ini memperbarui record DNS tetapi tidak membacanya, jadi tombol Uji tidak dapat memeriksanya; pembaruan tetap dikirim seperti biasa (kata deSEC: {said})',
} satisfies Area<typeof source>;
