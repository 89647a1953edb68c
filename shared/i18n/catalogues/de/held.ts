/**
 * German (en/held.ts). Held notices and the alert policy.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { held as source } from '../en/held';

export const held = {
  'held.title': 'Von der Benachrichtigungsregel zurückgehalten',
  'held.unreadable': 'eine Benachrichtigung, die diese Version nicht lesen kann; wann sie gesendet wird, ist unbekannt',
  'held.what.addressChange': '{family}-Adressänderung',
  'held.what.siteOffline': '{site} offline',
  'held.what.siteChanged': '{site} hat die Adresse geändert',
  'held.aSite': 'ein Standort',
  'held.whenUnknown': '{what}; wann sie gesendet wird, ist unbekannt',
  'held.dueUnlessReturns': '{what}, wird um {time} gesendet, außer er ist bis dahin zurück',
  'held.dueUnlessChangesBack': '{what}, wird um {time} gesendet, außer sie wird bis dahin zurückgenommen',

  'reason.held.addressChange':
    'eine Rückänderung innerhalb der Haltezeit ergibt eine einzige Flatter-Benachrichtigung, nicht zwei: „Änderungen zurückhalten“ ist {duration}',
  'reason.held.siteChanged':
    'eine Rückänderung eines Standorts innerhalb der Haltezeit wird nicht gemeldet: „Änderungen zurückhalten“ ist {duration}',
  'reason.held.siteOffline':
    'ein Standort, der vorher zurück ist, war nur ein kurzer Aussetzer und wird nicht gemeldet: „Offline melden nach“ ist {duration}',
  'reason.held.unreadable':
    'von einer anderen Version von IPWatch geschrieben; beim nächsten Start der Überwachung beiseitegelegt',

  // The held notices, the service monitors and the speed test cards (renderer/src/pages/).
  'web.held.unreadable': 'Die zurückgehaltenen Benachrichtigungen lassen sich nicht lesen.',
} as const satisfies Area<typeof source>;
