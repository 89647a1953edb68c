import type { Area } from '../area';
import type { webConnections as source } from '../en/web-connections';

export const webConnections = {
  'web.page.connections': 'Verbindungen',
  'web.connections.intro':
    'Jedes Ziel, das IPWatch mit den aktuellen Einstellungen kontaktieren darf, und jedes, das es seit dem Start kontaktiert hat.',
  'web.connections.what': 'die Verbindungen',
  'web.connections.enforce':
    '{enforce, select, true {Verbindungen zu Zielen außerhalb dieser Liste werden abgelehnt.} other {Verbindungen zu Zielen außerhalb dieser Liste werden protokolliert, nicht abgelehnt.}}',
  'web.connections.enforceLink': 'Ändern unter Einstellungen › Verbindungen',

  'web.connections.declared': 'Erlaubte Ziele',
  'web.connections.declaredCount':
    '{count, plural, one {# Ziel für die aktuellen Einstellungen} other {# Ziele für die aktuellen Einstellungen}}',
  'web.connections.declaredNone': 'Keine: Mit den aktuellen Einstellungen kontaktiert IPWatch niemanden.',
  'web.connections.declared.scrollable': 'Ziele, die IPWatch kontaktieren darf, scrollbar',
  'web.connections.group': '{purpose} ({count, plural, one {# Ziel} other {# Ziele}})',
  'web.connections.result.address': 'hat mit einer Adresse geantwortet',
  'web.connections.result.noAddress': 'hat geantwortet, aber ohne Adresse',
  'web.connections.col.destination': 'Ziel',
  'web.connections.col.port': 'Port',
  'web.connections.col.purpose': 'Zweck',
  'web.connections.col.setting': 'Eingeschaltet durch',
  'web.connections.col.often': 'Wie oft',
  'web.connections.col.count': 'Anzahl',
  'web.connections.col.last': 'Zuletzt',
  'web.connections.col.result': 'Letztes Ergebnis',
  'web.connections.col.lookup': 'Name aufgelöst durch',
  'web.connections.port': '{protocol} {port}',
  'web.connections.portLater': '{protocol}, Port wird zur Laufzeit ermittelt',
  'web.connections.setting.lookups': 'jedes Ziel oben, das einen Hostnamen hat',
  'web.connections.setting.proxy': 'die Umgebung ({variables})',

  'web.connections.contacted': 'Kontaktiert seit dem Start',
  'web.connections.contactedSince':
    'Seit {since}: {count, plural, one {# Ziel} other {# Ziele}}, {undeclared, plural, =0 {alle gelistet} one {# nicht gelistet} other {# nicht gelistet}}.',
  'web.connections.contactedNone': 'Seit {since} noch nichts kontaktiert.',
  'web.connections.contacted.scrollable': 'Ziele, die IPWatch kontaktiert hat, scrollbar',
  'web.connections.undeclared': 'Nicht gelistet',
  'web.connections.undeclaredWhy': 'steht nicht in der Liste der Ziele für die aktuellen Einstellungen',
  'web.connections.lookup.system': 'der Resolver des Systems',
  'web.connections.lookup.none': 'keiner (eine Adresse)',

  'web.connections.lookups': 'Namensauflösungen',
  'web.connections.lookupsNone': 'Noch kein Name aufgelöst.',
  'web.connections.lookups.scrollable': 'Aufgelöste Namen, scrollbar',
  'web.connections.col.name': 'Name',

  'web.connections.error.refusedByEnforce':
    'abgelehnt: nicht in der Liste, und nicht gelistete Verbindungen werden abgelehnt',
  'web.connections.error.refusedLocal':
    'abgelehnt: ein öffentlicher Name ergab eine lokale Adresse, und nicht gelistete Verbindungen werden abgelehnt',
  'web.connections.error.connectionRefused': 'der Host hat die Verbindung abgelehnt',
  'web.connections.error.connectionCut': 'die Verbindung wurde unterbrochen',
  'web.connections.error.timeout': 'keine Antwort in der vorgegebenen Zeit',
  'web.connections.error.nameNotFound': 'den Namen gibt es nicht',
  'web.connections.error.lookupFailed': 'der Name konnte nicht aufgelöst werden',
  'web.connections.error.unreachable': 'keine Route zum Host',
  'web.connections.error.tls': 'die sichere Verbindung ist fehlgeschlagen (Zertifikat oder TLS)',
  'web.connections.error.httpStatus': 'der Server hat mit einem Fehler geantwortet',
  'web.connections.error.rateLimited': 'der Server bittet IPWatch, seltener zu fragen',
  'web.connections.error.unreadable': 'die Antwort war nicht lesbar',
  'web.connections.error.network': 'ein Netzwerkfehler',
  'web.connections.error.unknown': 'ein unbekannter Fehler',
  'web.connections.resultWithError': '{result}: {error}',
} satisfies Area<typeof source>;
