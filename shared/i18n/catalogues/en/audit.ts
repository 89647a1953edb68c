/**
 * The audit log: its rows, details and the reasons they keep.
 * Its room is its prefix's (scripts/catalogue-rooms-table.ts; docs/i18n.md).
 */
export const audit = {
  'audit.repeated':
    '({verb, select, refused {refused} signedOut {signed out} signedOutEverywhere {signed out everywhere} other {signed in}} {times} times in {short, select, yes {under a second} other {{span}}}, each within a minute of the one before)',
  'audit.bot.unknownCommand': 'unknown command',
  'audit.bot.unknownButton': 'unknown button',
  'audit.bot.rateLimited': 'rate limited ({seconds} s)',
  'audit.bot.invalid': 'invalid: {error}',
  'audit.bot.error': 'error: {error}',

  'reason.audit.tokenSignIn': 'with a token, from {from}{here, select, yes { (this host)} other {}}',
  'reason.audit.tokenGone':
    'sessions ended: token {name} ({id}) {why, select, revoked {revoked} rotated {rotated} roleChanged {role changed} other {no longer stands}}; {count} browser {count, plural, one {session} other {sessions}}',
  'reason.audit.viewerChange':
    'a viewer reads everything and changes nothing: {method} is a change, which needs an admin',
  'reason.audit.viewerAct':
    "a viewer reads everything and changes nothing: {method} sends or spends a request outside this host. Viewers can't send tests or checks: an admin can.",
  'reason.audit.metricsMay':
    'a metrics token reaches /metrics, /healthz and the badge only: it may not {method}; use a viewer or admin token',
  'reason.audit.metricsNoSession':
    'a metrics token reaches /metrics, /healthz and the badge only, not the dashboard: it cannot sign in; send it as "Authorization: Bearer \'<token>\'" to /metrics, or sign in with a viewer or admin token',
  'reason.audit.botCommand': 'guild {guild, select, none {(none)} other {{guild}}} channel {channel} options {options}',
  'reason.audit.botButton': 'guild {guild, select, none {(none)} other {{guild}}} channel {channel} args {args}',
  'reason.audit.dangerAdminOnly': '{changes}: only an admin may change this',
  'reason.audit.dangerToken':
    '{changes}: this changes where a stored secret goes, what runs on this host, or who may sign in and how, or lowers a protection; an admin token may do it only from the CLI on this host; otherwise sign in with Discord and repeat it within 5 minutes, or run it with `ipwatch api` on this host',
  'reason.audit.dangerTokenSession':
    '{changes}: this changes where a stored secret goes, what runs on this host, or who may sign in and how, or lowers a protection; this session was opened with a token and no proof of this host, so it counts as that token: on this host run `ipwatch open` and repeat it within 5 minutes, sign in with Discord and repeat it within 5 minutes, or run it with `ipwatch api` on this host',
  'reason.audit.dangerStale':
    '{changes}: this changes where a stored secret goes, what runs on this host, or who may sign in and how, or lowers a protection, so it needs a sign-in within the last 5 minutes; sign out, sign in again and repeat it',
  // Details the engine writes as a code now (were read back from their English, reasons-13).
  'reason.audit.revoked':
    '{name} ({role, select, admin {admin} viewer {viewer} other {{role}}}, {via, select, discord {Discord} other {token}}, {sid}){own, select, yes {: their own session} other {}}',
  'reason.audit.channelSet': 'set {keys}',
  'reason.audit.signedOutEverywhere': '{count, plural, other {{count} sessions ended}}',
  'reason.audit.restored': '{upload, select, yes {upload} other {{name}}}; previous kept as {kept}',
  'reason.audit.imported':
    '{upload, select, yes {upload} other {{name}}} ({format}): {count, plural, other {{count} runs added}}',
  'reason.audit.settingsUpgraded': 'settings.json upgraded from version {from} to {to}; the old file is kept as {copy}',
  // What each settings upgrade changed (shared/settings/upgrade-notes.ts), said after the line above.
  'reason.audit.settingsStep.v2':
    "version 2: each channel and Discord server that gets address changes gets the fleet's site-changed, site-offline and site-online too",
  'reason.audit.settingsStep.v3':
    "version 3: each channel that lists its events gets memory-high too (IPWatch's memory passed its bound); an empty list stays empty",
  'reason.audit.token': '{name} ({role, select, admin {admin} viewer {viewer} metrics {metrics} other {{role}}}, {id})',

  // The audit log in words (renderer/src/pages/audit-words.ts).
  'web.audit.who.dashboard': 'the dashboard',
  'web.audit.who.api': 'the API',
  'web.audit.who.cli': 'the command line',
  'web.audit.who.cliHere': 'the command line on this host',
  'web.audit.who.ipwatch': 'IPWatch itself',
  'web.audit.who.settingsFile': 'settings.json, edited',
  'web.audit.who.token':
    '{role, select, admin {{name}, with an admin token} viewer {{name}, with a viewer token} other {{name}, with a metrics token}}',
  'web.audit.who.session':
    '{role, select, admin {{name}, signed in as admin} viewer {{name}, signed in as viewer} other {{name}, signed in as metrics}}',
  'web.audit.who.discordUser': '{name}, Discord user {id}',
  'web.audit.who.discord': '{user} on Discord',
  'web.audit.who.channel': 'the channel {id}',
  'web.audit.result.done': 'Done',
  'web.audit.result.queued': 'Queued',
  'web.audit.result.unchanged': 'Nothing to change',
  'web.audit.result.refused': 'Refused',
  'web.audit.result.failed': 'Failed',
  'web.audit.action.signIn': 'Signed in',
  'web.audit.action.signOut': 'Signed out',
  'web.audit.action.signOutEverywhere': 'Signed out everywhere',
  'web.audit.action.sessionsEnded': 'Browser sessions ended',
  'web.audit.action.sessionRevoked': 'Browser session revoked',
  'web.audit.action.sessionRole': 'Browser session given another role',
  'web.audit.action.tokenCreated': 'API token created',
  'web.audit.action.tokenRotated': 'API token rotated',
  'web.audit.action.tokenRevoked': 'API token revoked',
  'web.audit.action.ddnsRetried': 'DNS record tried again',
  'web.audit.action.speedTest': 'Speed test run',
  'web.audit.action.pathTraced': 'Path traced',
  'web.audit.action.hookTested': 'Hook run as a test',
  'web.audit.action.settingsWritten': 'Settings written by IPWatch',
  'web.audit.action.settingsUpgraded': 'Settings file upgraded',
  'web.audit.action.paused': 'Monitoring paused',
  'web.audit.action.resumed': 'Monitoring resumed',
  'web.audit.action.backedUp': 'History backed up',
  'web.audit.action.restored': 'History restored',
  'web.audit.action.imported': 'History imported',
  'web.audit.action.resent': 'Notice queued again',
  'web.audit.nothing': 'nothing',
  'web.audit.and': '{list} and {last}',
  'web.audit.settingsRefused': 'Settings edit refused',
  'web.audit.settingsFailed': 'Settings edit failed',
  'web.audit.settingsApplied': 'Settings applied',
  'web.audit.appliedFields': 'Applied now: {now}. After a restart: {later}.',
  'web.audit.triedSignIn': 'Tried to sign in',
  'web.audit.tried': 'Tried to {action}',
  'web.audit.firstRun':
    '{step, select, done {First-run setup finished} skipped {First-run setup skipped} other {First-run setup {step}}}',
  'web.audit.discord': 'Discord {command}',
  'web.audit.who.tokenRole': '{role, select, admin {an admin token} viewer {a viewer token} other {a metrics token}}',
  'web.audit.who.sessionRole':
    '{role, select, admin {a browser signed in as admin} viewer {a browser signed in as viewer} other {a browser signed in for metrics}}',
} as const;
