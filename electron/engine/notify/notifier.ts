/**
 * createNotifier: engine events in, notifications out. Each input goes through the pure
 * policy; every notice it yields is written to the durable outbox for each subscribed
 * channel and flushed to disk before any delivery is tried; each channel's queue then
 * delivers in order with retries. Inputs are handled one at a time, in arrival order.
 */
import { isDeepStrictEqual } from 'node:util';

import type { QuietRequest, QuietStatus } from '../../../shared/contract/quiet';
import type { Reason } from '../../../shared/reason';
import type { ChannelSettings } from '../../../shared/settings/notify';
import type { Timer } from '../clock';
import { journalHeld, loadHeld } from './hold-journal';
import { pruneFinished, removedChannels, retireRemoved } from './housekeeping';
import { createLiveState, liveState, type LiveStateSource } from './live-state';
import { channelDepsOf, queueDepsOf } from './notifier-deps';
import { ChannelQueue, type QueueConfig, type QueueDeps } from './outbox';
import {
  initialPolicyState,
  policyConfig,
  policyStep,
  policyWake,
  restoreHeld,
  type PolicyConfig,
  type PolicyInput,
  type PolicyResult,
  type PolicyState,
} from './policy';
import { holdingWindow, quietWake } from './policy/quiet';
import { QuietWindows, quietSummary } from './quiet';
import { buildEntry, buildRoster, type RosterEntry } from './roster';
import { journalSites, loadSites } from './site-hold';
import { channelStatus } from './status';
import { sendTest } from './test-send';
import type { ChannelDeps, Notifier, NotifierDeps } from './types';

const heldList = (s: PolicyState) => [s.held.v4, s.held.v6];
/** Policy wake times remembered with their monotonic due time: a few are planned at once (two held changes, an outage, sites). */
const WAKES_KEPT = 16;

export function createNotifier(deps: NotifierDeps): Notifier {
  const n = new Notifications(deps);
  const { clock } = deps;
  return {
    handle: (event) => n.run(() => n.step(event)),
    started: (status) =>
      n.run(() => n.step({ type: 'started', at: clock.now(), v4: status.families.v4.ip, v6: status.families.v6.ip })),
    start: () => n.run(() => n.start()),
    stop: () => n.run(() => n.stop()),
    status: () => n.status(),
    settled: () => n.settled(),
    desktopUnavailable: () => n.desktopUnavailable(),
    desktopUnavailableReason: () => n.desktopUnavailableReason(),
    test: (target) => n.test(target),
    updateSettings: (next) => n.run(() => n.updateSettings(next)),
    resumeType: (type) => n.resumeType(type),
    service: (input) => n.run(() => n.step(input)),
    site: (input) => n.run(() => n.step(input)),
    memory: (input) => n.run(() => n.step(input)),
    quiet: async (req) => {
      await n.run(() => n.quiet(req));
      return n.quietStatus();
    },
    quietStatus: () => n.quietStatus(),
  };
}

/** The notifier's state between inputs: the policy's, the channels and their queues, its timers. */
class Notifications {
  private settings: NotifierDeps['settings'];
  private cfg: PolicyConfig;
  private state = initialPolicyState();
  private readonly live: LiveStateSource;
  private readonly channelDeps: ChannelDeps;
  private readonly queueDeps: QueueDeps;
  private readonly queues = new Map<string, ChannelQueue>();
  private roster: RosterEntry[] = [];
  private running = false;
  /** Set by stop(): the channels are closed, so the next start() builds them afresh. */
  private closed = false;
  private wake: Timer | null = null;
  private wakeAt: number | null = null;
  /**
   * Policy wake times (wall stamps: an event's time plus its window) once planned, and when each is
   * due on the monotonic clock, so a wake planned before a wall step still waits its real time.
   */
  private readonly dueMono = new Map<number, number>();
  private pruneTimer: Timer | null = null;
  /** Quiet windows: the one-offs asked for, the recurring ones of the settings, what they hold. */
  private readonly windows: QuietWindows;
  private quietTimer: Timer | null = null;
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly deps: NotifierDeps) {
    this.settings = deps.settings;
    this.cfg = policyConfig(deps.settings);
    this.live = createLiveState(deps.logger);
    this.channelDeps = channelDepsOf(deps, this.live);
    this.queueDeps = queueDepsOf(deps);
    this.windows = new QuietWindows(deps.store, deps.clock, deps.settings.quietWindows);
    this.applyRoster(buildRoster(this.settings.channels, this.channelDeps));
  }

  /** Serialises inputs: each one sees the state the previous one left. */
  run(fn: () => Promise<void>): Promise<void> {
    const p = this.chain.then(fn).catch((err: unknown) => {
      this.deps.logger.error('notifier step failed', { error: String(err) });
      this.deps.onError?.(err);
    });
    this.chain = p;
    return p;
  }

  /** One input through the policy; its notices reach the outbox (on disk) before any delivery. */
  async step(input: PolicyInput): Promise<void> {
    const { store, clock, logger } = this.deps;
    const before = this.state;
    const result = policyStep(this.state, input, this.cfg);
    this.state = result.state;
    const now = clock.now();
    // Most inputs (every check) leave the held changes as they were: nothing to journal then.
    const heldSame = before.held.v4 === this.state.held.v4 && before.held.v6 === this.state.held.v6;
    const journaled = !heldSame && journalHeld(store, heldList(before), heldList(this.state), now);
    const sitesJournaled = journalSites(store, before.sites, this.state.sites, now);
    const { touched, held } = this.enqueue(result.notices, now);
    // A failed flush (disk full...) must not also cost the delivery: the rows are in memory.
    if (journaled || sitesJournaled || touched.size || held)
      await store.flushNow().catch((err: unknown) => logger.error('outbox flush failed', { error: String(err) }));
    if (this.running) for (const id of touched) this.queues.get(id)?.kick();
    // Back online: failures during our own outage say nothing about the services.
    if (this.running && input.type === 'online') for (const q of this.queues.values()) q.reconnected();
    this.armWake();
    this.armQuiet();
    // Mirrors (MQTT) show the state whether or not this input made a notice.
    if (this.deps.status) this.live.set(liveState(this.deps.status(), this.state.outage?.reported === true));
  }

  /**
   * Writes each notice to the outbox of every enabled channel subscribed to it; the channels
   * written to. A channel this machine cannot serve (no desktop session) gets none: queued, they
   * would only pile up until they expire. `held`: a quiet window kept one for its summary (its
   * journal row is written too). A notice no channel takes writes nothing, so flushes nothing.
   */
  private enqueue(notices: PolicyResult['notices'], now: number): { touched: Set<string>; held: boolean } {
    const touched = new Set<string>();
    let held = false;
    const on = notices.length ? this.windows.on() : [];
    for (const n of notices) {
      const to = this.owners().filter((e) => e.enabled && !e.unavailable && e.events.has(n.kind));
      this.deps.logger.info('notice', { kind: n.kind, key: n.key, channels: to.map((e) => e.id) });
      for (const e of to) {
        // A quiet window holds it: kept for the summary its end sends.
        if (holdingWindow(on, e.id)) {
          this.windows.hold(e.id, n);
          held = true;
          continue;
        }
        this.deps.store.enqueue({ channel: e.id, key: n.key, payload: JSON.stringify(n), createdAt: now });
        touched.add(e.id);
      }
    }
    return { touched, held };
  }

  async start(): Promise<void> {
    if (this.running) return;
    const { store, clock } = this.deps;
    if (this.closed) this.applyRoster(buildRoster(this.settings.channels, this.channelDeps));
    this.closed = false;
    this.running = true;
    const held = loadHeld(store, clock.now());
    for (const h of held) this.state = restoreHeld(this.state, h);
    // Other sites' news held when it stopped: told when due (policy/fleet.ts), or at once.
    this.state = { ...this.state, sites: loadSites(store, clock.now()) };
    if (journalHeld(store, held, heldList(this.state), clock.now())) await store.flushNow();
    // One-off windows asked for before the stop; a window that ended meanwhile sends its summaries now.
    this.windows.load();
    await this.releaseQuiet();
    for (const q of this.queues.values()) q.kick();
    await this.housekeep();
    await this.step({ type: 'tick', at: clock.now() });
  }

  async stop(): Promise<void> {
    this.running = false;
    this.armWake();
    this.armQuiet();
    await this.housekeep();
    this.closed = true;
    await Promise.all([...this.queues.values()].map((q) => q.stop()));
    this.queues.clear();
  }

  async updateSettings(next: NotifierDeps['settings']): Promise<void> {
    this.settings = next;
    this.cfg = policyConfig(next);
    this.windows.configure(next.quietWindows);
    const reuse = this.closed ? new Map<string, RosterEntry>() : new Map(this.owners().map((e) => [e.id, e]));
    this.applyRoster(buildRoster(next.channels, this.channelDeps, reuse));
    this.armWake();
    await this.releaseQuiet();
    await this.housekeep();
  }

  /** A one-off window asked for or ended; a window that ends now sends its summaries at once. */
  async quiet(req: QuietRequest): Promise<void> {
    if (this.windows.ask(req)) await this.deps.store.flushNow();
    await this.releaseQuiet();
  }

  quietStatus(): QuietStatus {
    return this.windows.status(this.owners().map((e) => e.id));
  }

  /**
   * Each channel no window holds any longer gets one summary of what its window held, through
   * its outbox like any notice; then the next window end is armed.
   */
  private async releaseQuiet(): Promise<void> {
    const { store, clock } = this.deps;
    if (!this.running) return;
    const on = this.windows.on();
    const released = this.windows.release(
      this.owners().map((e) => e.id),
      on,
    );
    const now = clock.now();
    for (const r of released) {
      const summary = quietSummary(r, now);
      store.enqueue({ channel: r.channel, key: summary.key, payload: JSON.stringify(summary), createdAt: now });
    }
    if (released.length) await store.flushNow();
    for (const r of released) this.queues.get(r.channel)?.kick();
    this.armQuiet();
  }

  /** Wakes at the next end of a window on now (on the monotonic clock: what is left of it). */
  private armQuiet(): void {
    const { clock } = this.deps;
    if (this.quietTimer) clock.clearTimeout(this.quietTimer);
    this.quietTimer = null;
    const end = this.running ? quietWake(this.windows.on()) : null;
    if (end === null) return;
    // wall-clock: the end is in the present wall frame (a one-off's from what is left of it on the monotonic clock)
    const wait = Math.max(0, end - clock.now());
    this.quietTimer = clock.setTimeout(() => void this.run(() => this.releaseQuiet()), wait);
  }

  status(): ReturnType<Notifier['status']> {
    const { store } = this.deps;
    return [
      ...this.roster.map((e) => channelStatus(e, this.queues.get(e.id), store, this.settings.retry.failingAfter)),
      ...removedChannels(store, this.liveIds()),
    ];
  }

  settled(): boolean {
    return this.status().every(
      (c) =>
        c.pending === 0 ||
        c.state === 'invalid' ||
        c.state === 'disabled' ||
        (this.queues.get(c.id)?.waitLeftMs ?? 0) > 0,
    );
  }

  desktopUnavailable(): string | null {
    return this.channelDeps.desktop?.unavailable ?? null;
  }

  desktopUnavailableReason(): Reason | null {
    return this.channelDeps.desktop?.unavailableReason ?? null;
  }

  resumeType(type: string): void {
    for (const e of this.owners()) if (e.type === type) this.queues.get(e.id)?.resume();
  }

  async test(target: string | ChannelSettings): ReturnType<Notifier['test']> {
    const id = typeof target === 'string' ? target : target.id;
    const running = this.roster.find((e) => e.id === id);
    if (typeof target !== 'string' && !(running && isDeepStrictEqual(running.settings, target))) {
      // Being edited: built for this send only (enabled or not), its queue left as it is.
      const draft = buildEntry({ ...target, enabled: false }, this.channelDeps);
      return sendTest(draft, this.channelDeps, this.queueConfig(draft), this.queueDeps);
    }
    if (!running) return { ok: false, error: `no channel with id "${id}"` };
    const result = await sendTest(running, this.channelDeps, this.queueConfig(running), this.queueDeps);
    // The channel works: a queue paused by a misconfigured answer goes on.
    if (result.ok) this.queues.get(running.id)?.resume();
    return result;
  }

  private queueConfig(e: RosterEntry): QueueConfig {
    const s = this.settings;
    return {
      backoff: { initialMs: s.retry.initialSec * 1000, maxMs: s.retry.maxSec * 1000 },
      maxAgeMs: s.maxAgeHours * 3_600_000,
      timeoutMs: s.retry.timeoutSec * 1000,
      timezone: s.timezone,
      mask: e.settings.mask,
      language: e.settings.language ?? this.deps.language?.() ?? 'en',
    };
  }

  /** Entries that own a queue: the first of each id. */
  private owners(): RosterEntry[] {
    return this.roster.filter((e, i) => this.roster.findIndex((x) => x.id === e.id) === i);
  }

  private liveIds(): Set<string> {
    return new Set(this.roster.map((e) => e.id));
  }

  /** Retires what a removed channel left, prunes what finished long ago; then again a day later. */
  private async housekeep(): Promise<void> {
    const { store, clock, logger } = this.deps;
    if (this.pruneTimer) clock.clearTimeout(this.pruneTimer);
    this.pruneTimer = null;
    if (!this.running) return;
    const now = clock.now();
    const changed =
      retireRemoved(store, this.liveIds(), now, logger) + pruneFinished(store, this.settings.outboxKeepDays, logger);
    if (changed)
      await store.flushNow().catch((err: unknown) => logger.error('outbox flush failed', { error: String(err) }));
    this.pruneTimer = clock.setTimeout(() => void this.run(() => this.housekeep()), 86_400_000);
  }

  private applyRoster(next: RosterEntry[]): void {
    const was = new Map(this.roster.map((e) => [e.id, e.unavailable]));
    for (const e of next)
      if (e.enabled && e.unavailable && was.get(e.id) !== e.unavailable)
        this.deps.logger.warn(
          `notification channel "${e.id}" is off: ${e.unavailable}; nothing is sent or kept for it while that lasts`,
        );
    this.roster = next;
    const owners = this.owners();
    for (const [id, q] of this.queues) {
      if (!owners.some((e) => e.id === id)) {
        this.queues.delete(id);
        void q.stop();
      }
    }
    for (const e of owners) {
      const q = this.queues.get(e.id) ?? new ChannelQueue(e.id, this.queueConfig(e), this.queueDeps);
      this.queues.set(e.id, q);
      q.configure(e.channel, this.queueConfig(e));
      if (this.running) q.kick();
    }
  }

  /** Arms the policy's next tick; a wake already armed for that time stays (most inputs leave it as it was). */
  private armWake(): void {
    const { clock } = this.deps;
    const at = this.running ? policyWake(this.state, this.cfg) : null;
    if (this.wake && at === this.wakeAt) return;
    if (this.wake) clock.clearTimeout(this.wake);
    this.wake = null;
    this.wakeAt = at;
    if (at === null) return;
    this.wake = clock.setTimeout(
      () => {
        this.wake = null;
        // Due by real time: the policy ticks at its wake time, whatever the wall clock says now.
        void this.run(() => this.step({ type: 'tick', at }));
      },
      Math.max(0, this.monoDue(at) - clock.monotonic()),
    );
  }

  /** When the policy's wake `at` is due on the monotonic clock: fixed when first planned. */
  private monoDue(at: number): number {
    const { clock } = this.deps;
    let due = this.dueMono.get(at);
    if (due === undefined) {
      // wall-clock: a policy wake is a wall stamp (an event's time plus its window), put onto the monotonic clock once, when planned
      due = clock.monotonic() + (at - clock.now());
      this.dueMono.set(at, due);
      if (this.dueMono.size > WAKES_KEPT) this.dueMono.delete(this.dueMono.keys().next().value!);
    }
    return due;
  }
}
