/**
 * German (en/history.ts). The History page.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { history as source } from '../en/history';

export const history = {
  'web.history.title': 'Verlauf',
  'web.history.changeNotHere': 'Die Änderung vom {at} ist nicht auf dieser Seite.',
  'web.history.noMatch': 'Kein Eintrag passt zu diesem Filter.',
  'web.history.none': 'Noch kein Verlauf: Die erste Prüfung legt ihn an.',
  'web.history.firstSeen': 'Zuerst gesehen',
  'web.history.from': 'Vorher',
  'web.history.col.family': 'IP-Version',
  'web.history.col.address': 'Adresse',
  'web.history.col.from': 'Seit',
  'web.history.col.lastSeen': 'Zuletzt gesehen',
  'web.history.col.held': 'Dauer',
  'web.history.col.checks': 'Prüfungen',
  'web.history.col.network': 'Netz',
  'web.history.col.change': 'Änderung',
  'web.history.filter.family': 'IP-Version',
  'web.history.filter.both': 'Beide',
  'web.history.filter.search': 'Adresse suchen',
  'web.history.filter.example': 'z. B. {example}',
  'web.history.filter.rows': 'Zeilen pro Seite',
  'web.history.table.scrollable': 'Adressverlauf, scrollbar',
  'web.history.table.caption': 'Adressverlauf',
  'web.history.pager': 'Seiten',
  'web.history.previous': 'Zurück',
  'web.history.next': 'Weiter',
  'web.history.page': 'Seite {page} von {pages} ({total, plural, one {# Eintrag} other {# Einträge}})',
  'web.history.export': '{format} exportieren',
  'web.history.exportNone': 'Noch nichts zu exportieren: Es wurde noch keine Adresse aufgezeichnet.',
} as const satisfies Area<typeof source>;
