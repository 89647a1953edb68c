/**
 * The Discord bot's last error (its status's `lastError.reason`): the sentences the bot wrote in
 * English, as codes, their English as the engine wrote it before. A library's own message stays
 * a message (shared/words/error.ts words it).
 */
export const reasons12 = {
  'reason.bot.tokenRejected':
    'Discord rejected the bot token; set a new one (the bot retries only after the token changes)',
  'reason.bot.waitToLogin': 'cannot connect: Discord asked to wait {seconds} s before the next login',
  'reason.bot.gatewayClosed': 'gateway closed for good (code {code})',
} as const;
