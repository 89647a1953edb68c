/**
 * German (en/audit.ts). The audit log: its rows, details and the reasons they keep.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { audit as source } from '../en/audit';

export const audit = {
  'audit.repeated':
    '({verb, select, refused {{times}-mal abgelehnt} signedOut {{times}-mal abgemeldet} signedOutEverywhere {{times}-mal überall abgemeldet} other {{times}-mal angemeldet}} in {short, select, yes {unter einer Sekunde} other {{span}}}, jeweils binnen einer Minute nach dem vorigen Mal)',
  'audit.bot.unknownCommand': 'unbekannter Befehl',
  'audit.bot.unknownButton': 'unbekannte Schaltfläche',
  'audit.bot.rateLimited': 'zu häufig (wieder in {seconds} Sek.)',
  'audit.bot.invalid': 'ungültig: {error}',
  'audit.bot.error': 'Fehler: {error}',

  'reason.audit.tokenSignIn': 'mit einem Token, von {from}{here, select, yes { (dieser Host)} other {}}',
  'reason.audit.tokenGone':
    'Sitzungen beendet: Token {name} ({id}) {why, select, revoked {widerrufen} rotated {erneuert} roleChanged {mit neuer Rolle} other {gilt nicht mehr}}; {count} {count, plural, one {Browsersitzung} other {Browsersitzungen}}',
  'reason.audit.viewerChange':
    'Betrachter lesen alles und ändern nichts: „{method}“ ist eine Änderung und braucht einen Admin',
  'reason.audit.viewerAct':
    'Betrachter lesen alles und ändern nichts: „{method}“ sendet eine Anfrage nach außen oder verbraucht eine. Betrachter können keine Tests oder Prüfungen auslösen: das kann nur ein Admin.',
  'reason.audit.metricsMay':
    'Ein Metrik-Token erreicht nur /metrics, /healthz und das Badge: „{method}“ darf es nicht; nutzen Sie ein Betrachter- oder Admin-Token',
  'reason.audit.metricsNoSession':
    "Ein Metrik-Token erreicht nur /metrics, /healthz und das Badge, nicht das Dashboard: Mit ihm kann man sich nicht anmelden. Senden Sie es als „Authorization: Bearer '<token>'“ an /metrics, oder melden Sie sich mit einem Betrachter- oder Admin-Token an",
  'reason.audit.botCommand':
    'Server {guild, select, none {(keiner)} other {{guild}}}, Kanal {channel}, Optionen {options}',
  'reason.audit.botButton':
    'Server {guild, select, none {(keiner)} other {{guild}}}, Kanal {channel}, Argumente {args}',
  'reason.audit.dangerAdminOnly': '{changes}: Das darf nur ein Admin ändern',
  'reason.audit.dangerToken':
    '{changes}: dies ändert, wohin ein gespeichertes Geheimnis geht, was auf diesem Host läuft oder wer sich wie anmelden darf, oder senkt einen Schutz. Ein Admin-Token darf das nur über die CLI auf diesem Host. Melden Sie sich mit Discord an und wiederholen Sie es binnen 5 Minuten, oder führen Sie es mit `ipwatch api` auf diesem Host aus',
  'reason.audit.dangerTokenSession':
    '{changes}: dies ändert, wohin ein gespeichertes Geheimnis geht, was auf diesem Host läuft oder wer sich wie anmelden darf, oder senkt einen Schutz. Diese Sitzung wurde mit einem Token ohne Nachweis dieses Hosts geöffnet und zählt daher wie das Token. Führen Sie auf diesem Host `ipwatch open` aus und wiederholen Sie es binnen 5 Minuten, melden Sie sich mit Discord an und wiederholen Sie es binnen 5 Minuten, oder führen Sie es mit `ipwatch api` auf diesem Host aus',
  'reason.audit.dangerStale':
    '{changes}: dies ändert, wohin ein gespeichertes Geheimnis geht, was auf diesem Host läuft oder wer sich wie anmelden darf, oder senkt einen Schutz. Dafür ist eine Anmeldung in den letzten 5 Minuten nötig: Melden Sie sich ab, wieder an und wiederholen Sie es',
  'reason.audit.revoked':
    '{name} ({role, select, admin {Admin} viewer {Betrachter} other {{role}}}, {via, select, discord {Discord} other {Token}}, {sid}){own, select, yes {: die eigene Sitzung} other {}}',
  'reason.audit.channelSet': 'gesetzt: {keys}',
  'reason.audit.signedOutEverywhere':
    '{count, plural, one {{count} Sitzung beendet} other {{count} Sitzungen beendet}}',
  'reason.audit.restored': '{upload, select, yes {Upload} other {{name}}}; der bisherige Verlauf liegt in {kept}',
  'reason.audit.imported':
    '{upload, select, yes {Upload} other {{name}}} ({format}): {count, plural, one {{count} Eintrag} other {{count} Einträge}} hinzugefügt',
  'reason.audit.settingsUpgraded':
    'settings.json von Version {from} auf {to} gebracht; die alte Datei liegt als {copy} daneben',
  'reason.audit.settingsStep.v2':
    'Version 2: jeder Kanal und jeder Discord-Server, der Adressänderungen bekommt, bekommt auch site-changed, site-offline und site-online der Flotte',
  'reason.audit.settingsStep.v3':
    'Version 3: jeder Kanal mit eigener Ereignisliste bekommt auch memory-high (der Speicher von IPWatch hat seine Grenze überschritten); eine leere Liste bleibt leer',
  'reason.audit.token':
    '{name} ({role, select, admin {Admin} viewer {Betrachter} metrics {Metriken} other {{role}}}, {id})',

  'web.audit.who.dashboard': 'das Dashboard',
  'web.audit.who.api': 'die API',
  'web.audit.who.cli': 'die Kommandozeile',
  'web.audit.who.cliHere': 'die Kommandozeile auf diesem Rechner',
  'web.audit.who.ipwatch': 'IPWatch selbst',
  'web.audit.who.settingsFile': 'settings.json, bearbeitet',
  'web.audit.who.token':
    '{role, select, admin {{name}, mit Admin-Token} viewer {{name}, mit Lese-Token} other {{name}, mit Metrik-Token}}',
  'web.audit.who.session':
    '{role, select, admin {{name}, angemeldet als Admin} viewer {{name}, angemeldet als Leser} other {{name}, angemeldet für Metriken}}',
  'web.audit.who.discordUser': '{name}, Discord-Nutzer {id}',
  'web.audit.who.discord': '{user} auf Discord',
  'web.audit.who.channel': 'der Kanal {id}',
  'web.audit.result.done': 'Erledigt',
  'web.audit.result.queued': 'Eingereiht',
  'web.audit.result.unchanged': 'Nichts zu ändern',
  'web.audit.result.refused': 'Abgelehnt',
  'web.audit.result.failed': 'Fehlgeschlagen',
  'web.audit.action.signIn': 'Angemeldet',
  'web.audit.action.signOut': 'Abgemeldet',
  'web.audit.action.signOutEverywhere': 'Überall abgemeldet',
  'web.audit.action.sessionsEnded': 'Browser-Sitzungen beendet',
  'web.audit.action.sessionRevoked': 'Browser-Sitzung widerrufen',
  'web.audit.action.sessionRole': 'Browser-Sitzung erhielt eine andere Rolle',
  'web.audit.action.tokenCreated': 'API-Token erstellt',
  'web.audit.action.tokenRotated': 'API-Token erneuert',
  'web.audit.action.tokenRevoked': 'API-Token widerrufen',
  'web.audit.action.ddnsRetried': 'DNS-Eintrag erneut versucht',
  'web.audit.action.speedTest': 'Speedtest ausgeführt',
  'web.audit.action.pathTraced': 'Weg verfolgt',
  'web.audit.action.hookTested': 'Hook als Test ausgeführt',
  'web.audit.action.settingsWritten': 'Einstellungen von IPWatch geschrieben',
  'web.audit.action.settingsUpgraded': 'Einstellungsdatei aktualisiert',
  'web.audit.action.paused': 'Überwachung pausiert',
  'web.audit.action.resumed': 'Überwachung fortgesetzt',
  'web.audit.action.backedUp': 'Verlauf gesichert',
  'web.audit.action.restored': 'Verlauf wiederhergestellt',
  'web.audit.action.imported': 'Verlauf importiert',
  'web.audit.action.resent': 'Benachrichtigung erneut eingereiht',
  'web.audit.nothing': 'nichts',
  'web.audit.and': '{list} und {last}',
  'web.audit.settingsRefused': 'Änderung der Einstellungen abgelehnt',
  'web.audit.settingsFailed': 'Änderung der Einstellungen fehlgeschlagen',
  'web.audit.settingsApplied': 'Einstellungen übernommen',
  'web.audit.appliedFields': 'Sofort übernommen: {now}. Nach einem Neustart: {later}.',
  'web.audit.triedSignIn': 'Anmeldeversuch',
  'web.audit.tried': 'Versuch: {action}',
  'web.audit.firstRun':
    '{step, select, done {Ersteinrichtung abgeschlossen} skipped {Ersteinrichtung übersprungen} other {Ersteinrichtung: {step}}}',
  'web.audit.discord': 'Discord {command}',
  'web.audit.who.tokenRole': '{role, select, admin {ein Admin-Token} viewer {ein Lese-Token} other {ein Metrik-Token}}',
  'web.audit.who.sessionRole':
    '{role, select, admin {ein als Admin angemeldeter Browser} viewer {ein als Leser angemeldeter Browser} other {ein für Metriken angemeldeter Browser}}',
} as const satisfies Area<typeof source>;
