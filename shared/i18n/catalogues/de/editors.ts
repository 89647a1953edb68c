/**
 * German (en/editors.ts). Settings' editors' shared words: Test, options, unsaved.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { editors as source } from '../en/editors';

export const editors = {
  'editors.unknownKind': '{kind} (unbekannt)',
  'editors.moreOptions': 'Weitere Optionen',
  'editors.notSaved': 'noch nicht gespeichert',
  'editors.starting': 'startet',
  'editors.off': 'aus',
  'editors.needsFixing': 'bitte korrigieren',
  'editors.test': 'Testen',
  'editors.testing': 'Teste…',
  'editors.testFill': 'Füllen Sie die Felder oben aus, um zu testen.',
  'editors.failed': 'Fehlgeschlagen:',
  'editors.noReason': 'Kein Grund angegeben: siehe Protokoll.',
} as const satisfies Area<typeof source>;
