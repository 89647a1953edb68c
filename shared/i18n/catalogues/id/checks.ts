/**
 * Indonesian (en/checks.ts). The Checks card: a check's result, trigger and the monitor's figures.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { checks as source } from '../en/checks';

export const checks = {
  'check.result.unchanged': 'tidak berubah',
  'check.result.confirmed': 'terkonfirmasi',
  'check.result.changed': 'berubah',
  'check.result.uncertain': 'tidak pasti',
  'check.result.unavailable': 'tidak ada sumber yang menjawab',
  'check.result.disabled': 'dimatikan',
  'check.result.noSource': 'tidak dipantau: tidak ada sumber',
  'check.noSourceLine': '{family} tidak dipantau: tidak ada sumber',

  // The memory figure's detail (shared/process-memory.ts), its sizes in the language's digits.
  'memory.detail': 'heap V8 {used} terpakai (dari {total}); native {native} (di luar heap)',
  'memory.part.heap': 'Heap V8',
  'memory.part.native': 'Memori native',
  'memory.part.wasm': 'Memori wasm riwayat',
  'memory.bound.setting': '{bound}, sesuai pengaturan',
  'memory.bound.cgroup-v2': '{bound}: {share} % dari batas kontainer {limit} (cgroup v2 memory.max)',
  'memory.bound.cgroup-v1': '{bound}: {share} % dari batas kontainer {limit} (cgroup v1 memory.limit_in_bytes)',
  'memory.bound.machine': '{bound}: {share} % dari memori komputer {limit} (tanpa batas kontainer)',
  'memory.bound.machine-floor':
    '{floor, select, yes {{bound}: batas bawaan terkecil, karena seperempat memori komputer {limit} lebih kecil daripada yang mungkin dipakai IPWatch yang sehat} other {{bound}: {share} % dari memori komputer {limit}, karena seperempatnya lebih kecil daripada yang mungkin dipakai IPWatch yang sehat}} (tanpa batas kontainer)',
  'memory.summary': 'RSS selama {duration} yang diukur: kini {now}, tertinggi {peak}. Batas: {bound}.',
  'memory.above': 'RSS di atas batasnya: notifikasi memori telah dikirim.',
  'memory.app.type':
    '{type, select, browser {proses utama} tab {halaman} gpu {proses GPU} utility {proses pembantu} zygote {pemula proses} sandbox {pembantu sandbox} pepper {plugin} pepperBroker {perantara plugin} unknown {proses tak dikenal} rest {lainnya} other {{name}}}',
  'memory.app.part': '{type} {size}{count, plural, =1 {} other { (# proses)}}',
  'memory.app.line': '{total}: {parts}',

  // The Checks card (renderer/src/pages/ChecksCard.tsx).
  'web.checks.title': 'Cek',
  'web.checks.last': 'Cek terakhir',
  'web.checks.next': 'Cek berikutnya',
  'web.checks.when': '{time} ({ago})',
  'web.checks.paused': 'dijeda',
  'web.checks.networkChanges': 'Perubahan jaringan',
  'web.checks.lastChange': '; terakhir {ago}',
  'web.checks.router': 'Router',
  'web.checks.nat': 'NAT',
  'web.checks.runningFor': 'Pemantauan berjalan selama',
  'web.checks.memory': 'Memori terpakai',
  'web.checks.memoryChart.title': 'Memori dari waktu ke waktu',
  'web.checks.memoryChart.rss': 'Memori terpakai (RSS)',
  'web.checks.memoryChart.bound': 'Batas',
  'web.checks.memoryChart.noBound': 'belum ada batas',
  'web.checks.memoryChart.empty': 'Memori dibaca setiap {seconds} dtk; grafik muncul setelah pembacaan kedua.',
  'web.checks.memoryChart.point': '{time}: RSS {rss}; heap V8 {heap}; native {native}; wasm {wasm}',
  'web.checks.memoryChart.table': '{count, plural, other {# sampel terakhir}} sebagai tabel',
  'web.checks.memoryChart.col.time': 'Waktu',
  'web.checks.memoryChart.col.rss': 'RSS',
  'web.checks.memoryChart.col.heap': 'Heap V8 terpakai',
  'web.checks.memoryChart.col.native': 'Native',
  'web.checks.memoryChart.col.wasm': 'Wasm',
  'web.checks.memoryChart.app': 'Proses lain aplikasi',
  'web.checks.memoryChart.pointApp': '{point}; proses lain aplikasi {app}',
  'web.checks.memoryChart.col.app': 'Proses lain',
  'web.checks.memoryChart.appUnknown': 'tidak diketahui',
} as const satisfies Area<typeof source>;
