/**
 * German (en/hook.ts). The change hook's and the heartbeat's reasons.
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
} as const satisfies Area<typeof source>;
