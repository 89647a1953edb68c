import type { Area } from '../area';
import type { webShell2 as source } from '../en/web-shell-2';

export const webShell2 = {
  // The browser's sign-in form (renderer/src/pages/SignIn.tsx, api/sign-in-words.ts).
  'web.signIn.withDiscord': 'Mit Discord anmelden',
  'web.signIn.orToken': 'oder mit einem API-Token:',
  'web.signIn.token': 'API-Token',
  'web.signIn.tokenHelp':
    'Das Token steht in der Datei <code>api-token</code> im Datenordner von IPWatch, außer die Einstellung <code>api.token</code> in <code>settings.json</code> legt eines fest: Dann ist es dieser Wert.',
  'web.signIn.compare':
    'Hat Ihr Browser vor dem Zertifikat dieser Seite gewarnt, vergleichen Sie vor der Anmeldung seinen SHA-256-Fingerabdruck (in der Warnung oder beim Schloss-Symbol, dann in den Details des Zertifikats) mit dem, den <code>ipwatch status</code> auf dem Rechner ausgibt, auf dem IPWatch läuft.',
  'web.signIn.signingIn': 'Anmeldung läuft…',
  'web.signIn.signIn': 'Anmelden',
  'web.signIn.wrongToken': 'Dieses Token stimmt nicht.',
  'web.signIn.tooManyWhile':
    'Zu viele falsche Tokens oder Anmeldungen von dieser Adresse. Jede Anmeldung von ihr wird eine Weile abgelehnt, auch mit dem richtigen Token.',
  'web.signIn.tooManyFor':
    'Zu viele falsche Tokens oder Anmeldungen von dieser Adresse. Jede Anmeldung von ihr wird für die nächsten {seconds} s abgelehnt, auch mit dem richtigen Token.',
  'web.signIn.noAnswer':
    'Anmeldung fehlgeschlagen: keine Antwort von IPWatch (es wurde vielleicht beendet, oder das Netz zwischen Ihnen und IPWatch ist gestört).',

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

  // The server's page when sign-in with Discord cannot go on (electron/engine/api/discord-sign-in/page.ts),
  // in the browser's language (Accept-Language). A refusal's reason from the sign-in rules stays the engine's.
  'web.signInPage.title': 'IPWatch: {title}',
  'web.signInPage.back': 'Zurück zur Anmeldeseite',
  'web.signInPage.off': 'Anmeldung mit Discord ist aus',
  'web.signInPage.offHere': 'Dieses IPWatch bietet sie nicht an.',
  'web.signInPage.offSet':
    'Tragen Sie in den Einstellungen unter „{setting}“ die Anwendungs-ID und das Client-Secret ein.',
  'web.signInPage.tooMany': 'Zu viele fehlgeschlagene Anmeldungen',
  'web.signInPage.tooManyWhy':
    'Zu viele fehlgeschlagene Anmeldungen von dieser Adresse; versuchen Sie es in {seconds} s erneut.',
  'web.signInPage.busy': 'Zu viele laufende Anmeldungen',
  'web.signInPage.busyWhy':
    'Jeder Platz für eine laufende Anmeldung ist von Anmeldungen anderer Adressen belegt. Innerhalb von 10 Minuten wird einer frei: Versuchen Sie es dann erneut.',
  'web.signInPage.https': 'Anmeldung mit Discord braucht HTTPS',
  'web.signInPage.httpsWhy': 'Öffnen Sie das Dashboard unter seiner https://-Adresse.',
  'web.signInPage.invalid': 'Diese Anmeldung ist ungültig',
  'web.signInPage.invalidWhy':
    'Sie wurde in einem anderen Browser begonnen, schon verwendet, ist älter als 10 Minuten oder wurde von neueren Anmeldungen Ihrer Adresse verdrängt. Gegen Ihre Adresse zählt sie nicht: Melden Sie sich erneut an.',
  'web.signInPage.cancelled': 'Anmeldung abgebrochen',
  'web.signInPage.cancelledWhy': 'Discord durfte IPWatch nicht mitteilen, wer Sie sind.',
  'web.signInPage.noCode': 'Discord hat keinen Anmeldecode geliefert',
  'web.signInPage.signInAgain': 'Melden Sie sich erneut an.',
  'web.signInPage.notLetIn': '{name} darf sich hier nicht anmelden',
  'web.signInPage.notLetInNext':
    'Wenn Sie dieses IPWatch sehen sollten, bitten Sie den Betreiber um eine Rolle auf seinem Discord-Server, die es ansehen darf, oder um ein API-Token zur Anmeldung.',
  'web.signInPage.failed': 'Anmeldung mit Discord fehlgeschlagen',
  // The window's title (renderer/src/change-signal.ts).
  'web.title.page': '{page} · IPWatch',
  'web.title.changed': 'IPWatch · {families, select, both {IPv4 und IPv6} 4 {IPv4} other {IPv6}} geändert',
} satisfies Area<typeof source>;
