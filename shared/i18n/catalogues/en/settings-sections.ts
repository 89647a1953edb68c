/**
 * Settings' sections, menu, folds and introductions.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const settingsSections = {
  'settings.env.note': 'Set by an IPWATCH_* environment variable, which wins over this value.',

  'settings.fold.monitor':
    'How sources must agree, IPv6 changes, timing, network watching, the change banner and the home router',
  'settings.fold.sources': 'Built-in sources switched off, and how long a failing source rests',
  'settings.fold.notifications': 'Frequent changes, unstable detection, delivery retries and the outbox',
  'settings.fold.api': 'The token, how long a browser stays signed in, and the public status badge',
  'settings.fold.history': 'How long hourly statistics are kept, and what the log keeps',
  'settings.fold.speed': 'Server, IP version, data and time per test, metered connections',
  'settings.fold.fleet': "Client certificate, the broker's CA, topic prefix, keep-alive and forgetting sites",

  'settings.intro.language':
    'The language of the tray, the notices and the dashboards that follow it; a channel may set its own, and this browser may choose its own below.',
  'settings.intro.history': 'How long backups and statistics of the history are kept, and what the log keeps.',
  'settings.intro.plugins':
    'Your own programs in the plugins folder, each a source, a notification channel or a DNS provider.',
  'settings.intro.backup': 'Copies of the history, and histories from elsewhere; monitoring goes on meanwhile.',
  'settings.intro.appearance':
    'How this window shows times, colours and words; kept by this browser or app, not the engine.',
  'settings.intro.about': 'The version running, and the licences of IPWatch and of the data it ships.',

  'settings.monitor.families': 'Families watched',

  'settings.nav.label': 'Settings sections',
  'settings.nav.toFix': ' (to fix)',
  'settings.nav.more': 'More settings pages: scroll sideways',

  // The page (renderer/src/pages/Settings.tsx) and its menu (settings/SectionNav.tsx).
  'settings.page.title': 'Settings',
  'settings.page.what': 'settings',
  'settings.page.file': 'These settings are stored in {file} in the data folder.',
  'settings.page.fileProfile':
    'These settings are stored in {file} in the data folder, with the profile “{profile}” from {profileFile} over it; a change of a field the profile sets is saved in the profile.',
  'settings.page.fileIgnored': '{ignored} is beside it and ignored: {file} wins.',
  'settings.page.invalidFile':
    'settings.json could not be used when IPWatch started, so it runs on the defaults. Fix the file (the reason is below and in the log); the app applies it as soon as it is valid.',

  // The sections (settings/sections.tsx): titles, the lines under them, and what each folds.
  'settings.section.monitor': 'Monitoring',
  'settings.section.sources': 'Sources',
  'settings.section.notifications': 'Notifications',
  'settings.section.channels': 'Notification channels',
  'settings.section.discord': 'Discord bot',
  'settings.section.ddns': 'Dynamic DNS',
  'settings.section.monitors': 'Service monitors',
  'settings.section.hook': 'Program on change',
  'settings.section.heartbeat': 'Heartbeat',
  'settings.section.identity': 'Network identity',
  'settings.section.speed': 'Speed test',
  'settings.section.memory': 'Memory',
  'settings.section.path': 'Path',
  'settings.section.fleet': 'Fleet',
  'settings.section.api': 'Web dashboard and API',
  'settings.section.language': 'Language',
  'settings.section.history': 'History and log',
  'settings.section.plugins': 'Plugins',
  'settings.section.backup': 'Backup, restore and import',
  'settings.section.app': 'This computer',
  'settings.section.appearance': 'Appearance (this window)',
  'settings.section.about': 'About',
} as const;
