/**
 * German (en/shell.ts). The dashboard's window: menu, titles, banner, account, loading and failures.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
import type { Area } from '../area';
import type { shell as source } from '../en/shell';

export const shell = {
  // The account corner (renderer/src/shell/AccountMenu.tsx, SignedIn.tsx, account-words.ts).
  'web.account.role.admin': 'Admin',
  'web.account.role.viewer': 'Betrachter, nur lesen',
  'web.account.role.metrics': 'nur Metriken',
  'web.account.nameAndRole': '{name} ({role})',
  'web.account.label': 'Konto: {name}, {role, select, admin {Admin} viewer {Betrachter} other {Metriken}}',
  'web.account.panel': 'Konto',
  'web.account.name': 'Name',
  'web.account.role': 'Rolle',
  'web.account.how': 'Wie',
  'web.account.viaDiscord': 'Mit Discord angemeldet',
  'web.account.viaToken': 'Mit einem Token angemeldet',
  'web.account.signOut': 'Abmelden',
  'web.account.signOutEverywhere': 'Überall abmelden',

  // The app's window (renderer/src/App.tsx).
  'web.app.loadingSetup': 'Einrichtung wird geladen…',

  // Components every page uses (renderer/src/components/).
  'web.banner.disconnected': 'Keine Verbindung zur Engine. Verbindung wird wiederhergestellt…',

  'web.page.connections': 'Verbindungen',
  // The pages' names: the menu, the tab's title (renderer/src/shell/page-titles.ts).
  'web.page.dashboard': 'Dashboard',
  'web.page.history': 'Verlauf',
  'web.page.charts': 'Diagramme',
  'web.page.sites': 'Standorte',
  'web.page.settings': 'Einstellungen',
  'web.page.discord': 'Discord',
  'web.page.activity': 'Aktivität',
  'web.page.map': 'Karte',

  'web.query.what.history': 'Verlauf',
  'web.query.what.statistics': 'Statistik',
  'web.query.what.sites': 'die Standorte',
  'web.query.what.site': 'der Standort {name}',
  'web.query.what.botState': 'Zustand des Bots',
  'web.query.what.forecast': 'Vorhersage',
  'web.query.what.auditLog': 'das Prüfprotokoll',
  // `what` is the page's own words for what it loads ("history", "the audit log"); `determined`: whether it
  // starts with its article, which English cannot put after "No".
  'web.query.loading': 'Wird geladen: {what}…',
  'web.query.failed': 'Konnte nicht geladen werden: {what}',
  'web.query.failedBecause': '{failed}: {error}',
  'web.query.empty':
    '{determined, select, yes {Noch nichts vorhanden: {what}.} other {Noch nichts vorhanden: {what}.}}',
  'web.query.tryAgain': 'Erneut versuchen',

  // The window around the page (renderer/src/shell/).
  // The product's name, the same in every language (a message, so nothing on screen is hard-coded).
  'web.shell.brand': 'IPWatch',
  'web.shell.mainMenu': 'Hauptmenü',
  'web.shell.menu': 'Menü',
  'web.shell.skipToContent': 'Zum Inhalt springen',
  'web.shell.loadingPage': '{page} wird geladen…',
  'web.shell.pageNotLoaded.title': '{page} konnte nicht geladen werden',
  'web.shell.pageNotLoaded.engineSilent':
    'Die Seite ließ sich nicht öffnen: Die Engine antwortet nicht. Sie öffnet sich von selbst, sobald es geht; das Menü oben funktioniert weiterhin.',
  'web.shell.pageNotLoaded.filesMissing':
    'Die Seite ließ sich nicht öffnen: Ihre Dateien kamen nicht von der Engine an. Sie öffnet sich von selbst, sobald es geht; das Menü oben funktioniert weiterhin.',
  'web.shell.tryAgainNow': 'Jetzt erneut versuchen',
  'web.shell.pageFailed.title': 'Auf der Seite {page} ist ein Fehler aufgetreten',
  'web.shell.pageFailed.text': 'Der Rest des Fensters funktioniert. Neu laden behebt das meist.',
  'web.shell.pageFailed.what': 'Was schiefging',
  'web.shell.reload': 'Neu laden',

  // The window's title (renderer/src/change-signal.ts).
  'web.title.page': '{page} · IPWatch',
  'web.title.changed': 'IPWatch · {families, select, both {IPv4 und IPv6} 4 {IPv4} other {IPv6}} geändert',
} as const satisfies Area<typeof source>;
