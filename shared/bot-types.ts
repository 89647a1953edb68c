/** The Discord bot's state, as the app status shows it. Pure TypeScript. */
import type { Reason } from './reason';

/**
 * - off: no token in the settings.
 * - connecting / reconnecting: logging in, or the gateway dropped and discord.js is resuming.
 * - connected: ready on the gateway.
 * - token rejected: Discord refused the token (401 or close 4004); no retries until it changes.
 * - failed: could not start (e.g. Discord unreachable); retried with backoff (`nextAttemptAt`).
 */
export type BotState = 'off' | 'connecting' | 'connected' | 'reconnecting' | 'token rejected' | 'failed';

export interface BotGuildStatus {
  id: string;
  /** null until the gateway has told us about the guild (the bot may not be in it). */
  name: string | null;
  channel: string | null;
  /** What stops posts to `channel` (missing permissions, unknown channel), or null. */
  problem: string | null;
}

export interface BotStatus {
  state: BotState;
  /** The bot's Discord user, once connected. */
  user: string | null;
  guilds: BotGuildStatus[];
  /** Gateway heartbeat round trip, ms. */
  pingMs: number | null;
  /** `reason`: the message as a code, when the bot wrote it (a library's own message has none). */
  lastError: { message: string; at: number; reason?: Reason } | null;
  nextAttemptAt: number | null;
  commands: { registered: boolean; scope: 'guild' | 'global'; at: number | null; error: string | null };
  /**
   * The link that adds the bot to a server with its commands and the permissions it needs
   * (docs/discord-bot.md), once connected: the application id comes from Discord.
   */
  inviteUrl: string | null;
}

export const botOff = (): BotStatus => ({
  state: 'off',
  user: null,
  guilds: [],
  pingMs: null,
  lastError: null,
  nextAttemptAt: null,
  commands: { registered: false, scope: 'guild', at: null, error: null },
  inviteUrl: null,
});

/** One of several bots (docs/discord-bot.md "Several bots"): its id (`main` for the first), its label, its state. */
export interface NamedBotStatus extends BotStatus {
  id: string;
  /** The label the settings give it; empty: the page shows its Discord user. */
  name: string;
}
