import type { Area } from '../area';
import type { reasons4 as source } from '../en/reasons-4';

export const reasons4 = {
  'reason.ddns.answer.holds': '{server} ({address}) antwortet {addresses}',
  'reason.ddns.answer.noRecord': '{server} ({address}) hat keinen Eintrag',
  'reason.ddns.answer.failed': '{server} ({address}): {error}',
  'reason.ddns.answer.silent': '{server} ({address}): keine Antwort',

  'reason.ddns.noneAnswered': 'kein autoritativer Server hat geantwortet: {answers}',
  'reason.ddns.notInStep': '{seconds} s nach dem Update nicht aktuell: {answers}',
  'reason.ddns.someSilent': '{answers}',
  'reason.ddns.drifted': 'weicht von {want} ab: {answers}',
  'reason.ddns.apiHoldsServersNot': 'der Anbieter hat {want}, seine Server aber nicht: {answers}',
  'reason.ddns.zoneNotFound': 'die autoritativen Server der Zone wurden nicht gefunden: {inner}',
  'reason.ddns.nsQuery': 'NS-Abfrage für {zone}: {dnsError}',
  'reason.ddns.dnsError': '{dnsError}',
  'reason.ddns.anotherWriter':
    'ein anderes Programm aktualisiert diesen DNS-Eintrag ebenfalls (ddns-updater?): Er wurde innerhalb einer Stunde zweimal an IPWatch vorbei geändert (jetzt {answers}). Beenden Sie das andere Programm oder entfernen Sie den DNS-Eintrag dort, und bearbeiten Sie ihn dann hier, um neu zu starten',

  'reason.ddns.dyndns2':
    '{label}: {code, select, badauth {Benutzername und Passwort passen nicht zusammen} donator {das Update erfordert ein bezahltes Konto} notfqdn {der Hostname ist kein vollständiger Domainname} nohost {der Hostname gehört nicht zu diesem Konto} numhost {zu viele Hosts oder ein Round Robin} abuse {der Host ist wegen Missbrauchs gesperrt} badagent {der Anbieter lehnt diesen Client ab} other {der Anbieter hat ein Problem}} ({said})',
  'reason.ddns.dyndns2Unknown':
    '{label}: {empty, select, yes {eine leere Antwort} other {eine Antwort, die keiner der Rückgabecodes des Protokolls ist}} (die Seite eines Proxys oder eine abgeschnittene Antwort?)',

  'reason.ddns.rcode':
    '{rcode, select, NOTAUTH {{server} ist nicht autoritativ für {zone} (NOTAUTH)} REFUSED {{server} hat das Update abgelehnt (REFUSED): Erlaubt seine ACL dem Schlüssel {key}, {zone} zu ändern?} NOTZONE {{name} liegt nicht in der Zone {zone} (NOTZONE)} NOTIMP {{server} nimmt keine dynamischen Updates an (NOTIMP)} FORMERR {{server} konnte das Update nicht lesen (FORMERR)} SERVFAIL {{server} konnte das Update nicht ausführen (SERVFAIL)} other {{server} antwortete {rcode}}}',
  'reason.ddns.unsigned': '{inner}, unsigniert',
  'reason.ddns.tsigRefused':
    '{server} hat den TSIG-Schlüssel abgelehnt: {rcode}/{tsigError}; prüfen Sie den Schlüsselnamen ({key}) und den Schlüssel',
  'reason.ddns.badTime': '{server} hat die Zeit der Signatur abgelehnt ({rcode}/BADTIME): {inner}',
  'reason.ddns.clock':
    '{clock, select, ahead {die Uhr dieses Rechners geht gegenüber dem Server {seconds} s vor} behind {die Uhr dieses Rechners geht gegenüber dem Server {seconds} s nach} other {die Uhr dieses Rechners weicht um mehr als die erlaubten 300 s von der des Servers ab}}',
  'reason.ddns.noAnswerFrom': '{server}: keine Antwort ({said})',
  'reason.ddns.noAnswer': '{label}: keine Antwort. {errorLine}',
  'reason.ddns.malformed': '{server}: eine fehlerhafte Antwort ({said})',
  'reason.ddns.cloudflareRefused': '{label}: Cloudflare hat die Anfrage abgelehnt: {said}',
  'reason.ddns.cloudflare':
    '{label}: {what, select, notJson {eine Antwort, die kein JSON ist} notApi {eine Antwort, die nicht von der Cloudflare-API stammt (kein success-Feld)} noResult {Cloudflare meldete Erfolg, lieferte aber kein brauchbares Ergebnis; neuer Versuch} noReason {Cloudflare hat die Anfrage ohne Grund abgelehnt} noZone {keine Zone {zone} (oder das Token darf sie nicht lesen)} noRecord {kein solcher DNS-Eintrag: Legen Sie ihn einmal in Cloudflare an} other {{count} solche DNS-Einträge, IPWatch pflegt nur einen}}',
  'reason.ddns.desec':
    '{label}: {what, select, notGood {eine Antwort, die die API nicht gibt (nicht „good“)} empty {eine leere Antwort} readRefused {deSEC erlaubt diesem Token, den DNS-Eintrag zu aktualisieren, aber nicht zu lesen; der Test kann ihn daher nicht prüfen, Updates werden weiter gesendet} noDomains {keine Domains unter {base}: Stimmt die Adresse der REST-API?} noDomain {keine Domain im Konto dieses Tokens enthält {hostname}} domainsNotJson {die Liste der Domains ist nicht, was die API liefert} other {das RRset ist nicht, was die API liefert}}',
  'reason.ddns.desecReadRefusedSaid':
    '{label}: deSEC erlaubt diesem Token, den DNS-Eintrag zu aktualisieren, aber nicht zu lesen; der Test kann ihn daher nicht prüfen, Updates werden weiter gesendet (deSEC: {said})',
} satisfies Area<typeof source>;
