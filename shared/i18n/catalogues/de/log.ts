/**
 * German (en/log.ts). The runner's plain log: an outage's start and end, a check's failure.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { log as source } from '../en/log';

export const log = {
  'log.outage.begins': '{cause}. IPWatch prüft von selbst weiter und meldet hier, wenn die Verbindung wieder da ist.',
  'log.outage.ends':
    'nach {duration} offline; in der Zwischenzeit {checks, plural, one {hat # Prüfung} other {haben # Prüfungen}} {sources, plural, one {# Quelle} other {# Quellen}} gefragt, keine lieferte eine Adresse.',
  'log.outage.endsUnchecked': 'nach {duration} offline.',
  'log.check.asked': '{count, plural, one {# Quelle gefragt} other {# Quellen gefragt}}',
  'log.check.noReason': 'kein Grund angegeben',
  'log.check.failed': '{count, plural, one {# ohne Erfolg} other {# ohne Erfolg}}: {list}',
} as const satisfies Area<typeof source>;
