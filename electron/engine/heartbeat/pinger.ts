/**
 * The heartbeat: pings to the service chosen (registry.ts) from the engine's events, as decide.ts
 * says, so that a stopped IPWatch is noticed elsewhere. Never in a check's way: an event only
 * starts a ping, one at a time; news that comes while one is under way replaces what waited.
 * A failing ping is logged (a warning when the reason is new, then quietly) and shown in the
 * status; it is never a notification, so a service that is down cannot cause a storm.
 * Healthchecks also hears a check's start (onCheckRun), when decide.ts says its end will follow.
 * After a failed ping the service is left alone as the etiquette says (net/etiquette.ts: 30 s
 * doubling to 1 h, its Retry-After on top): news that comes meanwhile waits (the newest kept) and
 * goes when the wait ends, and no start is sent; the interval still spaces the pings that succeed.
 */
import { randomUUID } from 'node:crypto';

import type { WireReason } from '../../../shared/contract/reason';
import type { HeartbeatPing, HeartbeatStatus, WatcherTestResult } from '../../../shared/contract/watcher';
import type { Reason } from '../../../shared/reason';
import type { HeartbeatSettings } from '../../../shared/settings/watcher';
import type { EngineEvent, Trigger } from '../../../shared/types';
import type { Clock, Timer } from '../clock';
import type { Logger } from '../logger';
import { retryWait } from '../net/etiquette';
import { inEnglish, reason } from '../reason';
import type { Redactor } from '../secrets/redact';
import { resolveSecretRefs, type SecretSource, unresolvedReason } from '../secrets/resolve';
import { newsOf, type PulseState, shouldPing, shouldStart } from './decide';
import { HEARTBEAT_REGISTRY } from './registry';
import { sendPing } from './send';
import type { Beat } from './types';

export interface HeartbeatDeps {
  clock: Clock;
  logger: Logger;
  redactor: Pick<Redactor, 'add' | 'text'>;
  secrets: SecretSource;
  version: string;
  /** The backoff's jitter, in [0, 1) (Math.random unless a test seeds it). */
  random?: () => number;
}

/** The ping URL as resolved, or why there is none (`code`: when IPWatch worded it). */
type PingUrl = { ok: true; value: string } | { ok: false; reason: string; code?: Reason };
const noUrl = (r: Reason): PingUrl => ({ ok: false, reason: inEnglish(r), code: r });
/** `reason` for an answer, only when there is one (the API leaves the field out otherwise). */
const codeOf = (r: WireReason | undefined): { reason?: WireReason } => (r ? { reason: r } : {});

export class Heartbeat {
  private url: PingUrl = noUrl(reason('reason.heartbeat.noUrl'));
  private pulse: PulseState = { last: null, lastAt: null };
  private lastPing: HeartbeatPing | null = null;
  private lastOkAt: number | null = null;
  private failures = 0;
  private lastError: string | null = null;
  private sending: Promise<void> | null = null;
  private waiting: Beat[] = [];
  /** The run a start opened: its rid goes on the next ping, which ends it. */
  private run: string | null = null;
  private readonly abort = new AbortController();
  /** After a failed ping: nothing is sent before this (monotonic ms), and a timer sends what waited. */
  private holdUntil = 0;
  private holdTimer: Timer | null = null;

  constructor(
    private settings: HeartbeatSettings,
    private readonly deps: HeartbeatDeps,
  ) {
    this.update(settings);
  }

  update(settings: HeartbeatSettings): void {
    const moved =
      JSON.stringify([settings.provider, settings.url]) !== JSON.stringify([this.settings.provider, this.settings.url]);
    this.settings = settings;
    this.url = this.resolveUrl(settings.url);
    // Another check, or another service: what was sent to the old one says nothing about it.
    if (moved) this.pulse = { last: null, lastAt: null };
    // ...nor does its backoff.
    if (moved) this.holdUntil = 0;
    // A run opened before is no longer this check's (moved) or will not be ended (off).
    if (moved || !settings.enabled) this.run = null;
    if (settings.enabled && !this.url.ok) this.deps.logger.warn(`heartbeat: ${this.url.reason}`);
  }

  /** An engine event, with whether the engine is online now; may start a ping, never waits for it. */
  onEvent(e: EngineEvent, online: boolean | null): void {
    if (!this.settings.enabled || !this.url.ok) return;
    const news = newsOf(e, online);
    if (!news) return;
    const mono = this.deps.clock.monotonic();
    if (!shouldPing(this.pulse, news.pulse, mono, this.settings.intervalSec * 1000)) return;
    this.ping(news, mono);
  }

  /** A check begins or ends; never waits. A start opens a run; an end that found no news closes it. */
  onCheckRun(phase: 'start' | 'end', trigger: Trigger): void {
    if (!this.settings.enabled || !this.url.ok) return;
    const mono = this.deps.clock.monotonic();
    const last = this.pulse.last;
    if (phase === 'end') {
      if (this.run && last)
        this.ping({ pulse: last, detail: 'check found nothing new; state stands', checkMs: null }, mono);
      return;
    }
    const provider = HEARTBEAT_REGISTRY[this.settings.provider];
    if (!last || !provider.startSignal || mono < this.holdUntil) return;
    if (!shouldStart(this.pulse, mono, this.settings.intervalSec * 1000)) return;
    this.run = randomUUID();
    this.queue({
      pulse: last,
      detail: `check started (trigger ${trigger})`,
      checkMs: null,
      start: true,
      rid: this.run,
    });
  }

  /** `mono`: the monotonic reading the pulse is spaced from. */
  private ping(beat: Beat, mono: number): void {
    this.pulse = { last: beat.pulse, lastAt: mono };
    const rid = this.run;
    this.run = null;
    this.queue(rid ? { ...beat, rid } : beat);
  }

  /** News replaces a waiting ping that is not a start (keeping the run it ended); a start always waits its turn. */
  private queue(beat: Beat): void {
    const replaced = beat.start ? undefined : this.waiting.find((b) => !b.start);
    if (replaced) this.waiting = this.waiting.filter((b) => b !== replaced);
    this.waiting.push(replaced?.rid && !beat.rid ? { ...beat, rid: replaced.rid } : beat);
    this.kick();
  }

  /**
   * Sends what waits unless a send is under way. News queued after the drain's last look but
   * before it ended would otherwise wait for the next news: the drain's end looks again.
   */
  private kick(): void {
    this.sending ??= this.drain().finally(() => {
      this.sending = null;
      if (this.settings.enabled && this.waiting.length > 0 && !this.holdTimer) this.kick();
    });
  }

  /** One `up` ping with the saved settings, enabled or not (the Settings page's Test). */
  async test(): Promise<WatcherTestResult> {
    if (!this.url.ok) return { ok: false, error: this.url.reason, ...codeOf(this.url.code), ms: 0 };
    const ping = await this.send({ pulse: 'up', detail: `IPWatch ${this.deps.version}: test ping`, checkMs: null });
    return ping.ok
      ? { ok: true, detail: ping.detail, ms: ping.ms }
      : { ok: false, error: ping.detail, ...codeOf(ping.reason), ms: ping.ms };
  }

  status(): HeartbeatStatus {
    const state = !this.settings.enabled
      ? 'off'
      : !this.url.ok || (this.lastPing && !this.lastPing.ok)
        ? 'failing'
        : this.lastPing
          ? 'ok'
          : 'waiting';
    return {
      state,
      provider: this.settings.provider,
      lastPing: this.lastPing ?? (this.settings.enabled && !this.url.ok ? this.notSent(this.url) : null),
      lastOkAt: this.lastOkAt,
      failures: this.failures,
    };
  }

  /** Ends a ping under way; nothing more is sent. */
  async close(): Promise<void> {
    this.settings = { ...this.settings, enabled: false };
    this.abort.abort();
    if (this.holdTimer) this.deps.clock.clearTimeout(this.holdTimer);
    this.holdTimer = null;
    await this.sending;
  }

  private async drain(): Promise<void> {
    while (this.waiting.length > 0) {
      if (this.deps.clock.monotonic() < this.holdUntil) return this.holdOn();
      await this.send(this.waiting.shift()!);
    }
  }

  /** Backing off: a start would precede an end held back, so none goes; the rest waits for the timer. */
  private holdOn(): void {
    this.waiting = this.waiting.filter((b) => !b.start);
    if (this.holdTimer || this.waiting.length === 0) return;
    this.holdTimer = this.deps.clock.setTimeout(
      () => {
        this.holdTimer = null;
        if (!this.settings.enabled || this.waiting.length === 0) return;
        this.kick();
      },
      Math.max(0, this.holdUntil - this.deps.clock.monotonic()),
    );
  }

  private async send(beat: Beat): Promise<HeartbeatPing> {
    if (!this.url.ok) return this.notSent(this.url);
    const provider = HEARTBEAT_REGISTRY[this.settings.provider];
    const at = this.deps.clock.now();
    const sentMono = this.deps.clock.monotonic();
    const t0 = performance.now();
    const answer = await sendPing(
      provider.request(this.url.value, beat),
      (status, body) => provider.read(status, body),
      `IPWatch/${this.deps.version}`,
      this.abort.signal,
      () => this.deps.clock.now(),
    );
    const ms = Math.round(performance.now() - t0);
    const detail = this.deps.redactor.text(answer.ok ? answer.detail : answer.error);
    const code = answer.ok ? undefined : answer.reason;
    const ping: HeartbeatPing = { at, signal: beat.pulse, ok: answer.ok, detail, ...codeOf(code), ms };
    if (beat.start) {
      // A start is no news of up or down: only its refusal is told, in the log.
      if (!ping.ok && detail !== this.lastError) this.deps.logger.warn(`heartbeat: start not accepted: ${detail}`);
      return ping;
    }
    this.lastPing = ping;
    this.record(ping, sentMono, answer.ok ? undefined : answer.retryAfterMs);
    return ping;
  }

  /** `sentMono`: the monotonic reading when the ping went, which a backoff counts from. */
  private record(ping: HeartbeatPing, sentMono: number, retryAfterMs: number | undefined): void {
    const { logger } = this.deps;
    this.holdUntil = 0;
    if (ping.ok) {
      if (this.failures > 0) logger.info('heartbeat: accepted again', { after: this.failures });
      else logger.debug('heartbeat: sent', { signal: ping.signal, ms: ping.ms });
      this.failures = 0;
      this.lastError = null;
      this.lastOkAt = ping.at;
      return;
    }
    this.failures++;
    this.holdUntil = sentMono + retryWait(this.failures, (this.deps.random ?? Math.random)(), retryAfterMs);
    if (ping.detail !== this.lastError) logger.warn(`heartbeat: not accepted: ${ping.detail}`, { signal: ping.signal });
    else logger.debug('heartbeat: still not accepted', { failures: this.failures });
    this.lastError = ping.detail;
  }

  private notSent(why: { reason: string; code?: Reason }): HeartbeatPing {
    return { at: this.deps.clock.now(), signal: 'up', ok: false, detail: why.reason, ...codeOf(why.code), ms: 0 };
  }

  private resolveUrl(url: HeartbeatSettings['url']): PingUrl {
    if (url === '') return noUrl(reason('reason.heartbeat.noUrl'));
    const r = resolveSecretRefs({ url }, this.deps.secrets);
    if (!r.ok) return noUrl(unresolvedReason(r.unresolved));
    const value = String(r.value.url).trim();
    // The whole URL is a secret (it names the check), whatever shape the redactor knows.
    this.deps.redactor.add([value, ...r.secrets]);
    try {
      new URL(value);
    } catch {
      return noUrl(reason('reason.heartbeat.notUrl'));
    }
    return { ok: true, value };
  }
}
