/**
 * One record kept in step (keeper.ts holds them all): its durable job (plan.ts decides it,
 * store/ddns-jobs.ts keeps it), the update sent and retried with backoff, then the proof at the
 * zone's authoritative servers (propagation.ts) until all answer, and a periodic look that
 * catches drift and sets it right. Never throws: every failure is this record's state.
 */
import type { DdnsRecordStatus } from '../../../shared/contract-ddns';
import type { DdnsRecord } from '../../../shared/ddns-settings';
import type { Clock, Timer } from '../clock';
import type { Logger } from '../logger';
import type { DdnsJob, DdnsJobStore } from '../store/ddns-jobs';
import { afterOutcome, type Confirmed, heldAlready, onConfirmed, redo } from './plan';
import { type DdnsPhase, lookOnce, type NsResolver, recordState, type RecordState } from './propagation';
import type { DdnsUpdater } from './types';
import { recordName, zoneServers } from './zone-servers';

export interface KeeperOptions {
  store: DdnsJobStore;
  clock: Clock;
  logger: Logger;
  random: () => number;
  resolver: NsResolver;
  /** The authoritative servers' port (53; a stand-in's in tests). */
  dnsPort?: number;
  /** One DNS question's timeout. */
  lookTimeoutMs: number;
  /** How long after an update the servers may lag before the record is failed. */
  proveLimitMs: number;
  /** The first wait between looks while propagating; each next wait doubles, up to proveMaxEveryMs. */
  proveEveryMs: number;
  /** The longest wait between looks while propagating (10 s by default). */
  proveMaxEveryMs?: number;
  /** How often a record in step is looked at again (drift). */
  lookEveryMs: number;
  /** A record's status changed. */
  changed(): void;
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

export class RecordKeeper {
  private job: DdnsJob | null;
  private phase: DdnsPhase = { phase: 'settled' };
  private state: RecordState;
  private busy = false;
  private closed = false;
  private timer: Timer | null = null;
  private readonly abort = new AbortController();
  private lastUpdateAt: number | null = null;
  private lastPropagationMs: number | null = null;
  private lastLookAt: number | null = null;
  /** Looks made while propagating since the last update: the wait before the next doubles with each. */
  private proveLooks = 0;

  constructor(
    readonly record: DdnsRecord,
    private readonly fp: string,
    private readonly updater: DdnsUpdater,
    private readonly o: KeeperOptions,
  ) {
    const stored = o.store.ddnsJobs().find((j) => j.recordId === record.id) ?? null;
    // A stop holds for the settings it was given for; an edited record starts afresh.
    this.job = stored && !(stored.status === 'stopped' && stored.fingerprint !== fp) ? stored : null;
    // A pending update resumes under the record's settings as they are now.
    if (this.job?.status === 'pending') this.job = { ...this.job, fingerprint: fp };
    if (this.job?.status === 'stopped') this.phase = { phase: 'stopped', reason: this.job.reason ?? 'stopped' };
    if (this.job?.status === 'done') this.lastUpdateAt = this.job.doneAt;
    this.state =
      this.job?.status === 'stopped'
        ? { state: 'stopped', why: this.phase.phase === 'stopped' ? this.phase.reason : '' }
        : { state: 'updating', why: 'waiting for a confirmed address' };
  }

  get family(): 4 | 6 {
    return this.record.type === 'A' ? 4 : 6;
  }

  /**
   * At start: brings the record to the confirmed address. A pending update resumes; one already
   * done is looked at; otherwise a provider that can read is asked first and updated only when it differs.
   */
  async start(current: Confirmed | null): Promise<void> {
    const stored = this.job;
    if (stored?.status === 'pending') {
      // Resumed; an address confirmed while the monitor was down replaces it (keeping its wait).
      if (current && current.address !== stored.want) return this.confirm(current);
      return this.schedule(stored.nextAt, () => this.attempt());
    }
    const done = stored?.status === 'done' && stored.fingerprint === this.fp;
    if (done && (!current || current.address === stored.want))
      return this.schedule(this.o.clock.now(), () => this.look());
    if (!current) return;
    const job = onConfirmed(stored, this.record.id, this.fp, current, this.o.clock.now());
    if (!job) return;
    if (this.updater.check) {
      const seen = await this.updater.check(job.want, this.abort.signal).catch(() => null);
      if (this.closed) return;
      if (seen?.kind === 'unchanged') {
        this.save(heldAlready(job, this.o.clock.now()));
        return this.schedule(this.o.clock.now(), () => this.look());
      }
    }
    this.confirm(current);
  }

  /** The engine confirmed a new address of the record's family. */
  confirm(c: Confirmed): void {
    const job = onConfirmed(this.job, this.record.id, this.fp, c, this.o.clock.now());
    if (!job || this.closed) return;
    this.save(job);
    this.setPhase({ phase: 'sending' }, { state: 'updating' });
    if (this.busy) return;
    // Due now: sent at once, not after a timer behind whatever else the change set going.
    if (job.nextAt <= this.o.clock.now()) {
      this.cancelTimer();
      void this.attempt();
    } else this.schedule(job.nextAt, () => this.attempt());
  }

  status(): DdnsRecordStatus {
    const { record: r, state } = this;
    return {
      id: r.id,
      provider: r.provider,
      name: recordName(r).name,
      type: r.type,
      state: state.state,
      why: state.state === 'in-step' || state.state === 'propagating' ? null : (state.why ?? this.job?.reason ?? null),
      address: this.job?.want ?? null,
      waitingFor: state.state === 'propagating' ? state.waitingFor : [],
      notAsked: [],
      nextAttemptAt: state.state === 'waiting' ? state.at : null,
      lastUpdateAt: this.lastUpdateAt,
      lastPropagationMs: this.lastPropagationMs,
      lastLookAt: this.lastLookAt,
    };
  }

  close(): void {
    this.closed = true;
    this.abort.abort();
    this.cancelTimer();
  }

  private save(job: DdnsJob): void {
    this.job = job;
    try {
      this.o.store.putDdnsJob(job);
    } catch (err) {
      this.o.logger.error('ddns job not saved', { record: job.recordId, error: messageOf(err) });
    }
  }

  private setPhase(phase: DdnsPhase, state: RecordState): void {
    this.phase = phase;
    this.state = state;
    this.o.changed();
  }

  private cancelTimer(): void {
    if (this.timer) this.o.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(at: number, run: () => Promise<void>): void {
    if (this.closed) return;
    this.cancelTimer();
    this.timer = this.o.clock.setTimeout(
      () => {
        this.timer = null;
        void run();
      },
      Math.max(0, at - this.o.clock.now()),
    );
  }

  private async attempt(): Promise<void> {
    const job = this.job;
    if (!job || job.status !== 'pending' || this.busy || this.closed) return;
    this.busy = true;
    this.setPhase({ phase: 'sending' }, { state: 'updating', ...(job.reason ? { why: job.reason } : {}) });
    const outcome = await this.updater.update(job.want, this.abort.signal);
    this.busy = false;
    if (this.closed) return;
    const now = this.o.clock.now();
    const newer = this.job !== job && this.job?.status === 'pending' ? this.job : null;
    const next = afterOutcome(newer && outcome.kind !== 'stop' ? newer : job, outcome, now, this.o.random());
    const log = { record: job.recordId, address: job.want, outcome: outcome.kind };
    if (newer && outcome.kind !== 'stop') return this.schedule(now, () => this.attempt());
    this.save(next);
    if (next.status === 'stopped') {
      this.o.logger.warn('ddns record switched off', { ...log, reason: next.reason });
      return this.setPhase(
        { phase: 'stopped', reason: next.reason ?? '' },
        { state: 'stopped', why: next.reason ?? '' },
      );
    }
    if (next.status === 'pending') {
      this.o.logger.info('ddns update will be retried', { ...log, reason: next.reason, at: next.nextAt });
      this.setPhase({ phase: 'sending' }, { state: 'waiting', why: next.reason ?? 'retrying', at: next.nextAt });
      return this.schedule(next.nextAt, () => this.attempt());
    }
    this.o.logger.info('ddns record updated', log);
    this.lastUpdateAt = now;
    this.proveLooks = 0;
    this.setPhase({ phase: 'sent', at: now }, { state: 'propagating', waitingFor: [] });
    this.schedule(now, () => this.look());
  }

  /** Asks the authoritative servers once; in step, still propagating, failed, or drifted (sent again). */
  private async look(): Promise<void> {
    const job = this.job;
    if (!job || job.status !== 'done' || this.busy || this.closed) return;
    this.busy = true;
    const type = this.record.type;
    const answers = await zoneServers(recordName(this.record), this.o.resolver).then(
      ({ servers }) =>
        lookOnce({
          servers,
          name: recordName(this.record).name,
          type,
          port: this.o.dnsPort,
          timeoutMs: this.o.lookTimeoutMs,
        }),
      (err: unknown) => err as Error,
    );
    this.busy = false;
    if (this.closed) return;
    if (this.job !== job) {
      // A newer address came while the servers were asked: its update goes first.
      if (this.job?.status === 'pending') this.schedule(this.job.nextAt, () => this.attempt());
      return;
    }
    const now = this.o.clock.now();
    this.lastLookAt = now;
    if (answers instanceof Error) {
      this.setPhase(this.phase, { state: 'failed', why: `the authoritative servers: ${answers.message}` });
      return this.schedule(now + this.o.lookEveryMs, () => this.look());
    }
    const { state, resend } = recordState(this.phase, job.want, answers, now, this.o.proveLimitMs);
    if (state.state === 'in-step' && this.phase.phase === 'sent') {
      this.lastPropagationMs = now - this.phase.at;
      this.o.logger.info('ddns record in step', { record: job.recordId, ms: this.lastPropagationMs });
    }
    if (resend) {
      this.o.logger.warn('ddns record drifted; setting it right', {
        record: job.recordId,
        why: state.state === 'updating' ? state.why : '',
      });
      this.save(redo(job, now, state.state === 'updating' ? (state.why ?? 'drifted') : 'drifted'));
      this.setPhase({ phase: 'sending' }, state);
      return this.schedule(now, () => this.attempt());
    }
    const propagating = state.state === 'propagating';
    this.setPhase(propagating || state.state === 'failed' ? this.phase : { phase: 'settled' }, state);
    const proveWait = Math.min(this.o.proveEveryMs * 2 ** this.proveLooks++, this.o.proveMaxEveryMs ?? 10_000);
    this.schedule(now + (propagating ? proveWait : this.o.lookEveryMs), () => this.look());
  }
}
