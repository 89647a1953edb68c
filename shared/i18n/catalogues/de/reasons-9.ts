import type { Area } from '../area';
import type { reasons9 as source } from '../en/reasons-9';

export const reasons9 = {
  'reason.fleetLink.lost': 'die Verbindung zum Broker ist abgebrochen',
  'reason.fleetLink.closedBeforeAccept':
    'der Broker hat die Verbindung geschlossen, bevor er sie angenommen hat: Prüfen Sie Benutzername, Passwort und TLS-Einstellungen',
  'reason.fleetLink.closing': 'wird beendet: meldet sich beim Broker ab (höchstens {seconds} s)',
  'reason.fleetLink.noGoodbye':
    'ohne Abmeldung beendet: Der Broker hat nicht innerhalb von {seconds} s geantwortet{dropped, plural, =0 {} one {; # unbestätigte Nachricht wurde verworfen} other {; # unbestätigte Nachrichten wurden verworfen}}',
  'reason.fleetLink.unreached':
    'beendet, während der Broker nicht erreichbar war; {dropped, plural, one {# unbestätigte Nachricht wurde} other {# unbestätigte Nachrichten wurden}} verworfen',
  'reason.fleetLink.unreadable':
    '{what, select, caFile {CA-Datei} clientCert {Client-Zertifikat} other {Client-Schlüssel}} {file} ist nicht lesbar: {why, select, missing {Datei existiert nicht} notAllowed {diese Instanz darf sie nicht lesen} folder {es ist ein Ordner} other {{said}}}',
  'reason.fleetLink.readRefused':
    'der Broker lässt diesen Benutzer {second, select, none {{first}} other {{first} und {second}}} nicht lesen (seine ACL)',
  'reason.fleetLink.cannotSubscribe': 'Abonnieren nicht möglich: {said}',
  'reason.fleetLink.tooLong':
    '{topic} nicht veröffentlicht: Der Zustand ist {kib} KiB groß, erlaubt sind {maxKib} KiB; Beobachter würden ihn nicht lesen',

  'reason.secret.unresolved':
    '{field}: {kind, select, env {Umgebungsvariable {name} ist nicht gesetzt} file {Datei {name} ist nicht lesbar (fehlt, kein Zugriff oder leer)} other {{name}}}',

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
