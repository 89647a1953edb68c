import type { Area } from '../area';
import type { reasons as source } from '../en/reasons';

export const reasons = {
  'reason.held.addressChange':
    'eine Rückänderung innerhalb der Haltezeit ergibt eine einzige Flatter-Benachrichtigung, nicht zwei: „Änderungen zurückhalten“ ist {duration}',
  'reason.held.siteChanged':
    'eine Rückänderung eines Standorts innerhalb der Haltezeit wird nicht gemeldet: „Änderungen zurückhalten“ ist {duration}',
  'reason.held.siteOffline':
    'ein Standort, der vorher zurück ist, war nur ein kurzer Aussetzer und wird nicht gemeldet: „Offline melden nach“ ist {duration}',
  'reason.held.unreadable':
    'von einer anderen Version von IPWatch geschrieben; beim nächsten Start der Überwachung beiseitegelegt',

  'reason.speed.off': 'Speedtests sind aus: Schalten Sie sie unter Einstellungen, Speedtest ein.',
  'reason.speed.stopping': 'IPWatch wird beendet',
  'reason.speed.metered': 'Nicht getestet: Die Verbindung ist getaktet ({inner}).',
  'reason.speed.notKept': 'Der Test lief, konnte aber nicht im Verlauf gespeichert werden: {said}',

  'reason.metered.nm':
    'NetworkManager ({device}): {state, select, metered {getaktet} other {nicht getaktet}}{guessed, select, yes {, vermutet} other {}}',
  'reason.metered.nmUnknown': 'NetworkManager ({device}) weiß es nicht',
  'reason.metered.nmOdd': 'NetworkManager ({device}) meldete „{said}“, keinen bekannten Taktungsstatus',
  'reason.metered.nmMissing': 'NetworkManager (nmcli) ist nicht installiert',
  'reason.metered.noRoute': 'keine IPv{family}-Standardroute, zu der NetworkManager befragt werden könnte',
  'reason.metered.nmFailed': 'NetworkManager konnte es nicht sagen: {said}',
  'reason.metered.windows': 'Windows: Netzwerkkosten {cost}',
  'reason.metered.windowsNone': 'Windows hat kein Internet-Verbindungsprofil',
  'reason.metered.windowsOdd': 'Windows meldete „{said}“, keine bekannte Netzwerkkostenart',
  'reason.metered.windowsFailed': 'Windows konnte es nicht sagen: {said}',
  'reason.metered.macos': 'macOS teilt Programmen nicht mit, ob eine Verbindung getaktet ist (kein Weg bekannt)',
  'reason.metered.noWay': 'kein Weg bekannt unter {platform}',
  'reason.metered.askFailed': 'das Betriebssystem konnte nicht gefragt werden: {said}',
  'reason.metered.said': '{said}',

  'reason.monitor.off': 'in den Einstellungen ausgeschaltet',
  'reason.monitor.timeout': 'keine Antwort innerhalb der Zeitgrenze',
  'reason.monitor.noAddressYet': 'noch keine bestätigte IPv{family}-Adresse zum Vergleichen',
  'reason.monitor.resolves': '{host} löst zur aktuellen Adresse auf',
  'reason.monitor.resolvesElsewhere': '{host} löst zu {found} auf, nicht zur aktuellen {current}',
  'reason.monitor.status': 'antwortete mit Status {status}',
  'reason.monitor.statusNotExpected':
    'antwortete mit Status {status}, erwartet: {expected, select, any {eine 2xx- oder 3xx-Antwort} other {Status {expected}}}',
  'reason.monitor.textMissing': 'antwortete mit Status {status}, aber ohne den erwarteten Text',
  'reason.monitor.portOpen': 'Port {port} nimmt Verbindungen an',
  'reason.monitor.failed': '{error}',
  'reason.monitor.failedLine': '{errorLine}',
  'reason.monitor.checkFailed': 'die Prüfung ist fehlgeschlagen: {said}',

  'reason.watch.noIp': 'ip (iproute2) ist nicht im PATH',
  'reason.watch.windows': 'Windows hat ohne natives Modul keine Ereignisquelle für Schnittstellen',
  'reason.watch.noSource': 'keine Ereignisquelle für Schnittstellen unter {platform}',
  'reason.watch.starting': 'die Ereignisquelle {kind} startet gerade',
  'reason.watch.said': '{said}',
  'reason.watch.stopped':
    '{what, select, cannotRun {{command} kann nicht ausgeführt werden ({code})} exited {{command} wurde beendet ({signal, select, none {Code {code}} other {{signal}}})} other {{said}}}{hasStderr, select, yes {: {stderr}} other {}}{retry, select, yes {; neuer Start in {retrySec} s} other {}}',
} satisfies Area<typeof source>;
