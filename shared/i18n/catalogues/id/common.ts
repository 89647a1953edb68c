/**
 * Indonesian (en/common.ts). Words every page uses: addresses, durations, times, copy buttons, tables.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { common as source } from '../en/common';

export const common = {
  'address.none': 'tidak ada',
  'address.hidden': '(disembunyikan)',

  'duration.day': '{n} hr',
  'duration.hour': '{n} jam',
  'duration.minute': '{n} mnt',
  'duration.second': '{n} dtk',
  'duration.ago': '{duration} yang lalu',

  'lines.more': '… dan {n} lainnya',

  'web.copy.copy': 'Salin',
  'web.copy.copied': 'Tersalin',
  'web.copy.failed': 'Gagal menyalin',

  // The address cards (renderer/src/pages/dashboard-parts.tsx).
  'web.family': 'IPv{family}',

  'web.table.actions': 'Tindakan',

  'web.time.now': 'sekarang',
  'web.time.justNow': 'baru saja',
  'web.time.in': 'dalam {duration}',
} as const satisfies Area<typeof source>;
