/**
 * createNotifier: engine events in, notifications out. Each input goes through the pure
 * policy; every notice it yields is written to the durable outbox for each subscribed
 * channel and flushed to disk before any delivery is tried; each channel's queue then
 * delivers in order with retries. Inputs are handled one at a time, in arrival order.
 */
import { hostname } from 'node:os';
import { performance } from 'node:perf_hooks';

import type { Timer } from '../clock';
import { createRedactor } from '../secrets/redact';
import { processSecrets } from '../secrets/resolve';
import { createNodeDesktopNotifier } from './desktop-node-notifier';
import { journalHeld, loadHeld } from './hold-journal';
import { pruneFinished, removedChannels, retireRemoved } from './housekeeping';
import { createLiveState, liveState } from './live-state';
import { ChannelQueue, type QueueConfig, type QueueDeps } from './outbox';
import {
  initialPolicyState,
  policyConfig,
  policyStep,
  policyWake,
  restoreHeld,
  type PolicyInput,
  type PolicyState,
} from './policy';
import { buildOnce, buildRoster, type RosterEntry } from './roster';
import { channelStatus } from './status';
import type { ChannelDeps, Notifier, NotifierDeps, TestNotice } from './types';

const heldList = (s: PolicyState) => [s.held.v4, s.held.v6];

export function createNotifier(deps: NotifierDeps): Notifier {
  const { store, clock, logger } = deps;
  let settings = deps.settings;
  let cfg = policyConfig(settings);
  let state = initialPolicyState();
  const live = createLiveState(logger);
  const channelDeps: ChannelDeps = {
    clock,
    logger,
    desktop: deps.desktop ?? createNodeDesktopNotifier(),
    hostname: deps.hostname ?? hostname(),
    secrets: deps.secrets ?? processSecrets,
    redactor: deps.redactor ?? createRedactor(),
    live,
    ...(deps.dispatcher ? { dispatcher: deps.dispatcher } : {}),
    ...(deps.discordBot ? { discordBot: deps.discordBot } : {}),
  };
  const queueDeps: QueueDeps = {
    store,
    clock,
    logger,
    random: deps.random ?? Math.random,
    onMoved: (id, move) =>
      void deps
        .saveChannelOptions?.(id, move.options)
        .catch((err: unknown) =>
          logger.error('could not keep the moved channel in the settings', { channel: id, error: String(err) }),
        ),
  };
  const queues = new Map<string, ChannelQueue>();
  let roster: RosterEntry[] = [];
  let running = false;
  /** Set by stop(): the channels are closed, so the next start() builds them afresh. */
  let closed = false;
  let wake: Timer | null = null;
  let wakeAt: number | null = null;
  let pruneTimer: Timer | null = null;
  let chain: Promise<void> = Promise.resolve();

  const queueConfig = (e: RosterEntry): QueueConfig => ({
    backoff: { initialMs: settings.retry.initialSec * 1000, maxMs: settings.retry.maxSec * 1000 },
    maxAgeMs: settings.maxAgeHours * 3_600_000,
    timeoutMs: settings.retry.timeoutSec * 1000,
    timezone: settings.timezone,
    mask: e.settings.mask,
  });
  /** Entries that own a queue: the first of each id. */
  const owners = () => roster.filter((e, i) => roster.findIndex((x) => x.id === e.id) === i);
  const liveIds = () => new Set(roster.map((e) => e.id));

  /** Retires what a removed channel left, prunes what finished long ago; then again a day later. */
  async function housekeep(): Promise<void> {
    if (pruneTimer) clock.clearTimeout(pruneTimer);
    pruneTimer = null;
    if (!running) return;
    const now = clock.now();
    const changed =
      retireRemoved(store, liveIds(), now, logger) + pruneFinished(store, now, settings.outboxKeepDays, logger);
    if (changed)
      await store.flushNow().catch((err: unknown) => logger.error('outbox flush failed', { error: String(err) }));
    pruneTimer = clock.setTimeout(() => void run(housekeep), 86_400_000);
  }

  function applyRoster(next: RosterEntry[]): void {
    roster = next;
    const live = owners();
    for (const [id, q] of queues) {
      if (!live.some((e) => e.id === id)) {
        queues.delete(id);
        void q.stop();
      }
    }
    for (const e of live) {
      const q = queues.get(e.id) ?? new ChannelQueue(e.id, queueConfig(e), queueDeps);
      queues.set(e.id, q);
      q.configure(e.channel, queueConfig(e));
      if (running) q.kick();
    }
  }

  /** Serialises inputs: each one sees the state the previous one left. */
  const run = (fn: () => Promise<void>): Promise<void> => {
    const p = chain.then(fn).catch((err: unknown) => {
      logger.error('notifier step failed', { error: String(err) });
      deps.onError?.(err);
    });
    chain = p;
    return p;
  };

  /** Arms the policy's next tick; a wake already armed for that time stays (most inputs leave it as it was). */
  function armWake(): void {
    const at = running ? policyWake(state, cfg) : null;
    if (wake && at === wakeAt) return;
    if (wake) clock.clearTimeout(wake);
    wake = null;
    wakeAt = at;
    if (at === null) return;
    wake = clock.setTimeout(
      () => {
        wake = null;
        void run(() => step({ type: 'tick', at: clock.now() }));
      },
      Math.max(0, at - clock.now()),
    );
  }

  async function step(input: PolicyInput): Promise<void> {
    const before = state;
    const result = policyStep(state, input, cfg);
    state = result.state;
    const now = clock.now();
    // Most inputs (every check) leave the held changes as they were: nothing to journal then.
    const heldSame = before.held.v4 === state.held.v4 && before.held.v6 === state.held.v6;
    let wrote = heldSame ? false : journalHeld(store, heldList(before), heldList(state), now);
    const touched = new Set<string>();
    for (const n of result.notices) {
      const to = owners().filter((e) => e.enabled && e.events.has(n.kind));
      logger.info('notice', { kind: n.kind, key: n.key, channels: to.map((e) => e.id) });
      for (const e of to) {
        store.enqueue({ channel: e.id, key: n.key, payload: JSON.stringify(n), createdAt: now });
        touched.add(e.id);
        wrote = true;
      }
    }
    // A failed flush (disk full...) must not also cost the delivery: the rows are in memory.
    if (wrote)
      await store.flushNow().catch((err: unknown) => logger.error('outbox flush failed', { error: String(err) }));
    if (running) for (const id of touched) queues.get(id)?.kick();
    // Back online: failures during our own outage say nothing about the services.
    if (running && input.type === 'online') for (const q of queues.values()) q.reconnected();
    armWake();
    // Mirrors (MQTT) show the state whether or not this input made a notice.
    if (deps.status) live.set(liveState(deps.status(), state.outage?.reported === true));
  }

  applyRoster(buildRoster(settings.channels, channelDeps));

  return {
    handle: (event) => run(() => step(event)),
    started: (status) =>
      run(() => step({ type: 'started', at: clock.now(), v4: status.families.v4.ip, v6: status.families.v6.ip })),
    start: () =>
      run(async () => {
        if (running) return;
        if (closed) applyRoster(buildRoster(settings.channels, channelDeps));
        closed = false;
        running = true;
        const held = loadHeld(store, clock.now());
        for (const h of held) state = restoreHeld(state, h);
        if (journalHeld(store, held, heldList(state), clock.now())) await store.flushNow();
        for (const q of queues.values()) q.kick();
        await housekeep();
        await step({ type: 'tick', at: clock.now() });
      }),
    stop: () =>
      run(async () => {
        running = false;
        armWake();
        await housekeep();
        closed = true;
        await Promise.all([...queues.values()].map((q) => q.stop()));
        queues.clear();
      }),
    status: () => [
      ...roster.map((e) => channelStatus(e, queues.get(e.id), store, settings.retry.failingAfter)),
      ...removedChannels(store, liveIds()),
    ],
    async test(channelId) {
      const entry = roster.find((e) => e.id === channelId);
      if (!entry) return { ok: false, error: `no channel with id "${channelId}"` };
      if (entry.reason) return { ok: false, error: entry.reason };
      const built = entry.channel
        ? { ok: true as const, channel: entry.channel }
        : buildOnce(entry.settings, channelDeps);
      if (!built.ok) return { ok: false, error: built.reason };
      const now = clock.now();
      const notice: TestNotice = { kind: 'test', key: `test@${now}`, at: now };
      const t0 = performance.now();
      try {
        const r = await new ChannelQueue(entry.id, queueConfig(entry), queueDeps).send(
          built.channel,
          notice,
          notice.key,
        );
        if (!r.ok) return { ok: false, error: r.error };
        // The channel works: a queue paused by a misconfigured answer goes on.
        queues.get(entry.id)?.resume();
        return { ok: true, ms: Math.round(performance.now() - t0) };
      } finally {
        if (built.channel !== entry.channel) await built.channel.close().catch(() => undefined);
      }
    },
    updateSettings: (next) =>
      run(async () => {
        settings = next;
        cfg = policyConfig(next);
        const reuse = closed ? new Map<string, RosterEntry>() : new Map(owners().map((e) => [e.id, e]));
        applyRoster(buildRoster(next.channels, channelDeps, reuse));
        armWake();
        await housekeep();
      }),
  };
}
