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
} satisfies Area<typeof source>;
