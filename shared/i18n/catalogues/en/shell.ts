/**
 * The dashboard's window: menu, titles, banner, account, loading and failures.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const shell = {
  // The account corner (renderer/src/shell/AccountMenu.tsx, SignedIn.tsx, account-words.ts).
  'web.account.role.admin': 'admin',
  'web.account.role.viewer': 'viewer, read only',
  'web.account.role.metrics': 'metrics only',
  'web.account.nameAndRole': '{name} ({role})',
  'web.account.label': 'Account: {name}, {role, select, admin {admin} viewer {viewer} other {metrics}}',
  'web.account.panel': 'Account',
  'web.account.name': 'Name',
  'web.account.role': 'Role',
  'web.account.how': 'How',
  'web.account.viaDiscord': 'Signed in with Discord',
  'web.account.viaToken': 'Signed in with a token',
  'web.account.signOut': 'Sign out',
  'web.account.signOutEverywhere': 'Sign out everywhere',

  // The app's window (renderer/src/App.tsx).
  'web.app.loadingSetup': 'Loading setup…',

  // Components every page uses (renderer/src/components/).
  'web.banner.disconnected': 'Disconnected from the engine. Reconnecting…',

  'web.page.connections': 'Connections',
  // The pages' names: the menu, the tab's title (renderer/src/shell/page-titles.ts).
  'web.page.dashboard': 'Dashboard',
  'web.page.history': 'History',
  'web.page.charts': 'Charts',
  'web.page.sites': 'Sites',
  'web.page.settings': 'Settings',
  'web.page.discord': 'Discord',
  'web.page.activity': 'Activity',
  'web.page.map': 'Map',

  /** What a page loads, in its loading, failure and empty lines (QueryState: "Loading {what}…"). */
  'web.query.what.history': 'history',
  'web.query.what.statistics': 'statistics',
  'web.query.what.sites': 'the sites',
  'web.query.what.site': 'the site {name}',
  'web.query.what.botState': "the bot's state",
  'web.query.what.forecast': 'forecast',
  'web.query.what.auditLog': 'the audit log',
  // `what` is the page's own words for what it loads ("history", "the audit log"); `determined`: whether it
  // starts with its article, which English cannot put after "No".
  'web.query.loading': 'Loading {what}…',
  'web.query.failed': 'Could not load {what}',
  'web.query.failedBecause': '{failed}: {error}',
  'web.query.empty': '{determined, select, yes {Nothing in {what} yet.} other {No {what} yet.}}',
  'web.query.tryAgain': 'Try again',

  // The window around the page (renderer/src/shell/).
  // The product's name, the same in every language (a message, so nothing on screen is hard-coded).
  'web.shell.brand': 'IPWatch',
  'web.shell.mainMenu': 'Main',
  'web.shell.menu': 'Menu',
  'web.shell.skipToContent': 'Skip to content',
  'web.shell.loadingPage': 'Loading {page}…',
  'web.shell.pageNotLoaded.title': '{page} could not be loaded',
  'web.shell.pageNotLoaded.engineSilent':
    'The page could not be opened: the engine is not answering. It will open by itself as soon as it can; the menu above works meanwhile.',
  'web.shell.pageNotLoaded.filesMissing':
    'The page could not be opened: its files did not arrive from the engine. It will open by itself as soon as it can; the menu above works meanwhile.',
  'web.shell.tryAgainNow': 'Try again now',
  'web.shell.pageFailed.title': 'Something went wrong on the {page} page',
  'web.shell.pageFailed.text': 'The rest of the window works. Reloading the window usually puts it right.',
  'web.shell.pageFailed.what': 'What went wrong',
  'web.shell.reload': 'Reload',

  // The window's title (renderer/src/change-signal.ts): `families` is 4, 6 or both.
  'web.title.page': '{page} · IPWatch',
  'web.title.changed': 'IPWatch · {families, select, both {IPv4 and IPv6} 4 {IPv4} other {IPv6}} changed',
} as const;
