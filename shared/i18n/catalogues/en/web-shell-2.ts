/** English: web-shell, continued (the source; docs/i18n.md): the sign-in form and the first run. */
export const webShell2 = {
  // The browser's sign-in form (renderer/src/pages/SignIn.tsx, api/sign-in-words.ts).
  'web.signIn.withDiscord': 'Sign in with Discord',
  'web.signIn.orToken': 'or with an API token:',
  'web.signIn.token': 'API token',
  'web.signIn.tokenHelp':
    "The token is in the file <code>api-token</code> in the runner's data folder, unless the setting <code>api.token</code> in <code>settings.json</code> sets one: then it is that value.",
  'web.signIn.compare':
    "If your browser warned you about this page's certificate, compare its SHA-256 fingerprint (the warning or the padlock, then the certificate's details) with the one <code>ipwatch status</code> prints on the machine that runs IPWatch before you sign in.",
  'web.signIn.signingIn': 'Signing in…',
  'web.signIn.signIn': 'Sign in',
  'web.signIn.wrongToken': 'That token is not right.',
  'web.signIn.tooManyWhile':
    'Too many wrong tokens or sign-ins from this address. Every sign-in from it is refused for a while, even with the right token.',
  'web.signIn.tooManyFor':
    'Too many wrong tokens or sign-ins from this address. Every sign-in from it is refused for the next {seconds} s, even with the right token.',
  'web.signIn.noAnswer':
    'Sign-in failed: no answer from IPWatch (it may have stopped, or the network between you and it is down).',

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

  // The server's page when sign-in with Discord cannot go on (electron/engine/api/discord-sign-in/page.ts),
  // in the browser's language (Accept-Language). A refusal's reason from the sign-in rules stays the engine's.
  'web.signInPage.title': 'IPWatch: {title}',
  'web.signInPage.back': 'Back to the sign-in page',
  'web.signInPage.off': 'Sign in with Discord is off',
  'web.signInPage.offHere': 'This IPWatch does not offer it.',
  'web.signInPage.offSet': 'In Settings, fill in {setting} (application id and client secret).',
  'web.signInPage.tooMany': 'Too many failed sign-ins',
  'web.signInPage.tooManyWhy': 'Too many failed sign-ins from this address; try again in {seconds} s.',
  'web.signInPage.busy': 'Too many sign-ins in progress',
  'web.signInPage.busyWhy':
    'Every place for a sign-in in progress is held by sign-ins started from other addresses. One frees up within 10 minutes: try again then.',
  'web.signInPage.https': 'Sign in with Discord needs HTTPS',
  'web.signInPage.httpsWhy': 'Open the dashboard at its https:// address.',
  'web.signInPage.invalid': 'This sign-in is not valid',
  'web.signInPage.invalidWhy':
    'It was started in another browser, used already, older than 10 minutes, or pushed out by newer sign-ins started from your address. It counts nothing against your address: sign in again.',
  'web.signInPage.cancelled': 'Sign-in cancelled',
  'web.signInPage.cancelledWhy': 'Discord was not allowed to tell IPWatch who you are.',
  'web.signInPage.noCode': 'Discord gave no sign-in code',
  'web.signInPage.signInAgain': 'Sign in again.',
  'web.signInPage.notLetIn': '{name} may not sign in here',
  'web.signInPage.notLetInNext':
    'If you should see this IPWatch, ask whoever runs it for a role in their Discord server that may view it, or for an API token to sign in with.',
  'web.signInPage.failed': 'Discord sign-in failed',
  // The window's title (renderer/src/change-signal.ts): `families` is 4, 6 or both.
  'web.title.page': '{page} · IPWatch',
  'web.title.changed': 'IPWatch · {families, select, both {IPv4 and IPv6} 4 {IPv4} other {IPv6}} changed',
} as const;
