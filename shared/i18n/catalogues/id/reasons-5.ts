import type { Area } from '../area';
import type { reasons5 as source } from '../en/reasons-5';

export const reasons5 = {
  'reason.speed.cancelled': 'dibatalkan',
  'reason.speed.error': '{said}',
  'reason.speed.unreachable': 'server tes kecepatan tidak dapat dijangkau: {said}',
  'reason.speed.refused':
    '{kind, select, wait {server tes kecepatan meminta Anda menunggu sebelum tes berikutnya (HTTP 429)} forbidden {server tes kecepatan menolak permintaan (HTTP 403)} other {server tes kecepatan menjawab HTTP {status}}}',
  'reason.speed.refusedSaid':
    '{kind, select, wait {server tes kecepatan meminta Anda menunggu sebelum tes berikutnya (HTTP 429)} forbidden {server tes kecepatan menolak permintaan (HTTP 403)} other {server tes kecepatan menjawab HTTP {status}}}: {said}',
  'reason.speed.short': 'server tes kecepatan mengirim {received} dari {expected} byte yang diminta',

  'reason.desktop.container': 'tidak ada sesi desktop: berjalan di dalam kontainer',
  'reason.desktop.waylandNoSocket': 'tidak ada sesi desktop: WAYLAND_DISPLAY tidak menunjuk soket apa pun ({display})',
  'reason.desktop.noDisplay': 'tidak ada sesi desktop: DISPLAY dan WAYLAND_DISPLAY tidak diatur',
  'reason.desktop.windowsService': 'tidak ada sesi desktop: berjalan sebagai layanan Windows',
  'reason.desktop.none': 'tidak ada sesi desktop',
  'reason.desktop.noNotifySend': 'notify-send tidak ditemukan (pasang libnotify-bin)',

  'settings.schemaSays.duckdnsSubName': 'isi subdomainnya saja, misalnya myhome untuk myhome.duckdns.org',
  'settings.schemaSays.zoneOrId': 'isi zona atau ID-nya',
  'settings.schemaSays.aaaaOnly': 'hanya record AAAA yang memilih alamatnya: record A berisi alamat IPv4 yang teramati',
  'settings.schemaSays.program': 'isi program yang akan dijalankan, dengan path lengkapnya',
} as const satisfies Area<typeof source>;
