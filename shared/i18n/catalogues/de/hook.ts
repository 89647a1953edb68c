/**
 * German (en/hook.ts). The change hook's, the plugins' and the heartbeat's reasons.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { hook as source } from '../en/hook';

export const hook = {
  'reason.heartbeat.noUrl': 'keine Ping-URL eingetragen',
  'reason.heartbeat.notUrl': 'url: Die Ping-URL ist keine gültige URL',
  'reason.heartbeat.kumaNoMonitor':
    'Uptime Kuma kennt keinen aktiven Push-Monitor mit diesem Token (falsche URL oder pausiert)',
  'reason.heartbeat.hcNotFound': 'Healthchecks kennt unter dieser URL keinen Check (falsche URL oder Check gelöscht)',
  'reason.heartbeat.hcAmbiguous':
    'Healthchecks hat mehrere Checks mit diesem Slug; verwenden Sie die UUID-URL des Checks',
  'reason.heartbeat.hcRateLimited': 'Healthchecks drosselt die Pings dieses Checks; sie kommen zu oft',

  'reason.hook.exited': 'das Programm endete nach {ms} ms mit Exit-Code 0',
  'reason.hook.noProgram': 'kein Programm festgelegt',
  'reason.hook.stopping': 'IPWatch wird beendet',
  'reason.hook.couldNotRun': 'Ausführung nicht möglich: {said}',
  'reason.hook.timedOut': 'nach {seconds} s abgebrochen (Zeitlimit)',
  'reason.hook.ended':
    '{how, select, exit {Exit-Code {code}} signal {durch {signal} beendet} other {durch ein Signal beendet}}{hasStderr, select, yes {: {stderr}} other {}}',
  'reason.hook.notFound': '{program} wurde nicht gefunden',
  'reason.hook.notExecutable': '{program} ist nicht ausführbar (oder sein Ordner ist nicht zugänglich)',
  'reason.hook.unsafe': '{program} konnte nicht starten: {said}',
  'reason.hook.startRefused':
    '{program} konnte nicht starten: {code} ({refusal, select, EINVAL {das System lehnt das Programm oder seine Argumente ab} ENOTDIR {ein Teil des Pfads ist eine Datei, kein Ordner} ENAMETOOLONG {der Pfad ist zu lang} E2BIG {die Argumente sind zu lang} ENOEXEC {kein Programm, das dieses System ausführen kann} ERR_INVALID_ARG_VALUE {das Programm oder ein Argument enthält ein NUL-Zeichen} other {{said}}})',

  'reason.plugin.outsideFolder':
    '{file} ist kein Manifest im Plugin-Ordner (außerhalb oder fehlt): Nur die Manifeste dieses Ordners werden gelesen',
  'reason.plugin.unreadable': '{file} kann nicht gelesen werden',
  'reason.plugin.tooLarge': '{file} ist größer als {kb} KB, zu groß für ein Manifest',
  'reason.plugin.manifestNotJson': '{file} ist kein JSON',
  'reason.plugin.manifestField':
    '{file}: {field} {problem, select, missing {fehlt} wrongType {hat den falschen Typ} unknown {ist kein Feld, das dieses Manifest haben darf} tooBig {ist zu groß oder zu lang} tooSmall {ist zu klein oder zu kurz} notAllowed {ist keiner der erlaubten Werte} badForm {hat nicht die verlangte Form} secretInClear {ist ein Geheimnis: Geben Sie es als env- oder file-Verweis an, nicht ausgeschrieben} notSecret {ist ein Verweis, aber das Manifest kennzeichnet diese Einstellung nicht als geheim} other {ist ungültig}}',
  'reason.plugin.nameTaken': '{file} wird übersprungen: Ein anderes Manifest nennt bereits das Plugin {name}',
  'reason.plugin.wrongKind':
    'das Plugin {name} ist {wanted, select, source {keine Quelle} channel {kein Benachrichtigungskanal} other {kein DNS-Anbieter}}',
  'reason.plugin.notFound': 'im Plugin-Ordner gibt es kein Plugin namens {name}',
  'reason.plugin.couldNotStart': 'das Plugin {name} konnte nicht starten: {inner}',
  'reason.plugin.timedOut': 'das Plugin {name} hat innerhalb von {timeout} nicht geantwortet und wurde beendet',
  'reason.plugin.tooMuchOutput': 'das Plugin {name} hat mehr als {kb} KB ausgegeben und wurde beendet',
  'reason.plugin.noAnswer':
    'das Plugin {name} endete ohne Antwort ({how, select, signal {beendet durch {signal}} other {Exit-Code {code}}})',
  'reason.plugin.lineTooLong': 'das Plugin {name} antwortete mit einer Zeile über {kb} KB; sie wurde abgelehnt',
  'reason.plugin.notJson': 'das Plugin {name} antwortete mit etwas, das kein JSON ist',
  'reason.plugin.notObject': 'das Plugin {name} antwortete mit JSON, das kein Objekt ist',
  'reason.plugin.wrongAnswer': 'in der Antwort des Plugins {name} fehlt ein gültiges „{field}“',
  'reason.plugin.said': 'das Plugin {name} meldet: „{said}“',
  'reason.plugin.failed': 'das Plugin {name} ist fehlgeschlagen, ohne den Grund zu nennen',
  'reason.plugin.secretUnresolved':
    '{field}: der Verweis des Geheimnisses ist nicht lesbar ({kind, select, env {seine Umgebungsvariable ist nicht gesetzt} file {seine Datei fehlt, ist nicht lesbar oder leer} other {er ist nicht gesetzt}})',
} as const satisfies Area<typeof source>;
