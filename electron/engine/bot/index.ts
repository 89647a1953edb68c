/**
 * The Discord bot (docs/discord-bot.md): slash commands (one file each in commands/, behind
 * commands/registry.ts), the client that owns discord.js (client.ts), who may do what
 * (access.ts), and change posts as the `discord-bot` notification channel (post.ts). The
 * runtime builds it with createBot over its services (../services.ts), the bot's only view of
 * the monitor, the history and the notifier's words; nothing else reaches into it. Every REST
 * request and gateway connection of discord.js asks the egress gate (discord-client.ts).
 */
import { ApiError } from '../../../shared/contract';
import type { MemoryAnswer } from '../../../shared/contract/memory';
import { NOTIFY_EVENTS } from '../../../shared/notify-types';
import type { Settings } from '../../../shared/settings';
import { everySite } from '../../../shared/sites-page';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { Redactor } from '../secrets/redact';
import type { SecretSource } from '../secrets/resolve';
import type { Services } from '../services';
import { DiscordBot } from './client';
import type { BotServices } from './commands/define';

export { DiscordBot };

export interface CreateBotOptions {
  settings: Settings;
  /** What the bot may ask of the running instance (the runtime's services). */
  services: Services;
  clock: Clock;
  logger: Logger;
  secrets: SecretSource;
  redactor: Redactor;
  editSettings?: (edit: (raw: Record<string, unknown>) => void) => Promise<void>;
  onHandled?: (what: string, result: string) => void;
  /** Told when posts that failed for the bot's settings may pass now (see BotDeps). */
  onUsable?: () => void;
}

export function createBot(o: CreateBotOptions): { bot: DiscordBot; setSettings(s: Settings): Promise<void> } {
  let settings = o.settings;
  const bot = new DiscordBot({
    settings: settings.discord,
    render: o.services.renderNotice,
    clock: o.clock,
    logger: o.logger,
    secrets: o.secrets,
    redactor: o.redactor,
    ...(o.onHandled ? { onHandled: o.onHandled } : {}),
    ...(o.onUsable ? { onUsable: o.onUsable } : {}),
    services: botServices(o.services, { clock: o.clock, settings: () => settings, editSettings: o.editSettings }),
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

/** What the commands may ask of the running instance (its services), from the moment the bot is built. */
export function botServices(
  services: Services,
  o: { clock: Clock; settings: () => Settings; editSettings?: CreateBotOptions['editSettings'] },
): BotServices {
  const { monitor, history } = services;
  return {
    clock: o.clock,
    status: () => monitor.status(),
    checkNow: () => monitor.checkNow(),
    pause: () => monitor.pause(),
    resume: () => monitor.resume(),
    history,
    settings: o.settings,
    editSettings: o.editSettings ?? null,
    language: () => monitor.status().language.speaks,
    fleet: fleetOf(services),
    memory: () => memoryOf(services),
  };
}

/** The memory part's answer, or null where the runtime has none (a host without it) or it failed. */
async function memoryOf(services: Services): Promise<MemoryAnswer | null> {
  const get = services.features.getMemory;
  return get ? get(undefined, { actor: 'discord' }).catch(() => null) : null;
}

/** The fleet's two reads as the bot asks them: the runtime's handlers, a site not watched as null. */
function fleetOf(services: Services): BotServices['fleet'] {
  const ctx = { actor: 'discord' };
  return {
    sites: () => everySite((q) => services.features.getSites(q, ctx)),
    page: (q) => services.features.getSites(q, ctx),
    async site(name, limit) {
      try {
        return await services.features.getSite({ name, limit }, ctx);
      } catch (err) {
        if (err instanceof ApiError && err.status === 404) return null;
        throw err;
      }
    },
  };
}
