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
  'memory.bound.machine': '{bound}: {share} % dari memori mesin {limit} (tanpa batas kontainer)',

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
} as const satisfies Area<typeof source>;
