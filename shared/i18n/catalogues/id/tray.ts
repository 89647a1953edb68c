/**
 * Indonesian (en/tray.ts). The tray's tooltip and menu.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { tray as source } from '../en/tray';

export const tray = {
  'tray.tooltip.head': 'IPWatch: {state}',
  'tray.tooltip.changedRecently': 'alamat baru saja berubah',
  'tray.tooltip.checking': 'memeriksa…',
  'tray.family.notWatched': '{family}: tidak dipantau',
  'tray.family.address': '{family}: {ip}',
  'tray.family.notChecked': '{family}: belum diperiksa',
  'tray.family.noSource': '{family}: tidak dipantau: tidak ada sumber',
  'tray.family.noAnswer': '{family}: tidak ada jawaban',
  'tray.family.unknown': '{family}: tidak diketahui',
  'tray.nat.direct': 'Langsung: tanpa NAT di antaranya',
  'tray.nat.nat': 'NAT: atur port forwarding di router Anda',
  'tray.nat.doubleNat': 'NAT ganda: atur port forwarding di keduanya',
  'tray.nat.cgnat': 'CGNAT: port forwarding tidak bisa',
  'tray.nat.vpn': 'VPN: port forwarding router terlewati',
  'tray.lastCheck': 'Cek terakhir: {ago}',
  'tray.lastCheck.never': 'Cek terakhir: belum ada',
  'tray.updateReady': 'Pembaruan {version} siap: mulai ulang dari menu',
  'tray.why': 'Sebab: {reason}',
  'tray.dnsTrouble': 'DNS: {records}',
  'tray.dnsRecord': '{name} {type} {state}',
  'tray.dnsRecordLine': '{name} {type}: {state}',
  'tray.speedAge': '{speed} ({ago})',
  'tray.menu.address': '{family}: {ip}',
  'tray.menu.clickToCopy': 'Klik untuk menyalin',
  'tray.menu.noAddress': 'Belum ada alamat',
  'tray.menu.checkNow': 'Periksa sekarang',
  'tray.menu.resume': 'Lanjutkan pemantauan',
  'tray.menu.pause': 'Jeda pemantauan',
  'tray.menu.dashboard': 'Buka dasbor',
  'tray.menu.history': 'Riwayat',
  'tray.menu.settings': 'Pengaturan…',
  'tray.menu.startAtLogin': 'Jalankan saat masuk',
  'tray.menu.restartToUpdate': 'Mulai ulang untuk memperbarui ({version})',
  'tray.menu.quit': 'Keluar dari IPWatch',
} as const satisfies Area<typeof source>;
