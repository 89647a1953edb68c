/**
 * Cheap local signals that something may have changed: the machine's addresses (with its
 * default routes where they can be read), and a jump of the wall clock (the machine slept).
 * Where the OS reports network events (../netwatch), an event starts a re-sample, and nothing
 * wakes the process but a look at the clock every CLOCK_WATCH_MS. Where no event source runs
 * (none on this OS, not installed, or down until it is started again), the addresses are
 * sampled every pollMs, and each sample looks at the clock too.
 */
import type { NetworkInterfaceInfo } from 'node:os';

import type { Reason } from '../../../shared/contract/reason';
import type { InterfaceWatchStatus } from '../../../shared/types';
import type { Clock, Timer } from '../clock';
import type { Logger } from '../logger';
import { ChildWatch, type WatchKind, type WatchSpec } from '../netwatch';
import { inEnglish, reason } from '../reason';

export type InterfaceMap = NodeJS.Dict<NetworkInterfaceInfo[]>;

/**
 * A stable signature of the machine's addresses. Loopback and IPv6 link-local are left out:
 * they never say anything about the public address.
 */
export function interfaceSignature(ifaces: InterfaceMap): string {
  const rows: string[] = [];
  for (const [name, list] of Object.entries(ifaces)) {
    for (const i of list ?? []) {
      if (i.internal || i.address.toLowerCase().startsWith('fe80:')) continue;
      rows.push(`${name}|${i.family}|${i.address}/${i.netmask}`);
    }
  }
  return rows.sort().join(',');
}

/** A gap this much longer than the sampling period means the machine was asleep. */
export const resumeGapMs = (pollMs: number): number => Math.max(15_000, 5 * pollMs);

/**
 * How often the clock is looked at while events replace the poll. Tailscale's netmon does the
 * same (pollWallTimeInterval, 15 s) and, as here, looks sooner when an event comes: a wake
 * from sleep usually brings some.
 */
export const CLOCK_WATCH_MS = 15_000;
/** Events that come within this long of a re-sample are read together in one more re-sample at its end. */
export const BURST_MS = 250;
/** The system's word that it woke (wake()) within this long of a resume already reported is the same wake. */
export const WAKE_COALESCE_MS = 30_000;

/**
 * What watches the interfaces, from the setting and the event source:
 *
 * | networkWatch | event source running | -> watch | timer |
 * |---|---|---|---|
 * | off | any | off | the clock, every CLOCK_WATCH_MS |
 * | on | yes | its kind (netlink, route-socket) | the clock, every CLOCK_WATCH_MS |
 * | on | no (none here, starting, down, given up) | poll | a sample every pollMs |
 */
export function watchMode(networkWatch: boolean, running: WatchKind | null): InterfaceWatchStatus['watch'] {
  if (!networkWatch) return 'off';
  return running ?? 'poll';
}

export interface SamplerOptions {
  clock: Clock;
  logger: Logger;
  readInterfaces: () => InterfaceMap;
  /** The default routes as one string, part of the signature; none when not given. */
  readRoutes?: () => string;
  /** The OS event source; without one the interfaces are polled. */
  events?: WatchSpec | null;
  /** Why there is no event source, for the status (and as its code). */
  noEvents?: string | null;
  noEventsReason?: Reason | null;
  pollMs: number;
  watchNetwork: boolean;
  onNetworkChange: () => void;
  onResume: (sleptMs: number) => void;
  onError: (err: unknown) => void;
}

export class Sampler {
  private running = false;
  private timer: Timer | null = null;
  private timerPeriod = 0;
  private burst: Timer | null = null;
  private burstAgain = false;
  private source: ChildWatch | null = null;
  private sourceUp = false;
  private sourceReason: Reason | null = null;
  private lastSignature: string | null = null;
  private lastInterfaces: InterfaceMap | null = null;
  private lastTick = 0;
  private lastChangeAt: number | null = null;
  /** When a resume was last reported: a monotonic reading, so a wall step neither joins nor parts two wakes. */
  private lastResumeAt: number | null = null;

  constructor(private opts: SamplerOptions) {}

  start(): void {
    this.stop();
    this.running = true;
    this.lastTick = this.opts.clock.now();
    this.lastSignature = this.safeSignature();
    const spec = this.opts.events;
    if (this.opts.watchNetwork && spec) {
      this.sourceReason = reason('reason.watch.starting', { kind: spec.kind });
      this.source = new ChildWatch({
        spec,
        clock: this.opts.clock,
        logger: this.opts.logger,
        onSignal: () => this.onSignal(),
        onState: (up, text, code) => this.onSourceState(up, code ?? reason('reason.watch.said', { said: text ?? '' })),
      });
      this.source.start();
    }
    this.schedule();
  }

  stop(): void {
    this.running = false;
    this.source?.stop();
    this.source = null;
    this.sourceUp = false;
    this.sourceReason = null;
    for (const t of [this.timer, this.burst]) if (t) this.opts.clock.clearTimeout(t);
    this.timer = null;
    this.burst = null;
    this.burstAgain = false;
  }

  /** New settings: the event source starts or stops with networkWatch; a new pollMs only re-times the timer. */
  update(opts: Partial<Pick<SamplerOptions, 'pollMs' | 'watchNetwork'>>): void {
    const before = this.opts;
    this.opts = { ...before, ...opts };
    if (!this.running) return;
    if (this.opts.watchNetwork !== before.watchNetwork) this.start();
    else if (this.opts.pollMs !== before.pollMs) this.schedule();
  }

  /**
   * The system says it woke (Electron's powerMonitor): true when this wake is news, and then
   * the clock watch counts the sleep as seen and takes the state after it as the baseline; false
   * when a resume was reported within WAKE_COALESCE_MS (the clock watch saw it first, or an unlock
   * follows the resume).
   */
  wake(): boolean {
    const mono = this.opts.clock.monotonic();
    if (!this.running || (this.lastResumeAt !== null && mono - this.lastResumeAt < WAKE_COALESCE_MS)) return false;
    this.lastResumeAt = mono;
    this.lastTick = this.opts.clock.now();
    this.resample();
    return true;
  }

  /**
   * The interfaces as last read, while events or the poll keep that reading current (every
   * change re-reads them); a fresh reading when nothing watches them (networkWatch off).
   */
  interfaces(): InterfaceMap {
    if (this.running && this.mode() !== 'off' && this.lastInterfaces) return this.lastInterfaces;
    return this.opts.readInterfaces();
  }

  status(): InterfaceWatchStatus {
    const watch = this.mode();
    const lastChangeAt = this.lastChangeAt;
    if (watch !== 'poll') return { watch, reason: null, lastChangeAt };
    const code = this.sourceReason ?? this.opts.noEventsReason ?? null;
    // A reason given as text only (noEvents without its code) is said as given.
    const text = this.sourceReason ? inEnglish(this.sourceReason) : (this.opts.noEvents ?? (code && inEnglish(code)));
    return { watch, reason: text ?? null, ...(code ? { reasonCode: code } : {}), lastChangeAt };
  }

  private mode(): InterfaceWatchStatus['watch'] {
    return watchMode(this.opts.watchNetwork, this.sourceUp ? (this.opts.events?.kind ?? null) : null);
  }

  private schedule(): void {
    if (this.timer) this.opts.clock.clearTimeout(this.timer);
    this.timerPeriod = this.mode() === 'poll' ? this.opts.pollMs : CLOCK_WATCH_MS;
    this.timer = this.opts.clock.setTimeout(() => this.tick(), this.timerPeriod);
  }

  private tick(): void {
    const period = this.timerPeriod;
    this.schedule();
    if (this.resumed(period)) return;
    if (this.mode() === 'poll' && this.resample() && this.opts.watchNetwork) this.reportChange();
  }

  /**
   * Looks at the wall clock: a gap since the last look longer than the timer's period allows
   * (plus lateness) was a sleep. The state after it becomes the baseline, and the resume check
   * covers whatever changed meanwhile.
   */
  private resumed(period = this.timerPeriod): boolean {
    const now = this.opts.clock.now();
    // wall-clock: a sleep shows only on the wall clock (CLOCK_MONOTONIC and the timers stop in suspend); a step forward reads as a wake, which only re-samples
    const gap = now - this.lastTick;
    this.lastTick = now;
    if (gap <= period + resumeGapMs(this.opts.pollMs)) return false;
    this.lastResumeAt = this.opts.clock.monotonic();
    this.resample();
    this.opts.onResume(gap);
    return true;
  }

  /** An event: re-sample at once, then once more at the end of a burst if more events came meanwhile. */
  private onSignal(): void {
    if (!this.running || this.resumed()) return;
    if (this.burst) {
      this.burstAgain = true;
      return;
    }
    if (this.resample()) this.reportChange();
    this.burst = this.opts.clock.setTimeout(() => this.endBurst(), BURST_MS);
  }

  private endBurst(): void {
    this.burst = null;
    if (!this.burstAgain) return;
    this.burstAgain = false;
    this.onSignal();
  }

  private onSourceState(up: boolean, reason: Reason | null): void {
    const before = this.mode();
    this.sourceUp = up;
    this.sourceReason = up ? null : reason;
    if (!this.running || this.mode() === before) return;
    // Back from polling (or from before the source listened): a change in between is caught here.
    if (!this.resumed() && up && this.resample()) this.reportChange();
    this.schedule();
  }

  private reportChange(): void {
    this.lastChangeAt = this.opts.clock.now();
    this.opts.onNetworkChange();
  }

  /** Reads the state; true when it differs from the last reading (a failed reading changes nothing). */
  private resample(): boolean {
    const signature = this.safeSignature();
    const changed = signature !== null && this.lastSignature !== null && signature !== this.lastSignature;
    if (signature !== null) this.lastSignature = signature;
    return changed;
  }

  private safeSignature(): string | null {
    try {
      this.lastInterfaces = this.opts.readInterfaces();
      const addresses = interfaceSignature(this.lastInterfaces);
      const routes = this.opts.readRoutes?.() ?? '';
      return routes ? `${addresses}#${routes}` : addresses;
    } catch (err) {
      this.opts.onError(err);
      return null;
    }
  }
}
