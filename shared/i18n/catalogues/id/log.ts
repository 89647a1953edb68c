/**
 * Indonesian (en/log.ts). The runner's plain log: an outage's start and end, a check's failure.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { log as source } from '../en/log';

export const log = {
  'log.outage.begins': '{cause}. IPWatch terus memeriksa sendiri dan memberi tahu di sini saat tersambung lagi.',
  'log.outage.ends':
    'setelah {duration} offline; selama itu {checks, plural, other {# pemeriksaan}} menanyai {sources, plural, other {# sumber}}, tidak satu pun memberi alamat.',
  'log.outage.endsUnchecked': 'setelah {duration} offline.',
  'log.check.asked': '{count, plural, other {# sumber ditanya}}',
  'log.check.noReason': 'tanpa alasan',
  'log.check.failed': '{count, plural, other {# gagal}}: {list}',
} as const satisfies Area<typeof source>;
