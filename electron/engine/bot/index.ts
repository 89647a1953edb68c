/**
 * The Discord bot (README "Set up the Discord bot"): slash commands (one file each in
 * commands/, behind commands/registry.ts), the client that owns discord.js (client.ts), who
 * may do what (access.ts), and change posts as the `discord-bot` notification channel
 * (post.ts). The runtime builds it with createBot and nothing else reaches into it.
 */
import type { BotStatus } from '../../../shared/bot-types';
import { NOTIFY_EVENTS } from '../../../shared/notify-types';
import type { ChannelStatus } from '../../../shared/notify-types';
import type { Settings } from '../../../shared/settings';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { Engine } from '../monitor/engine';
import type { Redactor } from '../secrets/redact';
import type { SecretSource } from '../secrets/resolve';
import { DiscordBot } from './client';
import type { BotStore } from './commands/define';

export { DiscordBot };

export interface CreateBotOptions {
  settings: Settings;
  engine: Pick<Engine, 'getStatus' | 'checkNow' | 'pause' | 'resume'>;
  /** The runtime's store; the bot uses its queries when it has them. */
  store: object;
  clock: Clock;
  logger: Logger;
  secrets: SecretSource;
  redactor: Redactor;
  notifications: () => ChannelStatus[];
  editSettings?: (edit: (raw: Record<string, unknown>) => void) => Promise<void>;
  onHandled?: (what: string, result: string) => void;
}

const QUERIES = ['history', 'stats', 'exportTo', 'audit'] as const;
const asBotStore = (s: object): BotStore | null =>
  QUERIES.every((k) => typeof (s as Record<string, unknown>)[k] === 'function') ? (s as BotStore) : null;

export function createBot(o: CreateBotOptions): { bot: DiscordBot; setSettings(s: Settings): Promise<void> } {
  let settings = o.settings;
  const startedAt = o.clock.now();
  const bot: DiscordBot = new DiscordBot({
    settings: settings.discord,
    clock: o.clock,
    logger: o.logger,
    secrets: o.secrets,
    redactor: o.redactor,
    ...(o.onHandled ? { onHandled: o.onHandled } : {}),
    services: {
      clock: o.clock,
      status: () => o.engine.getStatus(),
      notifications: o.notifications,
      bot: (): BotStatus => bot.status(),
      checkNow: () => o.engine.checkNow('manual'),
      pause: () => o.engine.pause(),
      resume: () => o.engine.resume(),
      store: asBotStore(o.store),
      settings: () => settings,
      editSettings: o.editSettings ?? null,
      startedAt,
    },
  });
  return {
    bot,
    async setSettings(next) {
      settings = next;
      await bot.update(next.discord);
    },
  };
}

/**
 * The settings the notifier works from: with a token set and no `discord-bot` channel listed,
 * one is added (id `discord-bot`, every event; each guild's `events` choose what it gets).
 */
export function withBotChannel(s: Settings): Settings {
  if (s.discord.token === null || s.notifications.channels.some((c) => c.type === 'discord-bot')) return s;
  const channel = {
    id: 'discord-bot',
    type: 'discord-bot',
    enabled: true,
    events: [...NOTIFY_EVENTS],
    mask: 'none' as const,
  };
  return { ...s, notifications: { ...s.notifications, channels: [...s.notifications.channels, channel] } };
}
