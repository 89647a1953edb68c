/**
 * German (en/speed.ts). Speed tests and metered connections.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { speed as source } from '../en/speed';

export const speed = {
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

  'reason.speed.cancelled': 'abgebrochen',
  'reason.speed.error': '{said}',
  'reason.speed.unreachable': 'Speedtest-Server nicht erreichbar: {said}',
  'reason.speed.refused':
    '{kind, select, wait {der Speedtest-Server bittet, vor dem nächsten Test zu warten (HTTP 429)} forbidden {der Speedtest-Server hat die Anfrage abgelehnt (HTTP 403)} other {der Speedtest-Server antwortete mit HTTP {status}}}',
  'reason.speed.refusedSaid':
    '{kind, select, wait {der Speedtest-Server bittet, vor dem nächsten Test zu warten (HTTP 429)} forbidden {der Speedtest-Server hat die Anfrage abgelehnt (HTTP 403)} other {der Speedtest-Server antwortete mit HTTP {status}}}: {said}',
  'reason.speed.short': 'der Speedtest-Server schickte {received} der {expected} angefragten Bytes',
  'reason.speed.off': 'Speedtests sind aus: Schalten Sie sie unter Einstellungen, Speedtest ein.',
  'reason.speed.stopping': 'IPWatch wird beendet',
  'reason.speed.metered': 'Nicht getestet: Die Verbindung ist getaktet ({inner}).',
  'reason.speed.notKept': 'Der Test lief, konnte aber nicht im Verlauf gespeichert werden: {said}',

  'speed.running': 'Speedtest: läuft',
  'speed.skipped': 'Speedtest: ausgelassen ({why})',
  'speed.notRun': 'Speedtest: noch nicht gelaufen',
  'speed.failed': 'Speedtest: fehlgeschlagen ({error})',
  'speed.line': 'Geschwindigkeit: {down}, {up}',
  'speed.lineLatency': 'Geschwindigkeit: {down}, {up}, {latency} ms',
  'speed.down': 'Download {mbps} Mbit/s',
  'speed.up': 'Upload {mbps}',
  'speed.downMissing': 'Download nicht gemessen',
  'speed.upMissing': 'Upload nicht gemessen',

  'web.speed.title': 'Speedtest',
  'web.speed.failed': 'Fehlgeschlagen: {error}',
  'web.speed.when': '{time} ({ago}).',
  'web.speed.none': 'Noch kein Speedtest.',
  'web.speed.next': 'Nächster geplanter Test {time}.',
  'web.speed.skipped': '{ago}: {why}',
  'web.speed.meteredUnknown':
    'Ob die Verbindung getaktet ist, sagt das System nicht ({detail}); die Tests laufen daher.',
  'web.speed.testing': 'Testet…',
  'web.speed.run': 'Test starten',
  'web.speed.off': 'Speedtests sind in den Einstellungen aus.',
  // A speed test's figures (renderer/src/pages/speed-view.ts): `n` already written as the language writes numbers.
  'web.speed.notMeasured': 'nicht gemessen',
  'web.speed.mbps': '{n} Mbit/s',
  'web.speed.ms': '{n} ms',
  'web.speed.figures': 'Download {down} · Upload {up} · Latenz {latency}',
  'web.speed.figuresJitter': 'Download {down} · Upload {up} · Latenz {latency} (Jitter {jitter})',
  'web.speed.scope':
    '{trigger, select, schedule {Geplant} other {Angefordert}}: {mb} MB in {s} s über IPv{family} zu {server}{cut, select, bytes {; am Datenlimit gestoppt} time {; am Zeitlimit gestoppt, Werte bis dahin} other {}}.',
} as const satisfies Area<typeof source>;
