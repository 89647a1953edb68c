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
import { botsOf, MAIN_BOT_ID, type OneBotSettings } from '../../../shared/settings/discord';
import { everySite } from '../../../shared/sites-page';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { Redactor } from '../secrets/redact';
import type { SecretSource } from '../secrets/resolve';
import type { Services } from '../services';
import { DiscordBots } from './bots';
import { DiscordBot } from './client';
import type { BotServices } from './commands/define';

export { DiscordBot, DiscordBots };

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

/** The bots of the settings (bots.ts), each over the same services and its own settings. */
export function createBot(o: CreateBotOptions): { bot: DiscordBots; setSettings(s: Settings): Promise<void> } {
  let settings = o.settings;
  const make = (first: OneBotSettings): DiscordBot => {
    const own = () => botsOf(settings.discord).find((b) => b.id === first.id) ?? first;
    const services = botServices(o.services, {
      clock: o.clock,
      settings: () => settings,
      editSettings: o.editSettings,
    });
    return new DiscordBot({
      settings: first,
      id: first.id,
      render: o.services.renderNotice,
      clock: o.clock,
      logger: first.id === MAIN_BOT_ID ? o.logger : o.logger.child(first.id),
      secrets: o.secrets,
      redactor: o.redactor,
      ...(o.onHandled ? { onHandled: o.onHandled } : {}),
      ...(o.onUsable ? { onUsable: o.onUsable } : {}),
      services: { ...services, bot: { id: first.id, settings: own } },
    });
  };
  const bot = new DiscordBots(make, settings.discord);
  return {
    bot,
    async setSettings(next) {
      settings = next;
      await bot.update(next.discord);
    },
  };
}

/**
 * The settings the notifier works from: for each bot with a token and no `discord-bot` channel
 * naming it (a channel naming no bot is the first's), one is added: id `discord-bot` for the
 * first, `discord-bot-<id>` for another (with `bot: <id>`), every event; each guild's `events`
 * choose what it gets. Each bot has its own channel, so its own queue: one bot's refused token
 * pauses its posts only.
 */
export function withBotChannel(s: Settings): Settings {
  const channels = [...s.notifications.channels];
  const served = new Set(
    channels.filter((c) => c.type === 'discord-bot').map((c) => (c as { bot?: string }).bot ?? MAIN_BOT_ID),
  );
  for (const b of botsOf(s.discord)) {
    if (b.token === null || served.has(b.id)) continue;
    const base = b.id === MAIN_BOT_ID ? 'discord-bot' : `discord-bot-${b.id}`;
    let id = base;
    for (let n = 2; channels.some((c) => c.id === id); n++) id = `${base}-${n}`;
    const extra = b.id === MAIN_BOT_ID ? {} : { bot: b.id };
    channels.push({ id, type: 'discord-bot', enabled: true, events: [...NOTIFY_EVENTS], mask: 'none', ...extra });
  }
  if (channels.length === s.notifications.channels.length) return s;
  return { ...s, notifications: { ...s.notifications, channels } };
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
    map: (query) => services.features.getMap(query, { actor: 'discord' }),
    path: pathOf(services),
  };
}

/** The path part's two handlers as the bot asks them, or null where the runtime has none. */
function pathOf(services: Services): BotServices['path'] {
  const { getPaths, tracePath } = services.features;
  if (!getPaths || !tracePath) return null;
  const ctx = { actor: 'discord' };
  return {
    recent: async (limit) => (await getPaths({ limit }, ctx)).items,
    trace: () => tracePath(undefined, ctx),
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
