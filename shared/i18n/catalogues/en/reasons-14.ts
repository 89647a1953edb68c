/**
 * The audit log's last English rows (issue 62). What the bot writes for a command or a button
 * (electron/engine/bot/interactions.ts): the server (`guild`, `none` outside one), the channel and
 * the options or the button's arguments as sent, and how it ended when that is not a plain
 * result (`audit.bot.*`, read back from the stored result by renderer/src/pages/audit-words.ts).
 * A dangerous change refused by its rule (electron/engine/api/access/guards.ts dangerReason): why, for
 * who asked (`changes` the changes as destinations.ts names them, in English for now).
 * Their English is what the engine wrote before (tests/shared/words/reason-english-14.test.ts).
 */
export const reasons14 = {
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
  'reason.audit.token': '{name} ({role, select, admin {admin} viewer {viewer} metrics {metrics} other {{role}}}, {id})',
  'reason.audit.channelSet': 'set {keys}',
  'reason.audit.signedOutEverywhere': '{count, plural, other {{count} sessions ended}}',
  'reason.audit.restored': '{upload, select, yes {upload} other {{name}}}; previous kept as {kept}',
  'reason.audit.imported':
    '{upload, select, yes {upload} other {{name}}} ({format}): {count, plural, other {{count} runs added}}',
  'reason.audit.settingsUpgraded': 'settings.json upgraded from version {from} to {to}; the old file is kept as {copy}',
  // A bot row's result (the stored English, read back on the Audit page).
  'audit.bot.unknownCommand': 'unknown command',
  'audit.bot.unknownButton': 'unknown button',
  'audit.bot.rateLimited': 'rate limited ({seconds} s)',
  'audit.bot.invalid': 'invalid: {error}',
  'audit.bot.error': 'error: {error}',
} as const;
