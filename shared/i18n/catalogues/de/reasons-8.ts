import type { Area } from '../area';
import type { reasons8 as source } from '../en/reasons-8';

export const reasons8 = {
  'reason.ddns.holds': '{label} enthält {addresses}',
  'reason.ddns.holdsNone': '{label} hat keinen Eintrag',
  'reason.ddns.notOnly': '{name} {type} enthält nicht nur {address}',
  'reason.ddns.driftedApi': 'weicht von {want} ab: {inner}',
  'reason.ddns.anotherWriterApi':
    'ein anderes Programm aktualisiert diesen DNS-Eintrag ebenfalls (ddns-updater?): Er wurde innerhalb einer Stunde zweimal an IPWatch vorbei geändert (jetzt {inner}). Beenden Sie das andere Programm oder entfernen Sie den DNS-Eintrag dort, und bearbeiten Sie ihn dann hier, um neu zu starten',

  'reason.ddns.duckdnsOdd':
    '{label}: {empty, select, yes {eine leere Antwort} other {eine Antwort, die weder OK noch KO ist}}',

  'reason.ddns.tsigAnswer':
    '{what, select, unsigned {die Antwort ist nicht signiert} classTtl {der TSIG-Eintrag der Antwort hat nicht Klasse ANY mit TTL 0 ({tsigClass}, {ttl})} lengths {der TSIG-Eintrag der Antwort ist fehlerhaft: seine Längen passen nicht zu seiner Größe} otherKey {die Antwort ist mit einem anderen Schlüssel signiert ({key}, {algorithm})} mac {die TSIG-Signatur der Antwort ist ungültig} other {die Signaturzeit der Antwort weicht {seconds} s von unserer Uhr ab}}',
  'reason.ddns.notBelieved': '{server}: {inner} ({rcode})',
  'reason.ddns.tsigSecret': 'der TSIG-Schlüssel ist nicht Base64-kodiert',

  'reason.ddns.dyndns2Said':
    '{code, select, badauth {Benutzername und Passwort passen nicht zusammen} donator {das Update erfordert ein bezahltes Konto} notfqdn {der Hostname ist kein vollständiger Domainname} nohost {der Hostname gehört nicht zu diesem Konto} numhost {zu viele Hosts oder ein Round Robin} abuse {der Host ist wegen Missbrauchs gesperrt} badagent {der Anbieter lehnt diesen Client ab} other {der Anbieter hat ein Problem}} ({said})',
  'reason.ddns.httpSaidInner':
    '{label} {meaning, select, credentials {hat die Zugangsdaten abgelehnt} timeout {hat nicht länger auf die Anfrage gewartet} tooEarly {bittet, später erneut zu fragen} rateLimited {bittet, seltener zu fragen (Ratenlimit)} server {hat einen Fehler auf seiner Seite} request {lehnt die Anfrage in dieser Form ab: Prüfen Sie die Einstellungen des DNS-Eintrags} other {gab eine Antwort, die seine API nicht kennt}}: {inner} ({statusName})',
} satisfies Area<typeof source>;
