/**
 * German (en/health.ts). The health verdict: labels, reasons, details and uncertain addresses.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { health as source } from '../en/health';

export const health = {
  'health.families.two': '{first} und {second}',
  'health.label.disconnected': 'Getrennt',
  'health.reason.disconnected': 'keine Verbindung zur Engine',
  'health.detail.disconnected':
    'Keine Verbindung zur IPWatch-Engine: sie wird von selbst wiederhergestellt. Das Angezeigte ist vielleicht veraltet.',
  'health.label.checking': 'Prüft',
  'health.reason.noStatus': 'noch kein Status',
  'health.detail.noStatus': 'Warten auf den ersten Status.',
  'health.reason.firstCheck': 'erste Prüfung läuft',
  'health.detail.firstCheck': 'Die erste Prüfung läuft.',
  'health.label.paused': 'Pausiert',
  'health.reason.paused': 'vom Benutzer pausiert',
  'health.detail.paused':
    'Die Überwachung ist pausiert: keine Prüfungen, und keine Änderung wird bemerkt, bis Sie sie fortsetzen.',
  'health.label.stopped': 'Gestoppt',
  'health.reason.stopped': 'Überwachung gestoppt',
  'health.detail.stopped': 'Die Überwachung ist gestoppt: keine Prüfungen. Starten Sie IPWatch neu.',
  'health.label.starting': 'Startet',
  'health.reason.starting': 'startet',
  'health.detail.starting': 'Die Überwachung startet; die erste Prüfung folgt.',
  'health.label.nothingWatched': 'Nichts überwacht',
  'health.reason.nothingWatched': 'IPv4 und IPv6 beide aus',
  'health.detail.nothingWatched':
    'IPv4 und IPv6 sind in den Einstellungen beide ausgeschaltet: keine Adresse wird überwacht.',
  'health.label.noInternet': 'Kein Internet',
  'health.reason.noInternet': 'keine Quelle hat eine Adresse genannt',
  'health.detail.noInternet':
    'Keine Quelle hat eine Adresse genannt: prüfen Sie die Netzverbindung dieses Rechners; im WLAN eines Hotels oder Cafés melden Sie sich an dessen Portal an. Die Prüfungen wiederholen sich von selbst.',
  'health.label.noSource': 'Keine Quelle',
  'health.reason.noSource': '{families}: keine Quelle eingerichtet',
  'health.detail.noSource':
    'Für {families} ist keine Quelle eingerichtet, also geht keine Anfrage hinaus und über das Netz ist nichts bekannt: diese Zeit ist nicht überwacht (nie als offline gezählt). Fügen Sie unter Einstellungen, Quellen eine hinzu.',
  'health.label.uncertain': 'Unsicher',
  'health.detail.uncertain': '{clauses}Keine Adresse wird festgestellt.',
  'health.clause': '{clause}. ',
  'health.reasons': '{first}; {second}',
  'health.label.familyUncertain': '{family} unsicher',
  'health.label.noFamily': 'Kein {family}',
  'health.reason.family': '{family}: {cause}',
  'health.detail.familyMissing': '{clause}, daher hat {family} keine bestätigte Adresse.',
  'health.cause.noAnswer': 'keine Quelle hat geantwortet',
  'health.short.noAnswer': 'Keine {family}-Quelle hat bei der letzten Prüfung geantwortet',
  'health.label.degraded': 'Beeinträchtigt',
  'health.reason.lastError': '{where}: {message}',
  'health.detail.lastError':
    '{where} ist fehlgeschlagen: {message}. Die Prüfungen laufen weiter; sehen Sie ins Protokoll, wenn es bleibt.',
  'health.reason.internalError': 'interner Fehler in {part}: {message}',
  'health.detail.internalError':
    'Ein Fehler in {part} wurde dort nicht behandelt ({message}); IPWatch hat ihn abgefangen und die Überwachung läuft weiter ({total} seit dem Start). Wenn er wiederkommt, melden Sie ihn mit dem Protokoll.',
  'health.reason.channelsFailing': 'Benachrichtigungen scheitern: {channels}',
  'health.detail.channelsFailing':
    'Benachrichtigungen können nicht zugestellt werden ({channels}): sie werden aufbewahrt und erneut versucht; prüfen Sie die Einstellungen des Kanals.',
  'health.reason.sourcesFailing': '{family}: {open} von {total} Quellen fallen aus',
  'health.detail.sourcesFailing':
    '{open} von {total} {family}-Quellen fallen wiederholt aus und pausieren: weniger bleiben, um sich auf die Adresse zu einigen. Ihre letzten Fehler stehen unter Quellen.',
  'health.label.ok': 'Online',
  'health.reason.ok': 'überwacht',
  'health.detail.ok': '{families} von der letzten Prüfung bestätigt.',
  'health.note.noSource':
    'Keine {family}-Quelle ist eingerichtet, also geht keine Anfrage hinaus: fügen Sie unter Einstellungen, Quellen eine hinzu.',
  'health.note.noIpv6':
    'Keine IPv6-Quelle hat geantwortet: dieses Netz hat vielleicht kein IPv6. Dann schalten Sie IPv6 in den Einstellungen aus.',
  'health.note.noIpv4':
    'Keine IPv4-Quelle hat geantwortet: prüfen Sie die Netzverbindung; ein reines IPv6-Netz hat keine IPv4-Adresse.',

  'uncertain.cause.noAddress': 'Antworten ohne Adresse',
  'uncertain.cause.tooFew': 'zu wenige gleiche Antworten',
  'uncertain.cause.differ': 'Quellen uneinig',
  'uncertain.short.noAddress':
    '{family}-Quellen haben bei der letzten Prüfung geantwortet, aber keine mit einer Adresse',
  'uncertain.short.differ': '{family}-Quellen haben bei der letzten Prüfung verschiedene Adressen genannt',
  'uncertain.short.tooFew': 'Zu wenige {family}-Quellen haben bei der letzten Prüfung gleich geantwortet',
  'uncertain.short.unknown':
    '{family}-Quellen haben bei der letzten Prüfung geantwortet, aber zu wenige waren sich über eine Adresse einig',
  'uncertain.why.noAddress':
    'Quellen haben geantwortet, aber keine mit einer {family}-Adresse (die Anmeldeseite eines Portals oder ein DNS-Fehler kann das bewirken)',
  'uncertain.why.differ':
    'Quellen haben verschiedene {family}-Adressen genannt ({each}), und zu wenige waren sich über eine einig',
  'uncertain.why.tooFew':
    'Quellen haben geantwortet, aber nur {sources} nannten eine {family}-Adresse ({ip}): zu wenige, um sie zu bestätigen',
  'uncertain.why.unknown':
    'Quellen haben geantwortet, aber zu wenige waren sich über eine {family}-Adresse einig (oder ein Captive Portal oder das DNS hat an ihrer Stelle geantwortet)',
  'uncertain.sources': '{n, plural, one {# Quelle} other {# Quellen}}',
  'uncertain.fromSources': '{ip} von {sources}',
  'uncertain.note':
    'Unsicher: {why}, daher wird keine festgestellt. Meist klärt sich das bei der nächsten Prüfung; wenn nicht, {advice}',
  'uncertain.seeSources':
    'sehen Sie im Dashboard unter Quellen, was jede Quelle geantwortet hat und welche übereinstimmten.',
  'uncertain.seeMet': 'sehen Sie im Dashboard unter Quellen, was jede Quelle geantwortet hat.',

  'cause.advice.network': 'Prüfen Sie die Netzwerkverbindung dieses Rechners (Kabel, WLAN, VPN).',
  'cause.advice.noAddress': 'Im WLAN eines Hotels oder Cafés melden Sie sich auf dessen Portalseite an.',
  'cause.advice.noIpv6': 'Dann schalten Sie IPv6 in den Einstellungen aus.',
  'cause.advice.noIpv4': 'Dann schalten Sie IPv4 in den Einstellungen aus.',
  'cause.advice.filtered': 'Prüfen Sie die zu nehmenden Bereiche unter Einstellungen › Quellen.',
  'cause.advice.noEgress': 'Prüfen Sie „Ausgehend über“ unter Einstellungen › Überwachung.',
  'cause.offline': 'Kein Internet: {cause}. Die Prüfungen wiederholen sich von selbst.',
  'cause.note': '{family}: {cause}.',

  'reason.cause.network': 'keine Quelle erreichbar: das Netzwerk ist getrennt oder hat keinen Weg nach draußen',
  'reason.cause.noAddress':
    'Quellen haben geantwortet, aber ohne Adresse: womöglich steht eine Anmeldeseite oder ein Filter im Weg',
  'reason.cause.differ': 'die Quellen nannten verschiedene Adressen',
  'reason.cause.tooFew': 'zu wenige Quellen nannten dieselbe Adresse',
  'reason.cause.noIpv6': 'IPv4 funktioniert, aber keine IPv6-Quelle ist erreichbar: dieses Netzwerk hat wohl kein IPv6',
  'reason.cause.noIpv4': 'IPv6 funktioniert, aber keine IPv4-Quelle ist erreichbar: dieses Netzwerk hat wohl kein IPv4',
  'reason.cause.noSource': 'keine Quelle eingerichtet',
  'reason.cause.filtered': 'jede Adresse der Quellen liegt außerhalb der erlaubten Bereiche',
  'reason.cause.noEgress': 'die gewählte Schnittstelle oder Adresse für ausgehende Verbindungen ist nicht nutzbar',
} as const satisfies Area<typeof source>;
