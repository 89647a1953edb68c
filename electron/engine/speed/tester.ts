/**
 * The speed tester: one test at a time, asked for (the API, the dashboard's button) or on the
 * schedule (schedule.ts), never while the OS says the connection is metered (metered-os.ts) when
 * the settings say so; every test kept through `record` (the history), the status for the page.
 * A test that fails is kept with its reason; nothing here can stop the address monitor.
 */
import type { Reason, ReasonCode } from '../../../shared/contract/reason';
import type { MeteredReading, SpeedRunAnswer, SpeedStatus, SpeedTestResult } from '../../../shared/contract/speed';
import type { SpeedTestSettings } from '../../../shared/settings/speed';
import type { Clock, Timer } from '../clock';
import type { Logger } from '../logger';
import { withDeadline } from '../net/deadline';
import type { Resolver } from '../net/resolve';
import { inEnglish, reason } from '../reason';
import { reading } from './metered';
import { readMetered as osMetered, type ReadMetered } from './metered-os';
import { speedTestWaitMs } from './schedule';

export interface SpeedTesterDeps {
  clock: Clock;
  logger: Logger;
  settings: SpeedTestSettings;
  userAgent: string;
  /** Keeps a test in the history, answering it with its id. */
  record(test: Omit<SpeedTestResult, 'id'>): SpeedTestResult;
  /** The last test kept, when the tester starts. */
  last: SpeedTestResult | null;
  readMetered?: ReadMetered;
  resolver?: Resolver;
  /** Monotonic ms for the transfers; performance.now by default. */
  monotonic?: () => number;
}

const METERED_ASK_MS = 5000;

/** A test not run, and why: the English `why` from the same reason. */
const notRun = (r: Reason): Extract<SpeedRunAnswer, { ran: false }> => ({ ran: false, why: inEnglish(r), reason: r });

/**
 * Why a metered connection was left out. A reading carries its reason (metered.ts); one without
 * (a reader given by a test, or of another version) is said by its English detail.
 */
function meteredReason(m: MeteredReading): Reason {
  const inner = m.reason
    ? reason(m.reason.code as ReasonCode, m.reason.values)
    : reason('reason.metered.said', { said: m.detail });
  return reason('reason.speed.metered', {}, inner);
}

export class SpeedTester {
  private settings: SpeedTestSettings;
  private last: SpeedTestResult | null;
  private running: Promise<SpeedRunAnswer> | null = null;
  private runningSince: number | null = null;
  private skipped: SpeedStatus['skipped'] = null;
  private metered: MeteredReading | null = null;
  /** When the next scheduled test is, as a wall time to show: now plus the monotonic wait. */
  private nextAt: number | null = null;
  /** When the last test began, on the monotonic clock; null when none was ever kept. */
  private lastMono: number | null;
  private timer: Timer | null = null;
  private readonly stop = new AbortController();

  constructor(private readonly d: SpeedTesterDeps) {
    this.settings = d.settings;
    this.last = d.last;
    // wall-clock: the last test's stamp is all a restart keeps of it: read once, a future stamp counting as now
    const since = d.last ? Math.max(0, d.clock.now() - d.last.at) : null;
    this.lastMono = since === null ? null : d.clock.monotonic() - since;
  }

  start(): void {
    this.plan();
  }

  update(settings: SpeedTestSettings): void {
    this.settings = settings;
    this.plan();
  }

  status(): SpeedStatus {
    return {
      enabled: this.settings.enabled,
      runningSince: this.runningSince,
      last: this.last,
      nextAt: this.nextAt,
      skipped: this.skipped,
      metered: this.metered,
    };
  }

  /** Runs a test now, or joins the one under way. */
  run(trigger: SpeedTestResult['trigger']): Promise<SpeedRunAnswer> {
    if (!this.settings.enabled) return Promise.resolve(notRun(reason('reason.speed.off')));
    if (this.stop.signal.aborted) return Promise.resolve(notRun(reason('reason.speed.stopping')));
    this.running ??= this.runOnce(trigger).finally(() => {
      this.running = null;
      this.runningSince = null;
      this.plan();
    });
    return this.running;
  }

  async close(): Promise<void> {
    this.stop.abort(new Error('closing'));
    if (this.timer !== null) this.d.clock.clearTimeout(this.timer);
    this.timer = null;
    this.nextAt = null;
    await this.running?.catch(() => undefined);
  }

  private plan(): void {
    if (this.timer !== null) this.d.clock.clearTimeout(this.timer);
    this.timer = null;
    if (this.stop.signal.aborted) return;
    const since = this.lastMono === null ? null : this.d.clock.monotonic() - this.lastMono;
    const wait = this.running ? null : speedTestWaitMs(this.settings, since);
    this.nextAt = wait === null ? null : this.d.clock.now() + wait;
    if (wait === null) return;
    this.timer = this.d.clock.setTimeout(() => {
      this.timer = null;
      this.run('schedule').catch((err: unknown) => this.d.logger.error('scheduled speed test', { err: String(err) }));
    }, wait);
  }

  private async runOnce(trigger: SpeedTestResult['trigger']): Promise<SpeedRunAnswer> {
    const s = this.settings;
    const family = s.family === 'ipv6' ? 6 : 4;
    const at = this.d.clock.now();
    const atMono = this.d.clock.monotonic();
    this.runningSince = at;
    this.nextAt = null;
    if (s.skipMetered) {
      const ask = this.d.readMetered ?? osMetered;
      this.metered = await withDeadline(this.stop.signal, METERED_ASK_MS, (signal) => ask(family, signal)).catch(
        (err: unknown): MeteredReading => reading('unknown', reason('reason.metered.askFailed', { said: String(err) })),
      );
      if (this.metered.state === 'metered') {
        const skip = notRun(meteredReason(this.metered));
        this.skipped = { at, why: skip.why, reason: skip.reason };
        this.d.logger.info('speed test skipped: metered connection', { trigger, detail: this.metered.detail });
        return skip;
      }
    }
    const server = new URL(s.server);
    const figures = await this.measure(s, family);
    // Stopping cancels the transfer under way: that is no figure of the line to keep.
    if (this.stop.signal.aborted) return notRun(reason('reason.speed.stopping'));
    let test: SpeedTestResult;
    try {
      test = this.d.record({ at, trigger, server: server.host, family, ...figures });
    } catch (err) {
      this.d.logger.error('speed test not kept', { err: String(err) });
      return notRun(reason('reason.speed.notKept', { said: String(err) }));
    }
    this.last = test;
    this.lastMono = atMono;
    const log = test.error ? this.d.logger.warn.bind(this.d.logger) : this.d.logger.info.bind(this.d.logger);
    log(test.error ? 'speed test failed' : 'speed test', { ...test });
    return { ran: true, test };
  }

  private async measure(s: SpeedTestSettings, family: 4 | 6) {
    const monotonic = this.d.monotonic ?? (() => performance.now());
    // The measuring parts (and the HTTP client under them) load at the first test, not with the app.
    const [{ measureSpeed }, { createTransfers }] = await Promise.all([import('./run'), import('./transfer')]);
    let transfers;
    try {
      transfers = await createTransfers({
        server: s.server,
        family,
        userAgent: this.d.userAgent,
        now: monotonic,
        ...(this.d.resolver ? { resolver: this.d.resolver } : {}),
      });
    } catch (err) {
      const why = reason('reason.speed.unreachable', { said: err instanceof Error ? err.message : String(err) });
      return {
        downloadMbps: null,
        uploadMbps: null,
        latencyMs: null,
        jitterMs: null,
        bytes: 0,
        durationMs: 0,
        cut: null,
        error: inEnglish(why),
        reason: why,
      };
    }
    try {
      return await measureSpeed(transfers, {
        maxBytes: s.maxMegabytes * 1e6,
        maxMs: s.maxSeconds * 1000,
        signal: this.stop.signal,
        monotonic,
      });
    } finally {
      await transfers.close().catch(() => undefined);
    }
  }
}
