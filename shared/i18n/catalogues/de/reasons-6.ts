import type { Area } from '../area';
import type { reasons6 as source } from '../en/reasons-6';

export const reasons6 = {
  'reason.fleet.noBrokerUrl': 'Geben Sie zuerst die URL des Brokers an',
  'reason.fleet.signedIn': 'bei {broker} angemeldet',
  'reason.fleet.canPublish': 'darf unter {prefix} veröffentlichen',
  'reason.fleet.publishAcl':
    'der Broker hat {topic} nicht angenommen: Seine ACL erlaubt diesem Benutzer dort kein Schreiben (Name eines anderen Standorts?)',
  'reason.fleet.publishFailed': 'der Broker hat {topic} nicht angenommen ({said})',
  'reason.fleet.reads':
    'liest {count, plural, one {# Standort} other {# Standorte}}, die der Broker unter {prefix}/ vorhält',
  'reason.fleet.readAcl': 'der Broker lässt diesen Benutzer {topic} nicht lesen (seine ACL)',
  'reason.fleet.late':
    '{step, select, connect {der Broker hat die Verbindung nicht angenommen} publish {der Broker hat eine Testnachricht unter {topic} nicht bestätigt} other {der Broker hat auf das Abonnement von {topic} nicht geantwortet}} (innerhalb von {seconds} s)',
  'reason.fleet.broker':
    '{meaning, select, credentials {der Broker hat Benutzername oder Passwort abgelehnt} clientId {der Broker hat die Client-ID abgelehnt} unavailable {der Broker ist nicht verfügbar} quota {der Broker nimmt keine weiteren Nachrichten an (Kontingent erschöpft)} refused {unter dieser Adresse und diesem Port nimmt nichts Verbindungen an} noHost {der Hostname des Brokers lässt sich nicht auflösen} hostLater {der Hostname des Brokers ließ sich gerade nicht auflösen} timeout {der Broker hat nicht rechtzeitig geantwortet} hostUnreachable {der Host des Brokers ist nicht erreichbar} noRoute {keine Netzroute zum Broker} reset {der Broker hat die Verbindung geschlossen} selfSigned {das Zertifikat des Brokers ist selbst signiert: Geben Sie seine CA-Datei an} untrusted {das Zertifikat des Brokers ist nicht von einer vertrauenswürdigen CA signiert: Geben Sie seine CA-Datei an} otherHost {das Zertifikat des Brokers gilt für einen anderen Hostnamen} expired {das Zertifikat des Brokers ist abgelaufen} clientUnknownCa {der Broker hat dieses Client-Zertifikat abgelehnt: Es ist nicht von einer CA signiert, der er vertraut} clientBad {der Broker hat dieses Client-Zertifikat abgelehnt} clientExpired {der Broker hat dieses Client-Zertifikat abgelehnt: Es ist abgelaufen} clientRequired {der Broker verlangt ein Client-Zertifikat: Geben Sie eines und seinen Schlüssel an} other {Fehler beim Broker}} ({said})',
  'reason.fleet.said': '{said}',
  'reason.fleet.forgot':
    'Standort „{name}“ und seine Ereignisse auf dieser Instanz vergessen; er erscheint wieder, sobald er erneut veröffentlicht',

  'reason.hook.exited': 'das Programm endete nach {ms} ms mit Exit-Code 0',
  'reason.heartbeat.noUrl': 'keine Ping-URL eingetragen',
  'reason.heartbeat.notUrl': 'url: Die Ping-URL ist keine gültige URL',
  'reason.heartbeat.kumaNoMonitor':
    'Uptime Kuma kennt keinen aktiven Push-Monitor mit diesem Token (falsche URL oder pausiert)',
  'reason.heartbeat.hcNotFound': 'Healthchecks kennt unter dieser URL keinen Check (falsche URL oder Check gelöscht)',
  'reason.heartbeat.hcAmbiguous':
    'Healthchecks hat mehrere Checks mit diesem Slug; verwenden Sie die UUID-URL des Checks',
  'reason.heartbeat.hcRateLimited': 'Healthchecks drosselt die Pings dieses Checks; sie kommen zu oft',

  'reason.channel.unknownType': 'unbekannter Kanaltyp „{type}“',
  'reason.channel.duplicateId': 'doppelte Kanal-ID „{id}“: Nur der erste Kanal wird verwendet',
} satisfies Area<typeof source>;
