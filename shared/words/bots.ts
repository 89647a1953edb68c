/**
 * The Discord bots' states in words (docs/discord-bot.md "Several bots"), the same in the bot's
 * /status and `ipwatch status`: one bot by its state alone, several each by its label (its name
 * in the settings, else its Discord user, else its id), the first first. Pure.
 */
import type { BotState, BotStatus, NamedBotStatus } from '../bot-types';
import type { MessageId, Translator } from '../i18n/translator';

const BOT_STATE: Record<BotState, MessageId> = {
  off: 'bot.botState.off',
  connecting: 'bot.botState.connecting',
  connected: 'bot.botState.connected',
  reconnecting: 'bot.botState.reconnecting',
  'token rejected': 'bot.botState.tokenRejected',
  failed: 'bot.botState.failed',
};

/** "connected · gateway ping 42 ms", or the state alone while there is no ping. */
export function botStateText(b: Pick<BotStatus, 'state' | 'pingMs'>, words: Translator): string {
  const said = words.t(BOT_STATE[b.state]);
  return b.pingMs !== null ? words.t('bot.status.ping', { state: said, ms: b.pingMs }) : said;
}

/** A bot as a person knows it: the label the settings give it, else its Discord user, else its id. */
export const botLabel = (b: Pick<NamedBotStatus, 'id' | 'name' | 'user'>): string => b.name || b.user || b.id;

/**
 * Each bot's state, one line each: `bots` (the status's, every bot) when there are several, else
 * the one `bot` by its state alone.
 */
export function botsLines(s: { bot: BotStatus; bots?: NamedBotStatus[] | undefined }, words: Translator): string[] {
  const bots = s.bots ?? [];
  if (bots.length < 2) return [botStateText(s.bot, words)];
  return bots.map((b) => words.t('bot.status.botNamed', { bot: botLabel(b), state: botStateText(b, words) }));
}
