/**
 * German (en/errors.ts). An error in words: the network's, a file's, the API's and the engine's.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { errors as source } from '../en/errors';

export const errors = {
  'error.egressRefused':
    '{known, select, yes {IPWatch hat keine Verbindung zu {place} aufgebaut} other {IPWatch hat keine Verbindung aufgebaut}}: Die Verbindung ist nicht gelistet, und „{setting}“ ist an.',
  'error.egressLocal':
    '{known, select, yes {IPWatch hat keine Verbindung zu {place} aufgebaut} other {IPWatch hat keine Verbindung aufgebaut}}: Der Name ergab eine Adresse dieses Rechners oder seines lokalen Netzes, für die er nicht angegeben ist, und „{setting}“ ist an.',
  'error.network':
    '{known, select, yes {Die Anfrage an {place} ist im Netzwerk gescheitert} other {Die Anfrage ist im Netzwerk gescheitert}}: Versuchen Sie es erneut; ist dieser Rechner online?',
  'error.httpStatus':
    '{known, select, yes {{place} hat mit einem Fehler geantwortet} other {Der Dienst hat mit einem Fehler geantwortet}}: Versuchen Sie es später erneut; hält es an, prüfen Sie die Adresse.',
  'error.rateLimited':
    '{known, select, yes {{place} bittet IPWatch, seltener zu fragen} other {Der Dienst bittet IPWatch, seltener zu fragen}}: Die nächste Anfrage wartet länger.',
  'error.unreadable':
    '{known, select, yes {Die Antwort von {place} war nicht lesbar} other {Die Antwort war nicht lesbar}}: Vielleicht sendet der Dienst inzwischen etwas anderes.',
  'error.short.proxyRefused': 'der Proxy hat die Verbindung abgelehnt',
  'error.short.proxyUnusable': 'der Proxy aus der Umgebung ist nicht nutzbar',
  'error.short.cancelled': 'vor einer Antwort abgebrochen',
  'error.short.tooLarge': 'die Antwort war zu groß',
  'error.timeLimit': 'Das Zeitlimit der Anfrage ist abgelaufen, bevor eine Antwort kam.',
  'error.short.timeLimit': 'Zeitlimit vor einer Antwort abgelaufen',
  'error.fileMissing':
    '{known, select, yes {Die Datei {place} ist nicht vorhanden} other {Eine Datei, die IPWatch braucht, ist nicht vorhanden}}: wurde sie verschoben oder gelöscht?',
  'error.fileRefused':
    '{known, select, yes {IPWatch darf {place} nicht schreiben oder lesen} other {IPWatch darf eine benötigte Datei nicht schreiben oder lesen}}: prüfen Sie Besitzer und Rechte des Ordners.',
  'error.diskFull': 'Der Datenträger ist voll, IPWatch konnte nicht schreiben: geben Sie Speicherplatz frei.',
  'error.short.fileMissing': 'eine Datei fehlt',
  'error.short.fileRefused': 'Datei nicht beschreibbar',
  'error.short.diskFull': 'Datenträger voll',
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

  'file.unreadable': '{what} {file} ist nicht lesbar: {why}',
  'file.why.missing': 'Datei existiert nicht',
  'file.why.notAllowed': 'diese Instanz darf sie nicht lesen',
  'file.why.folder': 'es ist ein Ordner',
  'file.why.tooManyOpen': 'diese Instanz hat zu viele Dateien geöffnet',
  'file.why.io': 'der Datenträger meldet einen Lesefehler',

  'web.apiError.dangerous':
    'Diese Änderung darf nur vornehmen, wer an dem Computer sitzt, auf dem IPWatch läuft (sie ändert, wohin ein gespeichertes Geheimnis geht, was dort ausgeführt wird, wer sich anmelden darf, oder senkt einen Schutz). Führen Sie auf diesem Computer `ipwatch open` aus, um zu bestätigen, dass Sie es sind, und versuchen Sie es innerhalb von 5 Minuten erneut. Mit Discord angemeldet: melden Sie sich neu an und versuchen Sie es innerhalb von 5 Minuten erneut.',
  'web.apiError.noAnswer':
    'keine Antwort von IPWatch (es wurde vielleicht beendet, oder das Netz zwischen Ihnen und IPWatch ist gestört)',
  'web.apiError.signedOut': 'abgemeldet',
  'web.apiError.internal': 'die Anfrage ist fehlgeschlagen; den Grund nennt das Protokoll',
  'web.apiError.crossSite': 'Anfragen von anderen Websites werden abgelehnt',
  'web.apiError.forbidden': 'die App hat das abgelehnt: Ihre Anmeldung darf das nicht (HTTP 403)',
  'web.apiError.notFound': 'das gibt es in der App nicht (HTTP 404): vielleicht wurde es inzwischen entfernt',
  'web.apiError.conflict': 'das geht in der App gerade nicht (HTTP 409)',
  'web.apiError.tooLarge': 'die App lehnt eine so große Anfrage ab (HTTP 413)',
  'web.apiError.busy': 'die App ist ausgelastet (HTTP {status}): versuchen Sie es gleich noch einmal',
  'web.apiError.refused': 'die App hat die Anfrage abgelehnt (HTTP {status})',
  'web.apiError.failed': 'in der App ist ein Fehler aufgetreten (HTTP {status})',
  'web.apiError.diskFull':
    'der Datenträger ist voll: die Einstellungen wurden nicht gespeichert, nichts wurde geändert. Geben Sie auf dem Datenträger des Datenordners Speicherplatz frei und speichern Sie dann erneut',
  'web.apiError.foreignSchema':
    'diese Datei enthält Datenbankobjekte (eine View, einen Trigger, eine Tabelle oder einen Index), die IPWatch nicht oder anders anlegt; sie wird nicht verwendet',
  'web.apiError.answered': 'Antwort der App: „{said}“',
  'web.apiError.said': '{refusal}; Antwort der App: „{said}“',

  // The engine's kept failure (renderer/src/components/EngineErrorLine.tsx): `what` and `when` are the engine's own names.
  'web.engineError.store': 'Konnte nicht im Verlauf gespeichert werden: {what}',
  'web.engineError.check': 'Eine Prüfung ist fehlgeschlagen',
  'web.engineError.failed': 'Fehler: {part}',
  'web.engineError.failedWhile': 'Fehler: {part} ({when})',
  'web.engineError.line': '{lead}, {ago}:',
  'web.engineError.part.notifier': 'Benachrichtigungen',
  'web.engineError.part.discordBot': 'Discord-Bot',
  'web.engineError.part.ddns': 'DNS-Einträge',
  'web.engineError.part.forecast': 'Prognose',
  'web.engineError.part.identity': 'Netzidentität',
  'web.engineError.part.monitors': 'Dienste',
  'web.engineError.part.speed': 'Speedtest',
  'web.engineError.part.watcher': 'Änderungswächter',

  'web.error.details': 'Details',
} as const satisfies Area<typeof source>;
