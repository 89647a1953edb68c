/**
 * Signing in: the form, the sign-in page, roles, sessions and why a member was refused.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const signIn = {
  'reason.signIn.withDiscord': 'with Discord, from {from}; {inner}',
  'reason.signIn.refusedWithDiscord': 'with Discord, from {from}: {inner}',
  'reason.signIn.listedAdmin': 'listed as an admin in the sign-in settings',
  'reason.signIn.serverAdmin':
    'an admin of {named, select, yes {the Discord server "{server}"} other {the Discord server this IPWatch serves}} (server id {serverId})',
  'reason.signIn.viewerRole':
    'holds a viewer role listed in the sign-in settings in {named, select, yes {the Discord server "{server}"} other {the Discord server this IPWatch serves}} (role id {roleId}, server id {serverId})',
  'reason.signIn.noServerSetUp':
    'Your Discord account is not listed as an admin here, and no Discord server is set up for this IPWatch.',
  'reason.signIn.notMember':
    'Your Discord account is not a member of the Discord server this IPWatch serves, nor listed as an admin.',
  'reason.signIn.noRole':
    'You are a member of the Discord server, but you hold neither Manage Server nor one of the roles allowed to view this IPWatch.',
  'reason.signIn.sessionEnded':
    'session ended: {inner}; {name} (Discord user id {userId}), signed in as {was, select, admin {admin} viewer {viewer} other {{was}}}',
  'reason.signIn.roleChanged':
    'session role changed from {was, select, admin {admin} viewer {viewer} other {{was}}} to {now, select, admin {admin} viewer {viewer} other {{now}}}: {inner}; {name} (Discord user id {userId})',
  'reason.signIn.bySettings': '{changed, select, yes {as decided} other {no longer allowed}} by the sign-in settings',
  'reason.signIn.byDiscord':
    '{changed, select, yes {as decided} other {no longer allowed}} by what Discord says of the member',
  'reason.signIn.revoked': 'Discord refused its access (signed out of Discord, or the app deauthorized)',

  // What a role may not do (shared/words/roles.ts): the API's refusal and the buttons a viewer's page turns off.
  'roles.viewersCannotTest': "Viewers can't send tests or checks: an admin can.",
  'roles.viewersCannotChange': 'Viewers can read but not change: an admin can.',
  'roles.viewersCannotSeeSignIns': "Viewers can't see who is signed in: an admin can.",

  // Signed-in browsers (shared/words/sessions.ts): the API's answers and the Settings list.
  'sessions.noBrowserSessions':
    "No browser can sign in to the desktop app: it serves no port, so there are no sign-ins to list. Browsers sign in to a runner's dashboard (ipwatch monitor with the API on).",
  'sessions.revokedOwn': 'That was your own session: this browser is signed out.',
  'sessions.revoked': "Signed out: {name}'s browser must sign in again.",
  'sessions.noSuch': 'no signed-in browser has the id {sid}: it has already ended (signed out, revoked or expired)',

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
} as const;
