import type { Area } from '../area';
import type { reasons14 as source } from '../en/reasons-14';

export const reasons14 = {
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
  'reason.audit.token':
    '{name} ({role, select, admin {Admin} viewer {Betrachter} metrics {Metriken} other {{role}}}, {id})',
  'reason.audit.channelSet': 'gesetzt: {keys}',
  'reason.audit.signedOutEverywhere':
    '{count, plural, one {{count} Sitzung beendet} other {{count} Sitzungen beendet}}',
  'reason.audit.restored': '{upload, select, yes {Upload} other {{name}}}; der bisherige Verlauf liegt in {kept}',
  'reason.audit.imported':
    '{upload, select, yes {Upload} other {{name}}} ({format}): {count, plural, one {{count} Eintrag} other {{count} Einträge}} hinzugefügt',
  'reason.audit.settingsUpgraded':
    'settings.json von Version {from} auf {to} gebracht; die alte Datei liegt als {copy} daneben',
  'audit.bot.unknownCommand': 'unbekannter Befehl',
  'audit.bot.unknownButton': 'unbekannte Schaltfläche',
  'audit.bot.rateLimited': 'zu häufig (wieder in {seconds} Sek.)',
  'audit.bot.invalid': 'ungültig: {error}',
  'audit.bot.error': 'Fehler: {error}',
} as const satisfies Area<typeof source>;
