/**
 * German (en/first-run.ts). The first run, in the browser and the app.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { firstRun as source } from '../en/first-run';

export const firstRun = {
  // The first run, in a browser and in the app (renderer/src/first-run/).
  'web.firstRun.what.settings': 'Einstellungen',
  'web.firstRun.step.watch': 'Was überwacht wird',
  'web.firstRun.step.notify': 'Benachrichtigungen',
  'web.firstRun.step.discord': 'Discord-Bot',
  'web.firstRun.step.ddns': 'Hostname',
  'web.firstRun.steps': 'Schritte',
  'web.firstRun.familiesProblem': 'Überwachen Sie mindestens IPv4 oder IPv6.',
  'web.firstRun.botToken': 'Bot-Token',
  'web.firstRun.serverId': 'Server-ID',
  'web.firstRun.channelId': 'Kanal-ID',
  'web.firstRun.newChannel': 'neuer Kanal',
  'web.firstRun.newRecord': 'neuer DNS-Eintrag',
  // `field` is the setting's own name (its key), `message` the reason in words.
  'web.firstRun.fieldProblem': '{name}: {field}: {message}',
  'web.firstRun.problem': '{field}: {message}',
  'web.firstRun.fieldsNeedFixing':
    '{count, plural, one {Ein Feld muss} other {# Felder müssen}} zuerst korrigiert werden:',
  'web.firstRun.title': 'IPWatch einrichten',
  'web.firstRun.skip': 'Einrichtung überspringen',
  'web.firstRun.stepOf': 'Schritt {step} von {steps}: {title}',
  'web.firstRun.back': 'Zurück',
  'web.firstRun.next': 'Weiter',
  'web.firstRun.saving': 'Wird gespeichert…',
  'web.firstRun.save': 'Speichern und Überwachung starten',
  'web.firstRun.couldNotSave': 'Speichern fehlgeschlagen: {error}',
  'web.firstRun.couldNotSkip': 'Überspringen fehlgeschlagen: {error}',
  'web.firstRun.watchIntro':
    'IPWatch fragt mehrere Dienste nach den öffentlichen Adressen dieses Rechners und erfasst jede Änderung.',
  'web.firstRun.addresses': 'Zu überwachende Adressen',
  'web.firstRun.familyAddress': 'IPv{family}-Adresse',
  'web.firstRun.ipv6Note':
    'Lassen Sie IPv6 nur an, wenn Ihr Anschluss es hat: Eine IP-Version ohne Adresse wird als solche gemeldet.',
  'web.firstRun.notifyIntro':
    'Wo soll IPWatch Ihnen mitteilen, dass sich eine Adresse geändert hat? Fügen Sie einen Kanal hinzu, füllen Sie seine Felder aus und senden Sie einen Test, um zu sehen, dass er ankommt. Auf einem Server ohne Desktop-Sitzung ist der Desktop-Kanal anfangs abgeschaltet: Fügen Sie einen hinzu, der Sie erreicht.',
  'web.firstRun.discordIntro':
    'Optional. Ein Discord-Bot beantwortet /ip, /status und die anderen Befehle auf Ihrem Server und postet jede Änderung in einen Kanal. Legen Sie einen im Discord Developer Portal an (New Application, dann Bot, dann Reset Token) und fügen Sie sein Token hier ein; die Seite Discord zeigt dann den Link, der ihn auf Ihren Server einlädt.',
  'web.firstRun.botTokenHelp': 'Discord zeigt es einmal an, unter Bot, Reset Token.',
  'web.firstRun.serverIdHelp':
    'In Discord mit eingeschaltetem Entwicklermodus (Einstellungen, Erweitert): Rechtsklick auf den Server, Server-ID kopieren.',
  'web.firstRun.channelIdFull': 'Kanal-ID für Änderungsposts',
  'web.firstRun.channelIdHelp':
    'Rechtsklick auf den Textkanal, Kanal-ID kopieren. Leer lassen, um nur die Befehle zu nutzen.',
  'web.firstRun.ddnsIntro':
    'Optional. Einen Hostnamen hierher zeigen lassen: Bei jeder Adressänderung aktualisiert IPWatch den DNS-Eintrag bei Ihrem DNS-Anbieter und prüft, dass jeder autoritative Server die neue Adresse liefert. Fügen Sie einen DNS-Eintrag hinzu, füllen Sie seine Felder aus und testen Sie ihn; oder machen Sie ohne weiter (später unter Einstellungen, Dynamisches DNS).',
  'web.firstRun.hostNameOptional': 'Hostname (optional)',
  'web.firstRun.keepHostName': 'Einen Hostnamen hierher zeigen lassen',
  'web.firstRun.keepHostNameHelp':
    'Bei jeder Adressänderung aktualisiert IPWatch den DNS-Eintrag bei Ihrem DNS-Anbieter und prüft, dass jeder autoritative Server die neue Adresse liefert.',
  'web.firstRun.sending': 'Wird gesendet…',
  'web.firstRun.sent': 'Gesendet: Haben Sie sie gesehen?',
  'web.firstRun.notShown': 'Nicht angezeigt: {reason}',
  'web.firstRun.unknownReason': 'unbekannter Grund',
  'web.firstRun.welcome': 'Willkommen bei IPWatch',
  'web.firstRun.desktop': 'Desktop-Benachrichtigungen',
  'web.firstRun.sendTest': 'Test senden',
  'web.firstRun.discordOptional': 'Discord-Bot (optional)',
  'web.firstRun.startAtLogin': 'IPWatch bei der Anmeldung starten',
  'web.firstRun.start': 'Überwachung starten',
} as const satisfies Area<typeof source>;
