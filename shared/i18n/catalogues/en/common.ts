/**
 * Words every page uses: addresses, durations, times, copy buttons, tables.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const common = {
  // Addresses as a channel's mask shows them (electron/engine/format/display.ts).
  'address.none': 'none',
  'address.hidden': '(hidden)',

  // Durations (shared/words/duration.ts): the two largest units, each rounded down.
  'duration.day': '{n} d',
  'duration.hour': '{n} h',
  'duration.minute': '{n} min',
  'duration.second': '{n} s',
  'duration.ago': '{duration} ago',

  // Lines cut to a field's size (shared/words/cut-lines.ts).
  'lines.more': '… and {n} more',

  'web.copy.copy': 'Copy',
  'web.copy.copied': 'Copied',
  'web.copy.failed': 'Copy failed',

  // The address cards (renderer/src/pages/dashboard-parts.tsx).
  'web.family': 'IPv{family}',

  'web.table.actions': 'Actions',

  'web.time.now': 'now',
  'web.time.justNow': 'just now',
  'web.time.in': 'in {duration}',
} as const;
