import type { Area } from '../area';
import type { words2 as source } from '../en/words-2';

export const words2 = {
  'trigger.start': 'bei der Prüfung beim Start gefunden',
  'trigger.interval': 'bei der planmäßigen Prüfung gefunden',
  'trigger.network': 'nach einem Netzwechsel gefunden',
  'trigger.resume': 'beim Aufwachen des Rechners gefunden',
  'trigger.manual': 'bei einer von Ihnen gestarteten Prüfung gefunden',
  'trigger.retry': 'bei einem neuen Versuch nach einer fehlgeschlagenen Prüfung gefunden',
  'trigger.followUp': 'bei der Nachprüfung nach einem Netzwechsel gefunden',
  'trigger.import': 'aus einem anderen Verlauf importiert',
  'trigger.router': 'vom Router gemeldet',
  'trigger.settings': 'bei der Prüfung nach einer Änderung der Einstellungen gefunden',

  'ddns.event.state': '{name} {type}: {state}',
  'ddns.event.stateWhy': '{name} {type}: {state} ({why})',
  'ddns.event.inStepAgain': '{name} {type}: wieder aktuell (war {from})',
  'ddns.event.inStepAgainAfter': '{name} {type}: nach {duration} wieder aktuell (war {from})',

  'error.pageUnreachable':
    'IPWatch antwortet nicht: läuft es noch? Die Seite versucht es erneut, sobald es wieder da ist.',
  'error.proxyRefused':
    '{known, select, yes {Der Proxy auf dem Weg zu {place} hat die Verbindung abgelehnt} other {Der Proxy auf dem Weg hat die Verbindung abgelehnt}}: prüfen Sie HTTPS_PROXY, HTTP_PROXY und NO_PROXY und was der Proxy verlangt (die Details nennen seine Antwort).',
  'error.proxyUnusable':
    '{known, select, yes {IPWatch hat die Anfrage an {place} nicht gesendet} other {IPWatch hat die Anfrage nicht gesendet}}: Der Proxy aus HTTPS_PROXY, HTTP_PROXY oder ALL_PROXY ist kein http://- oder https://-Proxy, den IPWatch erreichen kann, und an ihm vorbei ginge die Anfrage nicht den Weg, den Ihre Umgebung verlangt (die Details nennen die Variable).',
  'error.notHttp':
    '{known, select, yes {Die Antwort von {place} ist kein lesbares HTTP} other {Die Antwort ist kein lesbares HTTP}}: läuft unter dieser Adresse ein HTTP-Dienst?',
  'error.connectionRefused':
    '{known, select, yes {Unter {place} hat nichts geantwortet} other {Dort hat nichts geantwortet}}: läuft der Dienst?',
  'error.nameNotFound':
    '{known, select, yes {Der Name {place} wurde nicht gefunden} other {Der Name des Servers wurde nicht gefunden}} (DNS): prüfen Sie ihn auf Tippfehler.',
  'error.nameNotNow':
    '{known, select, yes {Der Name {place} konnte gerade nicht aufgelöst werden} other {Der Name des Servers konnte gerade nicht aufgelöst werden}}: ist dieser Rechner online?',
  'error.timeout':
    '{known, select, yes {Keine rechtzeitige Antwort von {place}} other {Keine rechtzeitige Antwort}}: der Dienst ist vielleicht ausgefallen, oder eine Firewall verwirft den Verkehr.',
  'error.closed':
    '{known, select, yes {Die Verbindung zu {place} wurde vor einer Antwort geschlossen} other {Die Verbindung wurde vor einer Antwort geschlossen}}: versuchen Sie es erneut; passiert es immer wieder, lehnt der Dienst oder ein Proxy auf dem Weg sie ab.',
  'error.noRoute':
    '{known, select, yes {Keine Route zu {place}} other {Keine Route}}: ist dieser Rechner mit dem Netz verbunden?',
  'error.cancelled': 'Die Anfrage wurde abgebrochen, bevor eine Antwort kam.',
  'error.servfail':
    '{known, select, yes {Der DNS-Server unter {place} konnte nicht antworten} other {Der DNS-Server konnte nicht antworten}} (SERVFAIL): versuchen Sie es später erneut; hält es an, haben die Server der Zone einen Fehler.',
  'error.dnsRefused':
    '{known, select, yes {Der DNS-Server unter {place} hat die Anfrage abgelehnt} other {Der DNS-Server hat die Anfrage abgelehnt}} (REFUSED): er antwortet nicht für diesen Namen oder nicht diesem Rechner.',
  'error.formerr':
    '{known, select, yes {Der DNS-Server unter {place} konnte die Anfrage nicht lesen} other {Der DNS-Server konnte die Anfrage nicht lesen}} (FORMERR): vielleicht ist es kein DNS-Server.',
  'error.notimp':
    '{known, select, yes {Der DNS-Server unter {place} beantwortet diese Art von Anfrage nicht} other {Der DNS-Server beantwortet diese Art von Anfrage nicht}} (NOTIMP).',
  'error.badDnsAnswer':
    '{known, select, yes {Die Antwort von {place} war keine lesbare DNS-Antwort} other {Die Antwort war keine lesbare DNS-Antwort}}: läuft unter dieser Adresse ein DNS-Server?',
  'error.tooLarge':
    '{known, select, yes {Die Antwort von {place} war zu groß zum Lesen} other {Die Antwort war zu groß zum Lesen}}.',
  'error.certExpired':
    '{known, select, yes {Das Zertifikat von {place} ist abgelaufen} other {Das Zertifikat ist abgelaufen}}: der Dienst muss es erneuern.',
  'error.certSelfSigned':
    '{known, select, yes {Das Zertifikat von {place} ist selbst signiert} other {Das Zertifikat ist selbst signiert}} und daher nicht vertrauenswürdig: verwenden Sie eines von einer bekannten Zertifizierungsstelle.',
  'error.certOtherName':
    '{known, select, yes {Das Zertifikat von {place} gilt für einen anderen Namen} other {Das Zertifikat gilt für einen anderen Namen}}: prüfen Sie die Adresse.',
  'error.certUntrusted':
    '{known, select, yes {Das Zertifikat von {place} lässt sich nicht prüfen} other {Das Zertifikat lässt sich nicht prüfen}}: sein Aussteller gilt auf diesem Rechner nicht als vertrauenswürdig.',
  'error.noTls':
    '{known, select, yes {Zu {place} ließ sich keine sichere Verbindung aufbauen} other {Es ließ sich keine sichere Verbindung aufbauen}}: ist es die https-Adresse eines TLS-Dienstes?',
  'error.otherCode':
    '{known, select, yes {Die Anfrage an {place} ist unterwegs gescheitert} other {Die Anfrage ist unterwegs gescheitert}}: versuchen Sie es erneut; die Details nennen die Ursache.',
  'error.otherCodeInLine':
    '{known, select, yes {Die Anfrage an {place} ist unterwegs gescheitert} other {Die Anfrage ist unterwegs gescheitert}} ({code}): versuchen Sie es erneut.',
  'error.http401': 'Der Dienst hat die Zugangsdaten abgelehnt (HTTP 401): prüfen Sie Token oder Passwort.',
  'error.http403':
    'Der Dienst hat den Zugriff verweigert (HTTP 403): prüfen Sie, was das Token darf; manche Dienste lehnen automatisierte Anfragen ab.',
  'error.http404':
    'Unter dieser Adresse ist nichts (HTTP 404): prüfen Sie die URL; auch ein gelöschter Webhook antwortet so.',
  'error.http429': 'Zu viele Anfragen (HTTP 429): der Dienst bittet, vor der nächsten zu warten.',
  'error.http5xx': 'Der Dienst hat einen Fehler auf seiner Seite (HTTP {status}): versuchen Sie es später erneut.',
  'error.http4xx': 'Der Dienst hat die Anfrage abgelehnt (HTTP {status}).',
  'error.http4xxSaid': 'Der Dienst hat die Anfrage abgelehnt (HTTP {status}). Seine Antwort: {body}',
  'error.httpOther': 'Unerwartete Antwort (HTTP {status}).',
  'error.httpOtherSaid': 'Unerwartete Antwort (HTTP {status}). Sie lautet: {body}',

  'roles.viewersCannotTest': 'Betrachter können keine Tests oder Prüfungen auslösen: das kann nur ein Admin.',
  'roles.viewersCannotChange': 'Betrachter können lesen, aber nichts ändern: das kann nur ein Admin.',
  'roles.viewersCannotSeeSignIns': 'Betrachter sehen nicht, wer angemeldet ist: das kann nur ein Admin.',

  'sessions.noBrowserSessions':
    'In der Desktop-App kann sich kein Browser anmelden: sie stellt keinen Port bereit, also gibt es keine Anmeldungen. Browser melden sich am Dashboard einer Instanz an (ipwatch monitor mit eingeschalteter API).',
  'sessions.revokedOwn': 'Das war Ihre eigene Sitzung: dieser Browser ist abgemeldet.',
  'sessions.revoked': 'Abgemeldet: der Browser von {name} muss sich neu anmelden.',
  'sessions.noSuch':
    'kein angemeldeter Browser hat die ID {sid}: die Sitzung ist schon beendet (abgemeldet, widerrufen oder abgelaufen)',

  'action.pause': 'Überwachung pausieren',
  'action.resume': 'Überwachung fortsetzen',
  'action.checkNow': 'jetzt prüfen',
  'action.saveSettings': 'Einstellungen ändern',
  'action.testChannel': 'Testbenachrichtigung senden',
  'action.testSource': 'Quelle testen',
  'action.testDdnsRecord': 'DNS-Eintrag testen',
  'action.retryDdnsRecord': 'DNS-Eintrag erneut versuchen',
  'action.testMonitor': 'Dienst testen',
  'action.runSpeedTest': 'Speedtest starten',
  'action.testHook': 'Hook testweise ausführen',
  'action.testHeartbeat': 'Heartbeat-Ping senden',
  'action.testFleet': 'Broker des Verbunds testen',
  'action.revokeSession': 'Browser-Sitzung widerrufen',
  'action.backup': 'Verlauf sichern',
  'action.restore': 'Verlauf wiederherstellen',
  'action.importHistory': 'Verlauf importieren',
  'action.endFirstRun': 'Ersteinrichtung beenden',
  'action.forgetSite': 'Standort des Verbunds vergessen',

  'file.unreadable': '{what} {file} ist nicht lesbar: {why}',
  'file.why.missing': 'Datei existiert nicht',
  'file.why.notAllowed': 'diese Instanz darf sie nicht lesen',
  'file.why.folder': 'es ist ein Ordner',
  'file.why.tooManyOpen': 'diese Instanz hat zu viele Dateien geöffnet',
  'file.why.io': 'der Datenträger meldet einen Lesefehler',
} satisfies Area<typeof source>;
