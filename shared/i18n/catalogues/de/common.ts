/**
 * German (en/common.ts). Words every page uses: addresses, durations, times, copy buttons, tables.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { common as source } from '../en/common';

export const common = {
  'address.none': 'keine',
  'address.hidden': '(verborgen)',

  'duration.day': '{n} Tg.',
  'duration.hour': '{n} Std.',
  'duration.minute': '{n} Min.',
  'duration.second': '{n} Sek.',
  'duration.ago': 'vor {duration}',

  'lines.more': '… und {n} weitere',

  'web.copy.copy': 'Kopieren',
  'web.copy.copied': 'Kopiert',
  'web.copy.failed': 'Kopieren fehlgeschlagen',

  // The address cards (renderer/src/pages/dashboard-parts.tsx).
  'web.family': 'IPv{family}',

  'web.table.actions': 'Aktionen',

  'web.time.now': 'jetzt',
  'web.time.justNow': 'gerade eben',
  'web.time.in': 'in {duration}',
} as const satisfies Area<typeof source>;
