import type { Area } from '../area';
import type { reasons3 as source } from '../en/reasons-3';

export const reasons3 = {
  'reason.ddns.off': 'dimatikan di Pengaturan',
  'reason.ddns.noAddressYet': 'menunggu alamat yang terkonfirmasi',
  'reason.ddns.providerWait': 'menunggu waktu yang diminta penyedia',
  'reason.ddns.tryingAgain': 'mencoba lagi',
  'reason.ddns.noReason': 'tidak ada alasan yang diberikan',
  'reason.ddns.stopped': 'dihentikan',
  'reason.ddns.noRoute': 'tidak ada server otoritatif yang dapat dijangkau dari sini (tidak ada rute): {servers}',
  'reason.ddns.noRouteNone':
    'tidak ada server otoritatif yang dapat dijangkau dari sini (tidak ada rute): tidak ditemukan',
  'reason.ddns.proxied': 'di-proxy oleh Cloudflare; record DNS berisi {address}',
  'reason.ddns.http':
    '{label} {meaning, select, credentials {menolak kredensial} timeout {berhenti menunggu permintaan} tooEarly {meminta Anda mencoba lagi nanti} rateLimited {meminta permintaan diperlambat (dibatasi)} server {gagal di pihaknya} request {menolak permintaan sebagaimana diatur: periksa pengaturan record DNS} other {memberi jawaban yang tidak dikenal API-nya}} ({statusName})',
  'reason.ddns.httpSaid':
    '{label} {meaning, select, credentials {menolak kredensial} timeout {berhenti menunggu permintaan} tooEarly {meminta Anda mencoba lagi nanti} rateLimited {meminta permintaan diperlambat (dibatasi)} server {gagal di pihaknya} request {menolak permintaan sebagaimana diatur: periksa pengaturan record DNS} other {memberi jawaban yang tidak dikenal API-nya}}: {said} ({statusName})',
  'reason.ddns.duckdnsKo': '{label}: KO (token atau domain salah)',

  'reason.outage.noSource':
    'tidak ada sumber yang menjawab dengan alamat untuk {families, select, v4 {IPv4} v6 {IPv6} other {IPv4 dan IPv6}}',
  'reason.outage.noSourceAny': 'tidak ada sumber yang menjawab dengan alamat',
} satisfies Area<typeof source>;
