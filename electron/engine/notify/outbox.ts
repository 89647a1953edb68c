/**
 * One channel's delivery queue over the durable outbox. Head of line: the channel's oldest
 * pending item (by id, the order of events) is tried until it is sent or expires, and only then
 * the next one, so a channel never reports B before A. Failed attempts wait as the etiquette says
 * (backoff.ts: doubling with jitter to the channel's cap, the server's Retry-After honoured up to
 * 6 h); the channel keeps that wait after an item expires, so the next one does not follow at once.
 *
 * Every wait and every age is on the monotonic clock: an item's age and the age its next attempt
 * is due at come from the store (store/outbox-age.ts, kept across a restart), and the timer waits
 * the difference. A wall clock set back or forward moves no retry and expires nothing; the wall
 * times only stamp and show (the status's next attempt is now plus the monotonic wait left).
 *
 *   channel                     | an item expires (marked, never dropped) when
 *   ----------------------------+-------------------------------------------------------------------
 *   on, not paused              | a try fails and the item has waited maxAge or more: never untried
 *   paused (its settings wrong) | never: it waits for the fix
 *   off (disabled or invalid)   | it has waited maxAge: nothing would ever try it, and the queue of
 *                               | a channel left off stays bounded
 *
 * Everything the status shows after a restart is read back from the store.
 */
import type { Language } from '../../../shared/i18n/languages';
import { translator } from '../../../shared/i18n/translators';
import type { MaskMode } from '../../../shared/notify-types';
import type { Reason } from '../../../shared/reason';
import { formatDuration } from '../../../shared/words/duration';
import type { Clock, Timer } from '../clock';
import type { Logger } from '../logger';
import { withDeadline } from '../net/deadline';
import { ETIQUETTE } from '../net/etiquette';
import type { OutboxItem, OutboxStore } from '../store/types';
import { type BackoffConfig, nextRetryDelay, overRetryAfterCap, wakesOnReconnect } from './backoff';
import { describeError } from './http';
import { renderMessage } from './message';
import { idempotencyKey, parseNotice } from './payload';
import type { Channel, ChannelMove, Notice, SendResult } from './types';

export interface QueueConfig {
  backoff: BackoffConfig;
  maxAgeMs: number;
  timeoutMs: number;
  timezone: string;
  mask: MaskMode;
  /** The channel's language: its own, or the app's. */
  language: Language;
}

export interface QueueDeps {
  store: OutboxStore;
  clock: Clock;
  logger: Logger;
  random: () => number;
  /** A service moved the destination (Telegram supergroup): the new options, to keep in the settings. */
  onMoved?: (channel: string, move: ChannelMove) => void;
}

/** Why a channel stopped trying: a setting is wrong, and only a fix or a passing test resumes it. */
export interface Pause {
  error: string;
  /** `error` as a code, when IPWatch worded it. */
  code?: Reason | undefined;
  at: number;
}

export class ChannelQueue {
  /** null while the channel is disabled or invalid: items wait (and expire on time). */
  private channel: Channel | null = null;
  private timer: Timer | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  /** The next drain tries its head now, whatever its scheduled time (connectivity came back). */
  private probeNow = false;
  /** The current wait was asked for by the service (Retry-After, 429): nothing shortens it. */
  private serviceAsked = false;
  /** Aborts the attempt in flight on stop. */
  private readonly halt = new AbortController();
  lastError: string | null = null;
  /** `lastError` as a code, when the channel worded it (a plugin's failure); the store keeps the English only. */
  lastErrorCode: Reason | null = null;
  lastErrorAt: number | null = null;
  lastSentAt: number | null = null;
  /** Monotonic reading the next attempt is planned for; null when none is (idle, off, paused). */
  private dueMono: number | null = null;
  /** After a failed try the channel waits until this monotonic reading, whichever item is next. */
  private holdUntil: number | null = null;
  /** Failed tries in a row on this channel: the backoff goes on across an item that expired. */
  private failStreak = 0;
  /** Set on a misconfigured answer; the queue keeps its items and makes no attempt. */
  paused: Pause | null = null;
  /** The last destination move, for the status. */
  moved: string | null = null;

  constructor(
    readonly id: string,
    private config: QueueConfig,
    private readonly deps: QueueDeps,
  ) {}

  /** Swaps the channel and config; the old channel is closed once its attempt in flight ends. */
  configure(channel: Channel | null, config: QueueConfig): void {
    const old = this.channel;
    this.channel = channel;
    this.config = config;
    if (old && old !== channel) void this.idle().then(() => old.close().catch(() => undefined));
    // New settings for this channel: whatever paused it may be fixed.
    if (channel !== old) this.paused = null;
    this.kick();
  }

  /** A test went through: the channel works again. */
  resume(): void {
    if (!this.paused) return;
    this.paused = null;
    this.deps.logger.info('channel resumed', { channel: this.id });
    this.kick();
  }

  /** Our connectivity came back: a queue backed off by failures that were likely ours tries now. */
  reconnected(): void {
    const waiting = this.timer !== null && this.channel !== null;
    if (!wakesOnReconnect({ waiting, paused: this.paused !== null, serviceAsked: this.serviceAsked })) return;
    this.deps.logger.info('connectivity back: trying the channel now', { channel: this.id });
    this.probeNow = true;
    this.kick();
  }

  /** Drains now (new items, or a restart). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.clearTimer();
    const drained = this.drain().catch((err: unknown) =>
      this.deps.logger.error('delivery queue failed', { channel: this.id, error: String(err) }),
    );
    this.running = drained.finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  /** Resolves when no attempt is in flight. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.clearTimer();
    this.halt.abort();
    await this.idle();
    const ch = this.channel;
    this.channel = null;
    await ch?.close().catch(() => undefined);
  }

  /** When the next attempt is, as a wall time to show: now plus the monotonic wait left. */
  get nextAttemptAt(): number | null {
    const left = this.waitLeftMs;
    return left === null ? null : this.deps.clock.now() + left;
  }

  /** The monotonic wait left before the next attempt (0 while one is due or under way); null when none is planned. */
  get waitLeftMs(): number | null {
    return this.dueMono === null ? null : Math.max(0, this.dueMono - this.deps.clock.monotonic());
  }

  private clearTimer(): void {
    if (this.timer) this.deps.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  /** Drains again in `ms` (monotonic, as timers run); `attempt`: what is due then is a delivery attempt. */
  private wakeIn(ms: number, attempt: boolean): void {
    this.clearTimer();
    this.dueMono = attempt ? this.deps.clock.monotonic() + ms : null;
    this.timer = this.deps.clock.setTimeout(() => {
      this.timer = null;
      this.kick();
    }, ms);
  }

  private expire(head: OutboxItem): void {
    const why = `not delivered within ${formatDuration(this.config.maxAgeMs)}`;
    this.deps.store.markExpired(
      head.id,
      this.deps.clock.now(),
      head.lastError ? `${why}; last error: ${head.lastError}` : why,
    );
    this.deps.logger.warn('notification expired', { channel: this.id, key: head.key, error: head.lastError });
  }

  private async drain(): Promise<void> {
    const { store, clock } = this.deps;
    let probe = this.probeNow;
    this.probeNow = false;
    for (;;) {
      if (this.stopped) return;
      // Paused: nothing is tried and nothing expires; the queue waits for the fix.
      const head = this.paused ? undefined : store.pending(this.id, 1)[0];
      if (!head) {
        this.dueMono = null;
        return;
      }
      const maxAge = this.config.maxAgeMs;
      if (!this.channel) {
        if (head.ageMs < maxAge) return this.wakeIn(maxAge - head.ageMs, false);
        this.expire(head);
        continue;
      }
      const mono = clock.monotonic();
      const wait = Math.max(head.dueMs - head.ageMs, (this.holdUntil ?? mono) - mono);
      if (wait > 0 && !probe) return this.wakeIn(wait, true);
      probe = false;
      this.holdUntil = null;
      this.dueMono = mono;
      await this.attempt(head, this.channel);
    }
  }

  private async attempt(head: OutboxItem, channel: Channel): Promise<void> {
    const { store, clock, logger } = this.deps;
    const notice = parseNotice(head.payload);
    if (!notice) {
      store.markExpired(head.id, clock.now(), 'unreadable payload');
      return;
    }
    const sentAtMono = clock.monotonic();
    const result = await this.send(channel, notice, head.key);
    const now = clock.now();
    // Cut short by stop(): not the channel's failure, and the item stays as it was.
    if (this.stopped && !result.ok) return;
    this.serviceAsked =
      !result.ok && result.kind === 'transient' && (result.throttled || result.retryAfterMs !== undefined);
    if (result.ok || result.kind !== 'transient') this.failStreak = 0;
    if (result.ok) {
      store.markSent(head.id, now);
      this.lastSentAt = now;
      if (result.moved) {
        this.moved = result.moved.note;
        logger.warn('channel destination moved', { channel: this.id, note: result.moved.note });
        this.deps.onMoved?.(this.id, result.moved);
      }
      return;
    }
    this.lastError = result.error;
    this.lastErrorCode = result.reason ?? null;
    this.lastErrorAt = now;
    if (result.kind === 'rejected') {
      store.markRejected(head.id, now, result.error);
      logger.warn('notification refused by the service; set aside', {
        channel: this.id,
        key: head.key,
        error: result.error,
      });
      return;
    }
    if (result.kind === 'misconfigured') {
      // The attempt is counted and its error kept with the item, so the status survives a restart.
      store.markRetry(head.id, 0, result.error);
      this.paused = { error: result.error, code: result.reason, at: now };
      logger.error('channel paused: its settings need a fix', { channel: this.id, error: result.error });
      return;
    }
    this.failStreak = Math.max(this.failStreak + 1, head.attempts + 1);
    const delay = nextRetryDelay(this.failStreak, this.config.backoff, this.deps.random(), result.retryAfterMs);
    if (overRetryAfterCap(result.retryAfterMs))
      logger.warn('retry wait capped', {
        channel: this.id,
        askedMs: result.retryAfterMs,
        cappedMs: ETIQUETTE.maxRetryAfterMs,
      });
    store.markRetry(head.id, delay, result.error);
    this.holdUntil = clock.monotonic() + delay;
    // Tried, failed, and waited its time: it expires now (its age as the try ended), never untried.
    if (head.ageMs + (clock.monotonic() - sentAtMono) >= this.config.maxAgeMs)
      return this.expire({ ...head, lastError: result.error });
    logger.info('delivery failed, will retry', {
      channel: this.id,
      attempt: head.attempts + 1,
      inMs: delay,
      error: result.error,
    });
  }

  /** One attempt, bounded by the timeout; never throws. */
  async send(channel: Channel, notice: Notice, key: string): Promise<SendResult> {
    let signal = this.halt.signal;
    try {
      return await withDeadline(this.halt.signal, this.config.timeoutMs, (bounded) => {
        signal = bounded;
        return channel.send({
          notice,
          message: renderMessage(notice, {
            timezone: this.config.timezone,
            mask: this.config.mask,
            now: this.deps.clock.now(),
            words: translator(this.config.language),
          }),
          mask: this.config.mask,
          idempotencyKey: idempotencyKey(this.id, key),
          signal: bounded,
        });
      });
    } catch (err) {
      return { ok: false, kind: 'transient', error: describeError(err, signal) };
    }
  }
}
