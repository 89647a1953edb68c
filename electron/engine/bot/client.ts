/**
 * The Discord bot's one client: discord.js, loaded only when a token is set, started,
 * stopped and restarted by the runtime. discord.js resumes and reconnects the gateway and
 * waits out REST 429s, except on the message route, where a 429 goes back to the outbox
 * with its Retry-After. Its REST client makes one request per attempt (no retries of its
 * own): posts are retried by the outbox, login and registration here, on the etiquette's
 * schedule (net/etiquette.ts: backoff with jitter, a cap, Discord's Retry-After honoured up to
 * 6 h; a 429 on the login's GET /gateway/bot comes back here instead of being slept through). A
 * rejected token (401 or close 4004) ends in "token rejected" with no retry until the token
 * changes; any other failure to start is retried.
 * Monitoring never waits for any of this.
 */
import type { Client, Interaction } from 'discord.js';

import { type BotStatus, botOff } from '../../../shared/bot-types';
import { english, translator } from '../../../shared/i18n/translators';
import { type Reason, reason } from '../../../shared/reason';
import { type BotRunSettings, MAIN_BOT_ID } from '../../../shared/settings/discord';
import { reasonWords } from '../../../shared/words/reason';
import type { Clock, Timer } from '../clock';
import type { Logger } from '../logger';
import { type EgressGate, EgressRefusedError, processGate } from '../net/egress-gate';
import { type RetrySchedule, retryWait } from '../net/etiquette';
import type { Redactor } from '../secrets/redact';
import { resolveSecretRefs, type SecretSource, unresolvedReason } from '../secrets/resolve';
import type { Delivery, NoticeRenderer, SendResult } from '../services';
import type { BotServices } from './commands/define';
import { destroyClient } from './destroy-client';
import { newClient } from './discord-client';
import { createDispatcher } from './interactions';
import { BOT_PERMISSIONS, inviteUrl } from './invite';
import { postLanguage } from './language';
import { alreadyPosted, nonceFor, type PostError, postBody, postResult, targets } from './post';
import { RateLimiter } from './rate-limit';
import { mayPassLater, putCommands } from './register';

export interface BotDeps {
  settings: BotRunSettings;
  /** Which bot this is (`main`, or a `discord.bots` id): its posts channel names it. `main` unless given. */
  id?: string;
  services: BotServices;
  /** The notifier's words for a notice, rendered per guild (its mask). */
  render: NoticeRenderer;
  clock: Clock;
  logger: Logger;
  secrets: SecretSource;
  redactor: Redactor;
  /** Told of each interaction handled (benchmarks, tests). */
  onHandled?: (what: string, result: string) => void;
  /**
   * Told when posts that failed for the bot's settings (a rejected token, a wrong channel) may
   * pass now: it logged in, or the guilds changed. The notifier resumes the paused posts.
   */
  onUsable?: () => void;
  /** Where the retries' jitter comes from (Math.random unless given). */
  random?: () => number;
  /** The gate every REST request and gateway connection asks (net/egress-gate.ts); the process's by default. */
  gate?: EgressGate;
}

export { restBase } from './discord-client';

/**
 * The login's and the registration's waits: the etiquette's backoff from 5 s up to 5 minutes
 * (a gateway login is one request, and a bot away for an hour misses its commands), jitter and
 * Retry-After (capped at 6 h) as for every retry in the house.
 */
export const BOT_RETRY: RetrySchedule = { firstWaitMs: 5_000, maxWaitMs: 300_000 };
/** What posts need in the notification channel (invite.ts says why). */
const NEEDED = BOT_PERMISSIONS.filter((p) => p.inChannel).map((p) => p.flag);

/**
 * Notices whose posts this process remembers (which channels have it), and posts that got no
 * answer. The outbox sends one notice per channel at a time and retries it until sent or
 * expired, so only the latest few are ever asked about again; 200 covers a long outage's burst
 * with room to spare, a few tens of KB. Past it the oldest is forgotten: a retry of it would look
 * in the channel first only when the notice predates this process.
 */
export const MAX_REMEMBERED_NOTICES = 200;

export class DiscordBot {
  private settings: BotRunSettings;
  private client: Client | null = null;
  private state: BotStatus = botOff();
  /** Bumped by every stop: events of an older client are ignored. */
  private generation = 0;
  private retryTimer: Timer | null = null;
  private failures = 0;
  private registerTimer: Timer | null = null;
  private registerFailures = 0;
  private delivered = new Map<string, Set<string>>();
  /** Posts whose attempt ended without an answer: they may exist, so they are looked up before a retry. */
  private uncertain = new Set<string>();
  private readonly bornAt: number;
  private readonly limiter: RateLimiter;
  private readonly dispatch: (i: Interaction) => Promise<void>;

  constructor(private deps: BotDeps) {
    this.settings = deps.settings;
    this.bornAt = deps.clock.now();
    this.limiter = new RateLimiter(
      // A trace asked for waits as a check does (discord.rateLimit.checkSec), counted apart from /check.
      (k) => (k === 'export' ? this.settings.rateLimit.exportSec : this.settings.rateLimit.checkSec) * 1000,
    );
    this.dispatch = createDispatcher({
      services: deps.services,
      limiter: this.limiter,
      logger: deps.logger,
      ...(deps.onHandled ? { onHandled: deps.onHandled } : {}),
    });
  }

  status(): BotStatus {
    const c = this.client;
    const ping = c?.ws.ping;
    return {
      ...this.state,
      pingMs: ping !== undefined && ping >= 0 ? ping : null,
      guilds: this.settings.guilds.map((g) => ({
        id: g.id,
        name: c?.guilds.cache.get(g.id)?.name ?? null,
        channel: g.channel,
        problem: this.problem(g.id, g.channel),
      })),
    };
  }

  /** Why posts to a guild's channel would fail, from what the gateway told us; null when fine or unknown. */
  private problem(guildId: string, channelId: string | null): string | null {
    const guild = this.client?.guilds.cache.get(guildId);
    if (!guild || this.state.state !== 'connected')
      return this.state.state === 'connected' ? 'the bot is not in this server' : null;
    if (channelId === null) return null;
    const channel = guild.channels.cache.get(channelId);
    if (!channel) return 'the notification channel does not exist (or the bot cannot see it)';
    const me = guild.members.me;
    const perms = me ? channel.permissionsFor(me) : null;
    const missing = perms ? NEEDED.filter((p) => !perms.has(p)) : [];
    return missing.length ? `missing permissions in #${channel.name}: ${missing.join(', ')}` : null;
  }

  private random(): number {
    return (this.deps.random ?? Math.random)();
  }

  private set(patch: Partial<BotStatus>): void {
    this.state = { ...this.state, ...patch };
  }

  /** A message of its own (a library's, as it says it) or a reason, its English the message. */
  private fail(said: string | Reason): void {
    const coded = typeof said === 'string' ? undefined : said;
    const safe = this.deps.redactor.text(coded ? reasonWords(coded, english) : (said as string));
    this.set({ lastError: { message: safe, at: this.deps.clock.now(), ...(coded && { reason: coded }) } });
    this.deps.logger.warn('discord bot', { error: safe });
  }

  async start(): Promise<void> {
    const token = this.settings.token;
    if (token === null)
      return this.set({ ...botOff(), commands: { ...botOff().commands, scope: this.settings.registration } });
    const resolved = resolveSecretRefs({ token }, this.deps.secrets);
    if (!resolved.ok) {
      this.set({ state: 'failed', nextAttemptAt: null });
      const at = (this.deps.id ?? MAIN_BOT_ID) === MAIN_BOT_ID ? 'discord' : `discord.bots (${this.deps.id})`;
      return this.fail(unresolvedReason({ ...resolved.unresolved, field: `${at}.${resolved.unresolved.field}` }));
    }
    this.deps.redactor.add(resolved.secrets);
    const gen = ++this.generation;
    this.set({
      state: 'connecting',
      nextAttemptAt: null,
      // A new token may be another application's: its link comes with the next ready.
      inviteUrl: null,
      commands: { registered: false, scope: this.settings.registration, at: null, error: null },
    });
    const djs = await import('discord.js');
    const { Events, PermissionFlagsBits } = djs;
    if (gen !== this.generation) return;
    const client = newClient(djs, this.settings.apiBase, this.deps.gate ?? processGate);
    this.client = client;
    const mine = () => gen === this.generation;
    client.on(Events.InteractionCreate, (i) => void (mine() && this.dispatch(i)));
    client.on(Events.ClientReady, (ready) => {
      if (!mine()) return;
      this.failures = 0;
      const invite = inviteUrl(ready.application.id, PermissionFlagsBits);
      this.set({ state: 'connected', user: ready.user.tag, inviteUrl: invite });
      this.deps.logger.info('discord bot connected', { user: ready.user.tag, invite });
      void this.register();
      this.deps.onUsable?.();
    });
    client.on(Events.ShardReady, () => mine() && this.state.state !== 'connecting' && this.set({ state: 'connected' }));
    client.on(Events.ShardResume, () => mine() && this.set({ state: 'connected' }));
    client.on(Events.ShardReconnecting, () => mine() && this.set({ state: 'reconnecting' }));
    client.on(Events.ShardError, (err) => mine() && this.shardError(err, gen));
    client.on(Events.Error, (err) => mine() && this.fail(err.message));
    client.on(Events.ShardDisconnect, (ev) => {
      if (!mine()) return;
      if (ev.code === 4004) void this.rejected();
      else {
        this.fail(reason('reason.bot.gatewayClosed', { code: ev.code }));
        this.retryLater(gen);
      }
    });
    try {
      await client.login(resolved.value.token as string);
    } catch (err) {
      if (!mine()) return;
      const e = err as { code?: unknown; status?: unknown; message?: string };
      if (e.code === 'TokenInvalid' || e.status === 401 || e.message === 'Authentication failed')
        return this.rejected();
      const retryAfterMs = rateLimitWait(err);
      this.fail(
        retryAfterMs === undefined
          ? `cannot connect: ${e.message ?? String(err)}`
          : reason('reason.bot.waitToLogin', { seconds: Math.round(retryAfterMs / 1000) }),
      );
      this.retryLater(gen, retryAfterMs);
    }
  }

  /**
   * A gateway error. The gate's refusal of a reconnect or a resume (gateway-gate.ts) leaves the
   * shard without a connection: the bot fails and logs in again later, as for any failed login.
   * During the login itself the refusal rejects login(), which start() answers.
   */
  private shardError(err: Error, gen: number): void {
    this.fail(err.message);
    if (err instanceof EgressRefusedError && this.state.state !== 'connecting') this.retryLater(gen);
  }

  private async rejected(): Promise<void> {
    const client = this.client;
    this.generation += 1;
    this.client = null;
    this.set({ state: 'token rejected', nextAttemptAt: null, user: null, inviteUrl: null });
    this.fail(reason('reason.bot.tokenRejected'));
    if (client) await destroyClient(client).catch(() => undefined);
  }

  private retryLater(gen: number, retryAfterMs?: number): void {
    this.failures += 1;
    const delay = retryWait(this.failures, this.random(), retryAfterMs, BOT_RETRY);
    const client = this.client;
    this.client = null;
    if (client) void destroyClient(client).catch(() => undefined);
    this.set({ state: 'failed', nextAttemptAt: this.deps.clock.now() + delay });
    this.retryTimer = this.deps.clock.setTimeout(() => {
      this.retryTimer = null;
      if (gen === this.generation) void this.start();
    }, delay);
  }

  /**
   * Puts the command list to Discord (register.ts). A failure that may pass later (Discord
   * down: no answer or a 5xx) is tried again with backoff while this client lives; the REST
   * client itself makes one request per try.
   */
  async register(): Promise<void> {
    const client = this.client;
    if (!client?.application) return;
    const gen = this.generation;
    const scope = this.settings.registration;
    if (this.registerTimer) this.deps.clock.clearTimeout(this.registerTimer);
    this.registerTimer = null;
    try {
      await putCommands(client, client.application.id, this.settings);
      this.registerFailures = 0;
      this.set({ commands: { registered: true, scope, at: this.deps.clock.now(), error: null } });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.set({ commands: { registered: false, scope, at: this.deps.clock.now(), error: message } });
      this.fail(`cannot register commands: ${message}`);
      if (gen !== this.generation || !mayPassLater(err)) return;
      this.registerFailures += 1;
      const delay = retryWait(this.registerFailures, this.random(), rateLimitWait(err), BOT_RETRY);
      this.registerTimer = this.deps.clock.setTimeout(() => {
        this.registerTimer = null;
        if (gen === this.generation) void this.register();
      }, delay);
    }
  }

  async stop(): Promise<void> {
    this.generation += 1;
    for (const t of [this.retryTimer, this.registerTimer]) if (t) this.deps.clock.clearTimeout(t);
    this.retryTimer = null;
    this.registerTimer = null;
    const client = this.client;
    this.client = null;
    this.set({ state: 'off', user: null, nextAttemptAt: null });
    if (client)
      await destroyClient(client).catch((err: unknown) =>
        this.deps.logger.warn('discord client stop', { error: String(err) }),
      );
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /** A settings edit: a new token or API restarts; new guilds or registration re-register. */
  async update(next: BotRunSettings): Promise<void> {
    const prev = this.settings;
    this.settings = next;
    if (JSON.stringify([prev.token, prev.apiBase]) !== JSON.stringify([next.token, next.apiBase]))
      return this.restart();
    const regFields = (s: BotRunSettings) => JSON.stringify([s.registration, s.guilds.map((g) => g.id)]);
    if (regFields(prev) !== regFields(next) && this.state.state === 'connected') await this.register();
    if (JSON.stringify(prev.guilds) !== JSON.stringify(next.guilds)) this.deps.onUsable?.();
  }

  /** One notice to every subscribed guild channel; see post.ts. */
  async deliver(d: Delivery): Promise<SendResult> {
    const timezone = this.deps.services.settings().notifications.timezone;
    if (this.state.state === 'token rejected')
      return { ok: false, kind: 'misconfigured', error: 'Discord rejected the bot token' };
    if (this.settings.token === null) return { ok: false, kind: 'misconfigured', error: 'discord.token is not set' };
    const client = this.client;
    if (!client || this.state.state === 'connecting' || this.state.state === 'failed')
      return { ok: false, kind: 'transient', error: `the Discord bot is not connected (${this.state.state})` };
    const done = this.delivered.get(d.notice.key) ?? new Set<string>();
    const { services } = this.deps;
    const id = this.deps.id ?? MAIN_BOT_ID;
    const own = services
      .settings()
      .notifications.channels.find(
        (c) => c.type === 'discord-bot' && ((c as { bot?: string }).bot ?? MAIN_BOT_ID) === id,
      )?.language;
    const app = services.language();
    let failure: SendResult | null = null;
    for (const g of targets(this.settings.guilds, d)) {
      const channel = g.channel!;
      if (done.has(channel)) continue;
      const where = `#${client.guilds.cache.get(g.id)?.channels.cache.get(channel)?.name ?? channel}`;
      const nonce = nonceFor(d.notice.key, channel);
      const ref = `${d.notice.key}\n${channel}`;
      try {
        // Left by an earlier process, or an attempt that got no answer: it may be posted already.
        if (this.uncertain.has(ref) || (d.notice.at < this.bornAt && !this.delivered.has(d.notice.key))) {
          const recent = await client.rest.get(`/channels/${channel}/messages`, {
            query: new URLSearchParams({ limit: '50' }),
            signal: d.signal,
          });
          if (alreadyPosted(recent, client.user?.id ?? '', nonce)) {
            done.add(channel);
            this.uncertain.delete(ref);
            continue;
          }
        }
        this.uncertain.add(ref);
        if (this.uncertain.size > MAX_REMEMBERED_NOTICES) this.uncertain.delete(this.uncertain.values().next().value!);
        // The channel setting's language, else the server's preferred locale, else the app's.
        const words = translator(postLanguage(own, client.guilds.cache.get(g.id)?.preferredLocale, app));
        const message = this.deps.render(d.notice, { timezone, mask: g.mask, now: this.deps.clock.now(), words });
        await client.rest.post(`/channels/${channel}/messages`, {
          body: postBody(d.notice, message, nonce, words),
          signal: d.signal,
        });
        this.uncertain.delete(ref);
        done.add(channel);
      } catch (err) {
        const e = err as { status?: number; code?: number | string; message?: string };
        const rate = rateLimitWait(err);
        const pe: PostError = {
          message: e.message ?? String(err),
          ...(e.status !== undefined ? { status: e.status } : {}),
          ...(e.code !== undefined ? { code: e.code } : {}),
          ...(rate !== undefined ? { retryAfterMs: rate } : {}),
        };
        // An answer from Discord (not a timeout or a dropped connection) means nothing was posted.
        if (pe.status !== undefined && pe.status < 500) this.uncertain.delete(ref);
        failure ??= postResult(pe, where);
      }
    }
    this.delivered.set(d.notice.key, done);
    if (this.delivered.size > MAX_REMEMBERED_NOTICES) this.delivered.delete(this.delivered.keys().next().value!);
    return failure ?? { ok: true };
  }

  /** Notices and unanswered posts remembered now (each at most MAX_REMEMBERED_NOTICES). */
  get remembered(): { notices: number; unanswered: number } {
    return { notices: this.delivered.size, unanswered: this.uncertain.size };
  }
}

/** The wait a rate limit error from @discordjs/rest asks for, in ms; undefined for any other error. */
function rateLimitWait(err: unknown): number | undefined {
  const e = err as { name?: string; retryAfter?: number; timeToReset?: number };
  if (!e?.name?.startsWith('RateLimitError')) return undefined;
  return Math.max(e.retryAfter ?? 0, e.timeToReset ?? 0);
}
