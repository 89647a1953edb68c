/** What the Discord page shows of the bot's status (`status.bot`, shared/bot-types.ts). Pure. */
import type { BotState, BotStatus } from '../../../shared/bot-types';
import type { Tone } from '../components/Badge';

export const BOT_TONE: Record<BotState, Tone> = {
  off: 'neutral',
  connecting: 'warn',
  reconnecting: 'warn',
  connected: 'good',
  'token rejected': 'bad',
  failed: 'bad',
};

/** One line about the slash commands' registration. */
export function commandsLine(c: BotStatus['commands']): string {
  if (c.error) return `Not registered: ${c.error}`;
  if (!c.registered) return 'Not registered yet.';
  return c.scope === 'global'
    ? 'Registered globally (Discord may take up to an hour to show them everywhere).'
    : 'Registered in each configured server.';
}
