/** What the Discord page shows of the bot's status (`status.bot`, shared/bot-types.ts). Pure. */
import type { BotState, BotStatus } from '../../../shared/bot-types';
import type { MessageId, Translator } from '../../../shared/i18n/translator';
import type { ErrorWords } from '../../../shared/words/error';
import { sayReason } from '../../../shared/words/reason';
import type { Tone } from '../components/Badge';

export const BOT_TONE: Record<BotState, Tone> = {
  off: 'neutral',
  connecting: 'warn',
  reconnecting: 'warn',
  connected: 'good',
  'token rejected': 'bad',
  failed: 'bad',
};

const BOT_STATE: Record<BotState, MessageId> = {
  off: 'web.discord.state.off',
  connecting: 'web.discord.state.connecting',
  reconnecting: 'web.discord.state.reconnecting',
  connected: 'web.discord.state.connected',
  'token rejected': 'web.discord.state.tokenRejected',
  failed: 'web.discord.state.failed',
};

/** The bot's state in words ("connected", "token rejected"). */
export const botStateWords = (state: BotState, words: Translator): string => words.t(BOT_STATE[state]);

/** One line about the slash commands' registration. */
export function commandsLine(c: BotStatus['commands'], words: Translator): string {
  if (c.error) return words.t('web.discord.commands.failed', { error: c.error });
  if (!c.registered) return words.t('web.discord.commands.notYet');
  return words.t(c.scope === 'global' ? 'web.discord.commands.global' : 'web.discord.commands.guild');
}

/**
 * The bot's last error in `words`' language: a sentence the bot wrote by its code (its English
 * when this page does not know the code), for ErrorText's `said`; undefined for a library's own
 * message, which ErrorText reads itself (shared/words/error.ts).
 */
export function botErrorWords(
  lastError: NonNullable<BotStatus['lastError']>,
  words: Translator,
): ErrorWords | undefined {
  if (!lastError.reason) return undefined;
  return { words: sayReason(lastError.reason, lastError.message, words), details: null };
}
