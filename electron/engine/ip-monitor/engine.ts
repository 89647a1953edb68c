/**
 * The monitor engine: schedules checks (interval, network change, resume, manual, retry),
 * runs them per family, keeps the confirmed state, and emits events. Everything it touches
 * (clock, network clients, store, settings, interface reader) is passed in.
 */
import { type OutageCause, outageCause } from '../../../shared/check-cause';
import { detectionFilterOf } from '../../../shared/detection-filter';
import { validateAnswer } from '../../../shared/ip';
import type { Settings } from '../../../shared/settings';
import {
  type CheckReport,
  type EngineError,
  type EngineEvent,
  type EngineStatus,
  FAMILIES,
  type Family,
  type Trigger,
} from '../../../shared/types';
import { EventHub } from '../events';
import { buildSources } from '../sources/registry';
import type { IpSource } from '../sources/types';
import { settleCauses } from './causes';
import { type Connectivity, connectivityAfterClockStep, connectivityStep, initialConnectivity } from './connectivity';
import {
  type CheckRun,
  type EngineDeps,
  engineSampler,
  FOLLOW_UP_MS,
  MAX_ATTEMPTS,
  ROUTER_RECHECK_MS,
  sourceDeps,
} from './engine-deps';
import { FamilyRunner, familyStatuses } from './family-runner';
import { breakerConfig, HealthBook } from './health';
import { MonitoredTime } from './monitored-time';
import { nextDelayMs } from './schedule';
import { planAfterSettings } from './settings-check';
import { CheckTimers } from './timers';
import type { Sampler } from './triggers';
import { askWitness, type WitnessAsk } from './witness';

export { type CheckRun, type EngineDeps, FOLLOW_UP_MS, ROUTER_RECHECK_MS } from './engine-deps';

export class Engine {
  private events: EventHub<EngineEvent>;
  private runs: EventHub<CheckRun>;
  private settings: Settings;
  private sources: IpSource[] = [];
  private health!: HealthBook;
  private families: Record<Family, FamilyRunner>;
  private sampler: Sampler;
  private running = false;
  private pausedSince: number | null = null;
  private inFlight: Promise<CheckReport> | null = null;
  private queued: Promise<CheckReport> | null = null;
  private routerWaits = false; // routerSaw's look waits for the check under way
  private timers: CheckTimers;
  private readonly witnesses: Pick<WitnessAsk, 'interfaces' | 'router' | 'logger'>;
  private conn: Connectivity = initialConnectivity();
  private monitored: MonitoredTime;
  private abort = new AbortController();
  private lastError: EngineError | null = null;
  /** Set by any failure during the running check; a check that ends without one clears lastError. */
  private checkFailed = false;
  private readonly random: () => number;

  constructor(private deps: EngineDeps) {
    this.settings = deps.settings;
    this.random = deps.random ?? Math.random;
    this.events = new EventHub(deps.logger, (err) => this.fail('event listener', err));
    this.runs = new EventHub(deps.logger, (err) => this.fail('check-run listener', err));
    this.timers = new CheckTimers(deps.clock);
    this.monitored = new MonitoredTime(deps.store, deps.clock, (what, fn) => this.write(what, fn));
    this.witnesses = { interfaces: () => this.sampler.interfaces(), router: deps.routerWitness, logger: deps.logger };
    this.families = { 4: new FamilyRunner(4), 6: new FamilyRunner(6) };
    this.applySources();
    this.sampler = engineSampler(deps, this.settings.monitor, {
      change: () => this.onNetworkChange(),
      resume: () => this.trigger('resume'),
    });
  }

  on(listener: (event: EngineEvent) => void): () => void {
    return this.events.on(listener);
  }

  /** Told as each check begins and ends (synchronously: a listener must only queue its work). */
  onCheckRun(listener: (run: CheckRun) => void): () => void {
    return this.runs.on(listener);
  }

  /**
   * Starts watching; resolves with the state after the first check. Rejects only when the
   * monitor cannot begin at all (the store refuses the session): a failing check does not.
   */
  async start(): Promise<CheckReport> {
    if (this.running) return this.checkNow('manual');
    this.beginSession();
    this.running = true;
    this.abort = new AbortController();
    this.sampler.start();
    return this.checkNow('start');
  }

  /** One check without timers or watchers (`--once`); resolves with the state after it. */
  async runOnce(): Promise<CheckReport> {
    this.beginSession();
    const report = await this.checkNow('start');
    this.syncSession(false);
    await this.deps.store.flush();
    return report;
  }

  /** A new session: connectivity known before belongs to unwatched time; no outage spans the monitor's downtime. */
  private beginSession(): void {
    this.syncSession(true);
    this.conn = initialConnectivity();
    for (const f of FAMILIES) this.families[f].resume(this.deps.store.current(f), this.settings.monitor.ipv6Compare);
  }

  /**
   * Pauses monitoring: like stop() (the session ends, so uptime counts monitored time only),
   * but the status says paused until resume(). A manual check still runs when asked.
   */
  async pause(): Promise<void> {
    if (this.pausedSince !== null || !this.running) return;
    this.pausedSince = this.deps.clock.now();
    await this.stop();
    // A check the user asks for while paused must not start aborted.
    this.abort = new AbortController();
    this.deps.logger.info('monitoring paused');
    this.events.emit({ type: 'monitoring', at: this.pausedSince, paused: true });
  }

  /** Resumes after pause(): a new session and a check at once. Resolves with the state after it. */
  async resume(): Promise<CheckReport> {
    if (this.pausedSince === null) return this.checkNow('manual');
    this.pausedSince = null;
    this.deps.logger.info('monitoring resumed');
    this.events.emit({ type: 'monitoring', at: this.deps.clock.now(), paused: false });
    return this.start();
  }

  async stop(): Promise<void> {
    if (!this.running) {
      // Paused: a manual check may still be under way.
      this.abort.abort();
      await this.inFlight?.catch(() => undefined);
      return;
    }
    this.running = false;
    this.sampler.stop();
    this.timers.clear();
    this.abort.abort();
    await this.inFlight?.catch(() => undefined);
    this.syncSession(false);
    await this.deps.store.flush();
  }

  /** Monitored time: while running with a source to ask (monitored-time.ts); a span or gap while running knows nothing yet. */
  private syncSession(running: boolean): void {
    if (this.monitored.update(running, this.settings.monitor, this.sources) && running)
      this.conn = initialConnectivity();
  }

  /** Checks now (`only` these families, else all), or joins the next check of all if one is under way. */
  checkNow(trigger: Trigger = 'manual', only?: readonly Family[]): Promise<CheckReport> {
    if (!this.inFlight) {
      this.runs.emit({ phase: 'start', at: this.deps.clock.now(), trigger });
      this.inFlight = this.runCheck(trigger, only).finally(() => {
        this.inFlight = null;
        this.runs.emit({ phase: 'end', at: this.deps.clock.now(), trigger });
      });
      return this.inFlight;
    }
    // A trigger during a check may carry news the running check missed: run once more after it.
    this.queued ??= this.inFlight.then(() => {
      this.queued = null;
      return this.checkNow(trigger);
    });
    return this.queued;
  }

  getStatus(): EngineStatus {
    return {
      running: this.running,
      pausedSince: this.pausedSince,
      nextCheckAt: this.timers.nextAt,
      online: this.conn.online,
      offlineSince: this.conn.offlineSince,
      families: this.familyStatus(),
      sources: this.health.snapshot(),
      history: this.deps.store.status?.() ?? null,
      lastError: this.lastError,
      interfaces: this.sampler.status(),
    };
  }

  /** Just the addresses and connectivity: what the notifier reads after every event, cheaply. */
  liveStatus(): Pick<EngineStatus, 'online'> & { families: Record<'v4' | 'v6', { ip: string | null }> } {
    return {
      online: this.conn.online,
      families: { v4: { ip: this.families[4].address }, v6: { ip: this.families[6].address } },
    };
  }

  /** Applies new settings without a restart; learnt source health is kept. New sources or families check at once. */
  updateSettings(settings: Settings): void {
    const compareChanged = settings.monitor.ipv6Compare !== this.settings.monitor.ipv6Compare;
    const plan = planAfterSettings(this.settings, settings, this.timers.msLeft());
    this.settings = settings;
    this.applySources();
    if (this.running) this.write('session', () => this.syncSession(true));
    if (compareChanged) this.families[6].rekey(settings.monitor.ipv6Compare);
    this.sampler.update({ pollMs: settings.monitor.networkPollMs, watchNetwork: settings.monitor.networkWatch });
    if (!this.running) return;
    if (plan.check.length > 0) this.trigger('settings', plan.check);
    else if (plan.nextInMs !== null) this.scheduleNext(plan.nextInMs);
  }

  private applySources(): void {
    const deps = sourceDeps(this.deps, () => this.settings);
    const built = buildSources(this.settings.sources, deps, this.settings.egress, this.deps.pluginSources?.());
    for (const w of built.warnings) this.deps.logger.warn(w);
    this.sources = built.sources;
    this.health = new HealthBook(this.sources, breakerConfig(this.settings.health), this.random, this.health);
  }

  /**
   * Never rejects: a failure anywhere in the check is logged and kept in the status, and
   * the next check is scheduled whatever happened (a monitor that stops checking after
   * one bad write is worse than one that reports the write).
   */
  private async runCheck(trigger: Trigger, only?: readonly Family[]): Promise<CheckReport> {
    const { clock, logger, store } = this.deps;
    const { monitor } = this.settings;
    const at = clock.now();
    let delay = monitor.intervalSec * 1000;
    this.checkFailed = false;
    // News of a change: connections kept from before may be bound to a gone address or NATed to the old one.
    if (trigger === 'network' || trigger === 'resume' || trigger === 'router') this.deps.net.http.forgetConnections();
    try {
      const enabled = FAMILIES.filter((f) => (f === 4 ? monitor.ipv4 : monitor.ipv6));
      const asked = only ? enabled.filter((f) => only.includes(f)) : enabled;
      const results = await Promise.all(
        asked.map((f) =>
          this.families[f].check({
            trigger,
            sources: this.sources.filter((s) => s.family === f),
            health: this.health,
            clock,
            quorum: monitor.quorum,
            compare: monitor.ipv6Compare,
            maxAttempts: MAX_ATTEMPTS,
            timeoutMs: monitor.timeoutMs,
            signal: this.abort.signal,
            store,
            emit: (e) => this.events.emit(e),
            write: (what, fn) => this.write(what, fn),
            ...(this.deps.identify ? { identify: this.deps.identify } : {}),
            witness: (key, signal) =>
              askWitness({ family: f, key, signal, compare: monitor.ipv6Compare, ...this.witnesses }),
            confirmMs: monitor.confirmMinutes * 60_000,
            filter: detectionFilterOf(this.settings.sources, f),
          }),
        ),
      );
      const causes = settleCauses(this.families, enabled, asked, results, (e) => this.events.emit(e));
      if (results.includes(null)) {
        logger.debug('check aborted: no verdict', { trigger });
        return this.report(at, trigger);
      }
      this.write('alive', () => store.alive(clock.now()));
      // Online only when a source gave an address: replies without one (NXDOMAIN, a portal's page) are not a way out.
      // A family a local witness settled asked no public source: it says nothing either way.
      const heard = asked.filter((_f, i) => results[i]?.answered !== null);
      const answered = results.some((r) => r?.answered === true);
      if (heard.length) this.updateConnectivity(answered, outageCause(heard.map((f) => causes[f])));
      const uncertainStreak = Math.max(0, ...enabled.map((f) => this.families[f].uncertainStreak));
      delay = nextDelayMs(delay, { offlineStreak: this.conn.offlineStreak, uncertainStreak }, this.random);
      logger.debug('check done', { trigger, results: results.map((r) => r?.result), nextInMs: delay });
    } catch (err) {
      this.fail('check', err);
    } finally {
      if (this.running) this.scheduleNext(delay);
    }
    if (!this.checkFailed) this.lastError = null;
    return this.report(at, trigger);
  }

  private report(at: number, trigger: Trigger): CheckReport {
    return { at, trigger, online: this.conn.online, families: this.familyStatus() };
  }

  private familyStatus(): EngineStatus['families'] {
    return familyStatuses(this.families, this.settings.monitor, this.deps.identify);
  }

  /** A store write whose failure must not stop the check; it is reported instead. */
  private write(what: string, fn: () => void): boolean {
    try {
      fn();
      return true;
    } catch (err) {
      this.fail(`store: ${what}`, err);
      return false;
    }
  }

  /** A failure of a part around the engine (the notifier): logged and shown in the status. */
  reportError(where: string, err: unknown): void {
    this.fail(where, err);
  }

  /** The wall clock stepped (runtime/clock-step.ts): an outage under way goes on from `at`, its length kept. */
  clockStepped(before: number, at: number): void {
    this.conn = connectivityAfterClockStep(this.conn, before, at);
    this.events.emit({ type: 'clockStep', at, stepMs: at - before });
  }

  /** The system says it woke or was unlocked (the app's powerMonitor): a resume check, once per wake. */
  systemWake(what: string): void {
    if (!this.running || !this.sampler.wake()) return;
    this.deps.logger.info('system woke: checking', { what });
    this.trigger('resume');
  }

  /**
   * The router reports an external IPv4 address: when it is not the confirmed one, a check at
   * once, which the public sources' quorum confirms (the router's word alone declares nothing).
   * Looked at after a check under way, which may find it first (the start's, at the router's
   * first answer); news while one look waits joins it.
   */
  routerSaw(address: string): void {
    const held = () => address === this.families[4].address;
    if (!this.running || held() || !this.settings.monitor.ipv4 || this.routerWaits) return;
    this.routerWaits = true;
    const look = async () => {
      await this.inFlight?.catch(() => undefined);
      this.routerWaits = false;
      if (!this.running || held()) return;
      this.deps.logger.info('the router reports a new external address: checking');
      await this.checkNow('router');
      // Not borne out by the sources: once more, shortly. A NAT may map connections to its old address for a moment.
      if (!held() && validateAnswer(address, 4).ok) this.later(ROUTER_RECHECK_MS, () => this.trigger('router'));
    };
    look().catch((err: unknown) => this.fail('check', err));
  }

  /** An event of a part around the engine (the NAT verdict) to the engine's listeners: the notifier, the API. */
  publish(event: EngineEvent): void {
    this.events.emit(event);
  }

  /** Timers and watchers start checks without awaiting them; nothing may reject unseen. */
  private trigger(trigger: Trigger, only?: readonly Family[]): void {
    this.checkNow(trigger, only).catch((err: unknown) => this.fail('check', err));
  }

  private fail(where: string, err: unknown): void {
    const message = err instanceof Error ? err.message : String(err);
    this.checkFailed = true;
    this.lastError = { message, at: this.deps.clock.now(), where };
    this.deps.logger.error(`${where} failed`, { error: message });
  }

  private updateConnectivity(answered: boolean, cause: OutageCause): void {
    const step = connectivityStep(this.conn, answered, cause, this.deps.clock.now());
    this.conn = step.state;
    if (step.event?.type === 'offline') this.deps.logger.warn('offline', { cause: step.event.cause });
    if (step.event?.type === 'online') this.deps.logger.info('back online', { offlineMs: step.event.offlineMs });
    if (step.event) this.events.emit(step.event);
    // If opening the outage fails, closing it later writes the whole span (an upsert).
    const outage = step.outage;
    if (outage) this.write('outage', () => this.deps.store.recordOutage(outage));
  }

  private onNetworkChange(): void {
    this.deps.logger.info('network interfaces changed: checking');
    this.later(this.settings.monitor.networkSettleMs, () => {
      this.trigger('network');
      this.later(FOLLOW_UP_MS, () => this.trigger('follow-up'));
    });
  }

  private later(ms: number, fn: () => void): void {
    this.timers.later(ms, () => this.running && fn());
  }

  private scheduleNext(ms: number): void {
    const trigger: Trigger =
      this.conn.offlineStreak > 0 || ms < this.settings.monitor.intervalSec * 1000 ? 'retry' : 'interval';
    this.timers.schedule(ms, () => this.running && this.trigger(trigger));
  }
}
