import type { Area } from '../area';
import type { reasons11 as source } from '../en/reasons-11';

export const reasons11 = {
  'reason.ddns.badSettings': 'pengaturan record tidak valid: {issues}',
  'reason.ddns.cannotRead': 'kredensial tidak bisa diperiksa tanpa pembaruan: penyedia ini tidak bisa membaca record',
  'reason.ddns.testNoAddress': 'belum ada alamat IPv{family} terkonfirmasi untuk dibandingkan dengan record {type}',
  'reason.ddns.testNoAnswer': 'tidak ada jawaban dalam {seconds} detik',
  'reason.fleet.noStatus': 'runner ini tidak memberi status untuk dipublikasikan',

  'settings.schemaSays.suffixNot': '“{text}” bukan sufiks IPv6 seperti ::1:2:3:4',
  'settings.schemaSays.suffixPrefix':
    '{text} ikut menetapkan prefiks: sufiks hanya memberi 64 bit terakhir, seperti ::1:2:3:4',
  'settings.schemaSays.suffixZeros': 'sufiks :: semuanya nol: isi sufiks milik perangkat itu, seperti ::1:2:3:4',
  'settings.schemaSays.healthchecksUrl':
    "harus berupa https://hc-ping.com/'<uuid>' (atau https://host/ping/'<uuid>' di server Anda sendiri)",
  'settings.schemaSays.kumaUrl': "harus berupa https://kuma.example.org/api/push/'<token>'",
} as const satisfies Area<typeof source>;
