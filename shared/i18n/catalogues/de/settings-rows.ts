/**
 * German (en/settings-rows.ts). Settings' rows: sources, channels, their states, the watcher, fleet and speed.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { settingsRows as source } from '../en/settings-rows';

export const settingsRows = {
  'settings.channels.none': 'Keine Kanäle: Es wird nichts gesendet.',
  'settings.channels.new': 'Neuer Kanal',
  'settings.channels.unknownType': '{type} (unbekannt)',
  'settings.channels.notHere': '{label} (nicht hier)',
  'settings.channels.test': 'Testen',
  'settings.channels.fixToTest': 'Korrigieren Sie die unten markierten Felder, um einen Test zu senden.',
  'settings.channels.newType': 'Art des neuen Kanals',
  'settings.channels.add': 'Kanal hinzufügen',
  'settings.channels.noDesktop': 'Desktop-Benachrichtigungen können hier nicht erscheinen: {reason}.',

  'settings.fleet.notStarted': 'Nicht gestartet: {error}.',
  'settings.fleet.connecting': 'Verbindung zum Broker wird hergestellt…',
  'settings.fleet.failing': 'Broker nicht erreichbar: {error}.',
  'settings.fleet.noReason': 'kein Grund genannt',
  'settings.fleet.connectedBut': 'Verbunden, aber: {error}.',
  'settings.fleet.connected': 'Mit dem Broker verbunden.',
  'settings.fleet.test': 'Broker testen',

  'settings.sourceKind.http': 'HTTP-Quelle',
  'settings.sourceKind.httpBlurb':
    'Ein Webdienst, der mit der Adresse antwortet, unter der er Sie sieht: als Text, in einem JSON-Feld oder als key=value-Zeilen.',
  'settings.sourceKind.dns': 'DNS-Quelle',
  'settings.sourceKind.dnsBlurb':
    'Ein DNS-Server, der einen Namen mit Ihrer Adresse beantwortet (OpenDNS myip, Cloudflare whoami, Google TXT).',
  'settings.sourceKind.stun': 'STUN-Quelle',
  'settings.sourceKind.stunBlurb':
    'Ein STUN-Server (wie ihn Videoanrufe nutzen): Er nennt die Adresse und den Port, unter denen er Sie sieht.',
  'settings.sourceKind.interface': 'Eigene Adresse der Schnittstelle',
  'settings.sourceKind.interfaceBlurb':
    'Für einen Rechner mit eigener öffentlicher Adresse: die globale Adresse der Schnittstelle, ohne Anfrage gelesen.',
  'settings.sourceKind.label': 'Art der Quelle',
  'settings.sourceKind.more': 'Weitere Optionen',
  'settings.sourceKind.providerPlaceholder': 'die ID der Quelle',

  'settings.sources.custom': 'Eigene Quellen',
  'settings.sources.none': 'Noch keine: Es werden nur die eingebauten Quellen gefragt.',
  'settings.sources.new': 'Neue Quelle',
  'settings.sources.add': 'Eigene Quelle hinzufügen',
  'settings.sources.legend': 'Eigene Quelle',
  'settings.sources.answered': '{ip} in {ms} ms geantwortet',
  'settings.sources.failed': 'Fehlgeschlagen:',

  'settings.speed.moves':
    'Jeder Test überträgt bis zur Datengrenze zu Cloudflare (oder zum eingestellten Server) und zurück.',
  'settings.speed.metered':
    ' Bei der letzten Abfrage war die Verbindung {state, select, unknown {mit unbekannten Kosten} metered {getaktet} other {nicht getaktet}}: {detail}.',

  'settings.state.notSaved': 'noch nicht gespeichert',
  'settings.state.notInUse': 'nicht in Gebrauch',
  'settings.state.notInUseWhy': 'Die Engine fragt sie nicht: siehe Protokoll.',
  'settings.state.off': 'aus',
  'settings.state.starting': 'startet',
  'settings.state.nothingSent': 'noch nichts gesendet',
  'settings.state.working': 'funktioniert',
  'settings.state.retrying': 'neuer Versuch',
  'settings.state.failing': 'schlägt fehl',
  'settings.state.cannotRun': 'nicht lauffähig',
  'settings.state.paused': 'pausiert',
  'settings.state.removed': 'entfernt',
  'settings.state.botOff': 'Bot aus',
  'settings.state.notJoined': 'noch nicht beigetreten',
  'settings.state.invite': 'Laden Sie den Bot mit dem Link oben ein.',
  'settings.state.cannotPost': 'kann nicht posten',
  'settings.state.joined': 'beigetreten',

  'settings.watcher.testing': 'Wird getestet…',
  'settings.watcher.failed': 'Fehlgeschlagen: {error}',
  'settings.watcher.runHook': 'Einmal ausführen (gespeicherte Einstellungen)',
  'settings.watcher.ping': 'Test-Ping senden (gespeicherte Einstellungen)',
  'settings.watcher.notRun': 'Noch nicht ausgeführt.',
  'settings.watcher.lastRun': 'Zuletzt ausgeführt {when} ({event}): mit 0 beendet nach {took}.',
  'settings.watcher.lastRunFailed': 'Zuletzt ausgeführt {when} ({event}): {error}',
  'settings.watcher.pingOff': 'Aus: Es wird kein Ping gesendet.',
  'settings.watcher.pingWaiting': 'Wartet auf die erste Prüfung, um zu pingen.',
  'settings.watcher.pingOk': 'Letzter Ping {when}: {signal}, angenommen.',
  'settings.watcher.pingFailing': 'Pings schlagen fehl: {detail}',
  'settings.watcher.pingFailingRun': 'Pings schlagen fehl ({failures} in Folge): {detail}',
  'settings.watcher.lastAccepted': '; zuletzt angenommen {when}',
  'settings.watcher.worked': 'Hat funktioniert: {detail} ({took}).',
} as const satisfies Area<typeof source>;
