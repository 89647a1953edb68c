/** Mengapa pemeriksaan tidak menemukan alamat (en/cause.ts). */
import type { Area } from '../area';
import type { cause as source } from '../en/cause';

export const cause = {
  'reason.cause.network': 'tidak ada sumber yang bisa dihubungi: jaringan terputus atau tidak punya jalan keluar',
  'reason.cause.noAddress':
    'sumber membalas, tetapi tanpa alamat: mungkin ada halaman masuk atau filter yang menghalangi',
  'reason.cause.differ': 'sumber-sumber memberi alamat yang berbeda',
  'reason.cause.tooFew': 'terlalu sedikit sumber yang memberi alamat yang sama',
  'reason.cause.noIpv6':
    'IPv4 berfungsi, tetapi tidak ada sumber IPv6 yang bisa dihubungi: jaringan ini mungkin tidak punya IPv6',
  'reason.cause.noIpv4':
    'IPv6 berfungsi, tetapi tidak ada sumber IPv4 yang bisa dihubungi: jaringan ini mungkin tidak punya IPv4',
  'reason.cause.noSource': 'belum ada sumber yang diatur',
  'cause.advice.network': 'Periksa koneksi jaringan komputer ini (kabel, Wi-Fi, VPN).',
  'cause.advice.noAddress': 'Di Wi-Fi hotel atau kafe, masuk dulu lewat portalnya.',
  'cause.advice.noIpv6': 'Jika begitu, matikan IPv6 di Pengaturan.',
  'cause.advice.noIpv4': 'Jika begitu, matikan IPv4 di Pengaturan.',
  'cause.offline': 'Tidak ada internet: {cause}. Pemeriksaan diulang dengan sendirinya.',
  'cause.note': '{family}: {cause}.',
  'sourceError.builtInNameNotFound':
    'Nama sumber bawaan tidak ditemukan (DNS): layanan nama jaringan ini mungkin mati atau menyaringnya. Tidak ada yang perlu diubah di pengaturannya.',
} as const satisfies Area<typeof source>;
