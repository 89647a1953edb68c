/**
 * The first run, in the browser and the app.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const firstRun = {
  // The first run, in a browser and in the app (renderer/src/first-run/).
  'web.firstRun.what.settings': 'settings',
  'web.firstRun.step.watch': 'What to watch',
  'web.firstRun.step.notify': 'Notifications',
  'web.firstRun.step.discord': 'Discord bot',
  'web.firstRun.step.ddns': 'Host name',
  'web.firstRun.steps': 'Steps',
  'web.firstRun.familiesProblem': 'Watch at least one of IPv4 and IPv6.',
  'web.firstRun.botToken': 'Bot token',
  'web.firstRun.serverId': 'Server ID',
  'web.firstRun.channelId': 'Channel ID',
  'web.firstRun.newChannel': 'new channel',
  'web.firstRun.newRecord': 'new record',
  // `field` is the setting's own name (its key), `message` the reason in words.
  'web.firstRun.fieldProblem': '{name}: {field}: {message}',
  'web.firstRun.problem': '{field}: {message}',
  'web.firstRun.fieldsNeedFixing': '{count, plural, one {One field needs} other {# fields need}} fixing first:',
  'web.firstRun.title': 'Set up IPWatch',
  'web.firstRun.skip': 'Skip setup',
  'web.firstRun.stepOf': 'Step {step} of {steps}: {title}',
  'web.firstRun.back': 'Back',
  'web.firstRun.next': 'Next',
  'web.firstRun.saving': 'Saving…',
  'web.firstRun.save': 'Save and start watching',
  'web.firstRun.couldNotSave': 'Could not save: {error}',
  'web.firstRun.couldNotSkip': 'Could not skip: {error}',
  'web.firstRun.watchIntro':
    "IPWatch asks several services for this machine's public addresses and records every change.",
  'web.firstRun.addresses': 'Addresses to watch',
  'web.firstRun.familyAddress': 'IPv{family} address',
  'web.firstRun.ipv6Note':
    'Leave IPv6 on only if your line has it: an IP version without an address is reported as such.',
  'web.firstRun.notifyIntro':
    'Where should IPWatch tell you that an address changed? Add a channel, fill in its fields and send a test to see that it arrives. On a server without a desktop session the desktop channel starts switched off: add one that reaches you.',
  'web.firstRun.discordIntro':
    'Optional. A Discord bot answers /ip, /status and the other commands in your server and posts each change to a channel. Create one in the Discord Developer Portal (New Application, then Bot, then Reset Token) and paste its token here; the Discord page then shows the link that invites it to your server.',
  'web.firstRun.botTokenHelp': 'Discord shows it once, under Bot, Reset Token.',
  'web.firstRun.serverIdHelp':
    'In Discord, with Developer Mode on (Settings, Advanced): right-click the server, Copy Server ID.',
  'web.firstRun.channelIdFull': 'Channel ID for change posts',
  'web.firstRun.channelIdHelp': 'Right-click the text channel, Copy Channel ID. Leave empty to use the commands only.',
  'web.firstRun.ddnsIntro':
    'Optional. Keep a host name pointing here: each time the address changes, IPWatch updates the record at your DNS provider and checks that every authoritative server answers the new address. Add a record, fill in its fields and test it; or go on without one (Settings, Dynamic DNS, later).',
  'web.firstRun.hostNameOptional': 'Host name (optional)',
  'web.firstRun.keepHostName': 'Keep a host name pointing here',
  'web.firstRun.keepHostNameHelp':
    'Each time the address changes, IPWatch updates the record at your DNS provider and checks that every authoritative server answers the new address.',
  'web.firstRun.sending': 'Sending…',
  'web.firstRun.sent': 'Sent: did you see it?',
  'web.firstRun.notShown': 'Not shown: {reason}',
  'web.firstRun.unknownReason': 'unknown reason',
  'web.firstRun.welcome': 'Welcome to IPWatch',
  'web.firstRun.desktop': 'Desktop notifications',
  'web.firstRun.sendTest': 'Send a test',
  'web.firstRun.discordOptional': 'Discord bot (optional)',
  'web.firstRun.startAtLogin': 'Start IPWatch when I log in',
  'web.firstRun.start': 'Start watching',
} as const;
