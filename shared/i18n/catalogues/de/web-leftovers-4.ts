import type { Area } from '../area';
import type { webLeftovers4 as source } from '../en/web-leftovers-4';

export const webLeftovers4 = {
  'error.fileMissing':
    '{known, select, yes {Die Datei {place} ist nicht vorhanden} other {Eine Datei, die IPWatch braucht, ist nicht vorhanden}}: wurde sie verschoben oder gelöscht?',
  'error.fileRefused':
    '{known, select, yes {IPWatch darf {place} nicht schreiben oder lesen} other {IPWatch darf eine benötigte Datei nicht schreiben oder lesen}}: prüfen Sie Besitzer und Rechte des Ordners.',
  'error.diskFull': 'Der Datenträger ist voll, IPWatch konnte nicht schreiben: geben Sie Speicherplatz frei.',
  'error.short.fileMissing': 'eine Datei fehlt',
  'error.short.fileRefused': 'Datei nicht beschreibbar',
  'error.short.diskFull': 'Datenträger voll',
} as const satisfies Area<typeof source>;
