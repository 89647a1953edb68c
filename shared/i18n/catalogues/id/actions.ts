/**
 * Indonesian (en/actions.ts). What a person did or asked for, as the audit log and refusals name it.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { actions as source } from '../en/actions';

export const actions = {
  'action.pause': 'menjeda pemantauan',
  'action.resume': 'melanjutkan pemantauan',
  'action.checkNow': 'cek sekarang',
  'action.saveSettings': 'mengubah pengaturan',
  'action.testChannel': 'mengirim notifikasi uji',
  'action.testSource': 'menguji sumber',
  'action.testDdnsRecord': 'menguji record DNS',
  'action.retryDdnsRecord': 'mencoba lagi record DNS',
  'action.testMonitor': 'menguji layanan',
  'action.runSpeedTest': 'menjalankan tes kecepatan',
  'action.tracePath': 'melacak jalur',
  'action.setQuiet': 'memulai atau mengakhiri jendela senyap',
  'action.testHook': 'menjalankan hook sebagai uji',
  'action.testHeartbeat': 'mengirim ping heartbeat',
  'action.testFleet': 'menguji broker multi-lokasi',
  'action.revokeSession': 'mencabut sesi browser',
  'action.backup': 'mencadangkan riwayat',
  'action.restore': 'memulihkan riwayat',
  'action.importHistory': 'mengimpor riwayat',
  'action.endFirstRun': 'mengakhiri penyiapan awal',
  'action.forgetSite': 'melupakan lokasi',
} as const satisfies Area<typeof source>;
