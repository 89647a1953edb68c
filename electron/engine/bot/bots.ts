/**
 * Several Discord bots in one IPWatch (docs/discord-bot.md "Several bots"): one DiscordBot
 * (client.ts) per entry of botsOf(settings.discord), the first (`main`) from `discord`'s own
 * fields, the others from `discord.bots`. Each has its own discord.js client, token, servers,
 * commands, rate limits, retries and failures: a bot whose token Discord refuses says so in its
 * own status and posts, and the others (and monitoring) go on. A settings edit starts a bot
 * added, stops one removed and hands each other its own settings.
 */
import { type BotStatus, type NamedBotStatus } from '../../../shared/bot-types';
import { botsOf, type DiscordSettings, MAIN_BOT_ID, type OneBotSettings } from '../../../shared/settings/discord';
import type { Delivery, SendResult } from '../services';
import type { DiscordBot } from './client';

export class DiscordBots {
  private readonly bots = new Map<string, { bot: DiscordBot; name: string }>();
  private started = false;

  constructor(
    private readonly make: (s: OneBotSettings) => DiscordBot,
    settings: DiscordSettings,
  ) {
    for (const s of botsOf(settings)) this.bots.set(s.id, { bot: make(s), name: s.name });
  }

  /** The first bot (`discord`'s own fields): always there, off without a token. */
  get main(): DiscordBot {
    return this.bots.get(MAIN_BOT_ID)!.bot;
  }

  /** One bot by id; undefined when the settings list none of that id. */
  get(id: string): DiscordBot | undefined {
    return this.bots.get(id)?.bot;
  }

  /** The first bot's state: the status's `bot`, as before there were several. */
  status(): BotStatus {
    return this.main.status();
  }

  /** Every bot's state, the first first: the status's `bots`. */
  statuses(): NamedBotStatus[] {
    return [...this.bots].map(([id, { bot, name }]) => ({ ...bot.status(), id, name }));
  }

  /** Starts every bot side by side; one that cannot start does not hold the others back. */
  async start(): Promise<void> {
    this.started = true;
    await settleAll([...this.bots.values()].map(({ bot }) => bot.start()));
  }

  async stop(): Promise<void> {
    this.started = false;
    await settleAll([...this.bots.values()].map(({ bot }) => bot.stop()));
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /** A settings edit: bots added start (when the others run), bots removed stop, the others update. */
  async update(next: DiscordSettings): Promise<void> {
    const wanted = botsOf(next);
    const ids = new Set(wanted.map((s) => s.id));
    const work: Promise<void>[] = [];
    for (const [id, { bot }] of this.bots)
      if (!ids.has(id)) {
        this.bots.delete(id);
        work.push(bot.stop());
      }
    for (const s of wanted) {
      const had = this.bots.get(s.id);
      if (had) {
        had.name = s.name;
        work.push(had.bot.update(s));
      } else {
        const bot = this.make(s);
        this.bots.set(s.id, { bot, name: s.name });
        if (this.started) work.push(bot.start());
      }
    }
    await settleAll(work);
  }

  /** A notice through the bot the `discord-bot` channel names (the first when it names none). */
  async deliver(d: Delivery, botId: string = MAIN_BOT_ID): Promise<SendResult> {
    const bot = this.bots.get(botId)?.bot;
    if (!bot) return { ok: false, kind: 'misconfigured', error: `no Discord bot "${botId}" in discord.bots` };
    return bot.deliver(d);
  }
}

/** Waits for every promise; then throws the first failure, once all have ended. */
async function settleAll(work: Promise<void>[]): Promise<void> {
  const ended = await Promise.allSettled(work);
  const failed = ended.find((e): e is PromiseRejectedResult => e.status === 'rejected');
  if (failed) throw failed.reason;
}
