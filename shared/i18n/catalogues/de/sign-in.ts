/**
 * German (en/sign-in.ts). Signing in: the form, the sign-in page, roles, sessions and why a member was refused.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { signIn as source } from '../en/sign-in';

export const signIn = {
  'reason.signIn.withDiscord': 'mit Discord, von {from}; {inner}',
  'reason.signIn.refusedWithDiscord': 'mit Discord, von {from}: {inner}',
  'reason.signIn.listedAdmin': 'in den Anmeldeeinstellungen als Admin eingetragen',
  'reason.signIn.serverAdmin':
    'Admin {named, select, yes {des Discord-Servers „{server}“} other {des Discord-Servers, den dieses IPWatch bedient}} (Server-ID {serverId})',
  'reason.signIn.viewerRole':
    'hat eine in den Anmeldeeinstellungen eingetragene Betrachterrolle {named, select, yes {im Discord-Server „{server}“} other {im Discord-Server, den dieses IPWatch bedient}} (Rollen-ID {roleId}, Server-ID {serverId})',
  'reason.signIn.noServerSetUp':
    'Ihr Discord-Konto ist hier nicht als Admin eingetragen, und für dieses IPWatch ist kein Discord-Server eingerichtet.',
  'reason.signIn.notMember':
    'Ihr Discord-Konto ist weder Mitglied des Discord-Servers, den dieses IPWatch bedient, noch als Admin eingetragen.',
  'reason.signIn.noRole':
    'Sie sind Mitglied des Discord-Servers, haben aber weder „Server verwalten“ noch eine der Rollen, die dieses IPWatch sehen dürfen.',
  'reason.signIn.sessionEnded':
    'Sitzung beendet: {inner}; {name} (Discord-Benutzer-ID {userId}), angemeldet als {was, select, admin {Admin} viewer {Betrachter} other {{was}}}',
  'reason.signIn.roleChanged':
    'Rolle der Sitzung von {was, select, admin {Admin} viewer {Betrachter} other {{was}}} zu {now, select, admin {Admin} viewer {Betrachter} other {{now}}} geändert: {inner}; {name} (Discord-Benutzer-ID {userId})',
  'reason.signIn.bySettings':
    '{changed, select, yes {so entschieden durch die Anmeldeeinstellungen} other {laut den Anmeldeeinstellungen nicht mehr erlaubt}}',
  'reason.signIn.byDiscord':
    '{changed, select, yes {so entschieden nach Discords Angaben zum Mitglied} other {laut Discords Angaben zum Mitglied nicht mehr erlaubt}}',
  'reason.signIn.revoked': 'Discord hat den Zugriff verweigert (von Discord abgemeldet oder die App getrennt)',

  'roles.viewersCannotTest': 'Betrachter können keine Tests oder Prüfungen auslösen: das kann nur ein Admin.',
  'roles.viewersCannotChange': 'Betrachter können lesen, aber nichts ändern: das kann nur ein Admin.',
  'roles.viewersCannotSeeSignIns': 'Betrachter sehen nicht, wer angemeldet ist: das kann nur ein Admin.',

  'sessions.noBrowserSessions':
    'In der Desktop-App kann sich kein Browser anmelden: sie stellt keinen Port bereit, also gibt es keine Anmeldungen. Browser melden sich am Dashboard einer Instanz an (ipwatch monitor mit eingeschalteter API).',
  'sessions.revokedOwn': 'Das war Ihre eigene Sitzung: dieser Browser ist abgemeldet.',
  'sessions.revoked': 'Abgemeldet: der Browser von {name} muss sich neu anmelden.',
  'sessions.noSuch':
    'kein angemeldeter Browser hat die ID {sid}: die Sitzung ist schon beendet (abgemeldet, widerrufen oder abgelaufen)',

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
} as const satisfies Area<typeof source>;
