/**
 * The audit log's last English rows (issue 62). What the bot writes for a command or a button
 * (electron/engine/bot/interactions.ts): the server (`guild`, `none` outside one), the channel and
 * the options or the button's arguments as sent, and how it ended when that is not a plain
 * result (`audit.bot.*`, read back from the stored result by renderer/src/pages/audit-words.ts).
 * Their English is what the engine wrote before (tests/shared/words/reason-english-14.test.ts).
 */
export const reasons14 = {
  'reason.audit.botCommand': 'guild {guild, select, none {(none)} other {{guild}}} channel {channel} options {options}',
  'reason.audit.botButton': 'guild {guild, select, none {(none)} other {{guild}}} channel {channel} args {args}',
  // A bot row's result (the stored English, read back on the Audit page).
  'audit.bot.unknownCommand': 'unknown command',
  'audit.bot.unknownButton': 'unknown button',
  'audit.bot.rateLimited': 'rate limited ({seconds} s)',
  'audit.bot.invalid': 'invalid: {error}',
  'audit.bot.error': 'error: {error}',
} as const;
