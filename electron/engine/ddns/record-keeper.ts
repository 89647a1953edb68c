/**
 * One record kept in step (keeper.ts holds them all): its durable job (plan.ts decides it,
 * store/ddns-jobs.ts keeps it), the update sent and retried with backoff, then the proof at the
 * zone's authoritative servers this host can reach (record-look.ts) until all answer, and a
 * periodic look that catches drift and sets it right, once: a record changed behind IPWatch's
 * back again within the hour stops (two-writers.ts). At start, a record that already holds the
 * address is not sent again (No-IP counts repeated `nochg` as abuse): the provider's API reads
 * it where it can, the servers say otherwise. Never throws, and never stays busy: an updater
 * that throws is a retry in words, with the error in the log. Every wait, window and duration runs
 * on the monotonic clock (a retry due in 33 s stays due in 33 s when the wall clock is set back a
 * day); the wall clock stamps the job and what status shows, and a job read back at start waits
 * what is left of its own wait, never more (plan.ts resumedWait).
 */
import type { DdnsRecordStatus } from '../../../shared/contract/ddns';
import type { DdnsRecord } from '../../../shared/settings/ddns';
import { systemRouteTo } from '../net/route-to';
import type { DdnsJob } from '../store/ddns-jobs';
import { ApiReads } from './api-reads';
import { guardedUpdater } from './guarded-updater';
import { heldAfterRead, heldAfterServers, heldAfterUpdate } from './held';
import { type KeeperOptions, UPDATE_COUNT } from './keeper-options';
import { KeeperTimer } from './keeper-timer';
import { afterOutcome, type Confirmed, heldAlready, onConfirmed, redo, resumedWait } from './plan';
import {
  type AuthServer,
  type DdnsPhase,
  inStep,
  MAX_PROVE_EVERY_MS,
  type RecordState,
  serverWords,
} from './propagation';
import { askServers, type Judged, type LookDeps, lookAtRecord } from './record-look';
import { afterDrift, anotherWriterReason } from './two-writers';
import type { CheckResult, DdnsOutcome, DdnsUpdater, UpdateResult } from './types';
import { codeField, jobWhy, statusWhy, why, type Why } from './why';
import { recordName } from './zone-servers';

export { type KeeperOptions, UPDATE_COUNTS, type UpdateCount } from './keeper-options';

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

export class RecordKeeper {
  private job: DdnsJob | null;
  private phase: DdnsPhase = { phase: 'settled' };
  private state: RecordState;
  private busy = false;
  private closed = false;
  private readonly timer: KeeperTimer;
  private readonly abort = new AbortController();
  private lastUpdateAt: number | null = null;
  private lastPropagationMs: number | null = null;
  private lastLookAt: number | null = null;
  /** Looks made while propagating since the last update: the wait before the next doubles with each. */
  private proveLooks = 0;
  /** The servers the last look could not ask (no route from here). */
  private notAsked: AuthServer[] = [];
  /** What reading the record through its provider's API has taught: proxied, and failed reads. */
  private readonly api: ApiReads;
  /** When the record was last seen changed behind IPWatch's back (two-writers.ts). */
  private drifts: number[] = [];
  /** The address the record is known to hold (held.ts); null: not known. */
  private holds: string | null = null;

  private readonly updater: DdnsUpdater;

  constructor(
    readonly record: DdnsRecord,
    private readonly fp: string,
    updater: DdnsUpdater,
    private readonly o: KeeperOptions,
  ) {
    // Whatever the provider does, its calls resolve with an outcome (a throw is a retry in words).
    this.updater = guardedUpdater(updater, o.logger);
    this.api = new ApiReads(o.random);
    const stored = o.store.ddnsJobs().find((j) => j.recordId === record.id) ?? null;
    // A stop holds for the settings it was given for; an edited record starts afresh.
    this.job = stored && !(stored.status === 'stopped' && stored.fingerprint !== fp) ? stored : null;
    // A pending update resumes under the record's settings as they are now.
    if (this.job?.status === 'pending') this.job = { ...this.job, fingerprint: fp };
    this.timer = new KeeperTimer(o.clock, (err) =>
      o.logger.error('ddns record step failed', { record: record.id, error: messageOf(err) }),
    );
    if (this.job?.status === 'pending') this.timer.dueIn(resumedWait(this.job, o.clock.now()));
    if (this.job?.status === 'stopped') {
      const w = jobWhy(this.job, 'reason.ddns.stopped');
      this.phase = { phase: 'stopped', reason: w.text, ...codeField(w.code) };
    }
    if (this.job?.status === 'done') this.lastUpdateAt = this.job.doneAt;
    // Written and accepted under these settings before the restart; the first look (at once) tells if it still holds.
    if (this.job?.status === 'done' && this.job.fingerprint === fp) this.holds = this.job.want;
    const noAddress = why('reason.ddns.noAddressYet');
    this.state =
      this.phase.phase === 'stopped'
        ? { state: 'stopped', why: this.phase.reason, ...codeField(this.phase.code) }
        : { state: 'updating', why: noAddress.text, code: noAddress.code };
  }

  get family(): 4 | 6 {
    return this.record.type === 'A' ? 4 : 6;
  }

  /**
   * At start: brings the record to the confirmed address. A pending update resumes; one already
   * done is looked at; otherwise the record is read first (the provider's API, or the servers
   * when the API cannot read) and updated only when it differs.
   */
  async start(current: Confirmed | null): Promise<void> {
    const stored = this.job;
    if (stored?.status === 'pending') {
      // Resumed; an address confirmed while the monitor was down replaces it (keeping its wait).
      if (current && current.address !== stored.want) return this.confirm(current);
      return this.resume(stored);
    }
    const done = stored?.status === 'done' && stored.fingerprint === this.fp;
    if (done && (!current || current.address === stored.want)) return this.timer.schedule(0, () => this.look());
    if (!current) return;
    const job = onConfirmed(stored, this.record.id, this.fp, current, this.o.clock.now());
    if (!job) return;
    const held = await this.holdsAlready(job.want);
    if (this.closed || this.job !== stored) return;
    if (held === true) {
      this.o.logger.info('ddns record already holds the address; nothing sent', { record: job.recordId });
      this.save(heldAlready(job, this.o.clock.now()));
      return this.timer.schedule(0, () => this.look());
    }
    if (held === false) return this.confirm(current);
    // The provider's read failed for a reason that heals (503, no answer): it was a request to
    // the provider all the same, so it counts as the first attempt and the update waits its turn.
    const next = this.after(job, held, this.o.random());
    this.save(next);
    this.resume(next);
  }

  /** The engine confirmed a new address of the record's family. */
  confirm(c: Confirmed): void {
    const job = onConfirmed(this.job, this.record.id, this.fp, c, this.o.clock.now());
    if (!job || this.closed) return;
    // A pending job's wait is kept (plan.ts); anything else is due now.
    if (this.job?.status !== 'pending') this.timer.dueIn(0);
    const waitedFor = this.phase.phase === 'waiting' ? { text: this.phase.reason, code: this.phase.code } : null;
    this.save(job);
    if (this.busy) return this.setPhase({ phase: 'sending' }, { state: 'updating' });
    this.resume(job, waitedFor);
  }

  status(): DdnsRecordStatus {
    const { record: r, state } = this;
    return {
      id: r.id,
      provider: r.provider,
      name: recordName(r).name,
      type: r.type,
      state: state.state,
      ...statusWhy(state, this.job),
      address: this.job?.want ?? null,
      holds: this.holds,
      waitingFor: state.state === 'propagating' ? state.waitingFor : [],
      notAsked: this.notAsked.map(serverWords),
      nextAttemptAt: state.state === 'waiting' ? this.timer.left().at : null,
      lastUpdateAt: this.lastUpdateAt,
      lastPropagationMs: this.lastPropagationMs,
      lastLookAt: this.lastLookAt,
    };
  }

  close(): void {
    this.closed = true;
    this.abort.abort();
    this.timer.close();
  }

  /** A pending job sent now when due, else waiting for its time. */
  private resume(job: DdnsJob, waited: Why | null = null): void {
    const { ms, at } = this.timer.left();
    if (ms === 0) {
      // Due now: sent at once, not after a timer behind whatever else the change set going.
      this.timer.cancel();
      this.setPhase({ phase: 'sending' }, { state: 'updating' });
      void this.attempt();
      return;
    }
    const w = job.reason === null && waited ? waited : jobWhy(job, 'reason.ddns.providerWait');
    this.wait(w, at);
    this.timer.schedule(ms, () => this.attempt());
  }

  /** The job after `outcome` (plan.ts), its wait, when it is retried, counted from now on the monotonic clock. */
  private after(job: DdnsJob, outcome: DdnsOutcome, random: number): DdnsJob {
    const next = afterOutcome(job, outcome, this.o.clock.now(), random);
    if (next.status === 'pending') this.timer.dueIn(next.waitMs ?? 0);
    return next;
  }

  /** Waiting until `at` to try again, because of `w`. */
  private wait(w: Why, at: number): void {
    const code = codeField(w.code);
    this.setPhase({ phase: 'waiting', reason: w.text, at, ...code }, { state: 'waiting', why: w.text, at, ...code });
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

  private check(want: string): Promise<CheckResult> {
    return this.updater.check!(want, this.abort.signal);
  }

  private lookDeps(): LookDeps {
    const { o } = this;
    return {
      where: recordName(this.record),
      type: this.record.type,
      resolver: o.resolver,
      dnsPort: o.dnsPort,
      lookTimeoutMs: o.lookTimeoutMs,
      proveLimitMs: o.proveLimitMs,
      routeTo: o.routeTo ?? systemRouteTo,
      ...(this.updater.check && this.api.open(this.timer.mono()) ? { check: (want: string) => this.check(want) } : {}),
    };
  }

  /**
   * Whether the record holds `want` already: read through the provider's API where it can, else
   * (or when that read fails) from the authoritative servers. A read that failed for a reason that
   * heals, with servers that do not answer `want`, is its outcome: the keeper's first attempt.
   */
  private async holdsAlready(want: string): Promise<boolean | DdnsOutcome> {
    let failed: DdnsOutcome | null = null;
    if (this.updater.check) {
      const read = await this.check(want);
      this.holds = heldAfterRead(read, want, this.holds);
      if (read.kind === 'unchanged' || read.kind === 'differs') {
        this.api.proxied = 'proxied' in read && read.proxied === true;
        return read.kind === 'unchanged';
      }
      if (read.kind === 'retry') failed = read;
    }
    const seen = await askServers(this.lookDeps());
    this.learnFromServers(seen);
    return (!(seen instanceof Error) && inStep(seen, want)) || (failed ?? false);
  }

  /** The servers' answer counts for `holds` unless they may answer a proxy's edge (not known unproxied). */
  private learnFromServers(seen: Parameters<typeof heldAfterServers>[0] | undefined): void {
    const edge = this.updater.check !== undefined && this.api.proxied !== false;
    if (seen && !edge) this.holds = heldAfterServers(seen, this.holds);
  }

  private async attempt(): Promise<void> {
    const job = this.job;
    if (!job || job.status !== 'pending' || this.busy || this.closed) return;
    this.busy = true;
    let outcome: UpdateResult;
    try {
      const w = job.reason ? { why: job.reason, ...codeField(job.reasonCode) } : {};
      this.setPhase({ phase: 'sending' }, { state: 'updating', ...w });
      outcome = await this.updater.update(job.want, this.abort.signal);
    } finally {
      this.busy = false;
    }
    if (!this.closed) this.afterAttempt(job, outcome);
  }

  private afterAttempt(job: DdnsJob, outcome: UpdateResult): void {
    const now = this.o.clock.now();
    const mono = this.timer.mono();
    this.o.attempted?.(UPDATE_COUNT[outcome.kind]);
    // A provider that read the record on the way (Cloudflare) said whether its servers answer the edge.
    if (outcome.proxied !== undefined) this.api.proxied = outcome.proxied;
    this.holds = heldAfterUpdate(outcome, job.want, this.holds);
    const newer = this.job !== job && this.job?.status === 'pending' ? this.job : null;
    if (newer && outcome.kind !== 'stop') return this.timer.schedule(0, () => this.attempt());
    const next = this.after(job, outcome, this.o.random());
    const log = { record: job.recordId, address: job.want, outcome: outcome.kind };
    this.save(next);
    if (next.status === 'stopped') return this.switchOff(next, 'ddns record switched off until a person acts', log);
    if (next.status === 'pending') {
      this.o.logger.info('ddns update will be retried', { ...log, reason: next.reason, at: next.nextAt });
      const { ms, at } = this.timer.left();
      this.wait(jobWhy(next, 'reason.ddns.tryingAgain'), at);
      return this.timer.schedule(ms, () => this.attempt());
    }
    this.o.logger.info('ddns record updated', log);
    this.lastUpdateAt = now;
    this.proveLooks = 0;
    this.setPhase({ phase: 'sent', at: mono }, { state: 'propagating', waitingFor: [] });
    this.timer.schedule(0, () => this.look());
  }

  /** Looks at the record once: in step, still propagating, failed, or drifted (sent again, or stopped for a second writer). */
  private async look(): Promise<void> {
    const job = this.job;
    if (!job || job.status !== 'done' || this.busy || this.closed) return;
    this.busy = true;
    let seen: Awaited<ReturnType<typeof lookAtRecord>>;
    try {
      seen = await lookAtRecord(this.lookDeps(), job.want, this.phase, this.api.proxied, () => this.timer.mono());
    } finally {
      this.busy = false;
    }
    if (this.closed) return;
    if (this.job !== job) {
      // A newer address came while the record was read: its update goes first.
      if (this.job?.status === 'pending') this.resume(this.job);
      return;
    }
    const now = this.o.clock.now();
    const mono = this.timer.mono();
    this.lastLookAt = now;
    const unread = this.api.note(seen.api, seen.proxied, mono);
    this.learnFromServers(seen.servers);
    if (seen.api) this.holds = heldAfterRead(seen.api, job.want, this.holds);
    if (unread !== null)
      this.o.logger.warn('ddns record could not be read through the API', { record: job.recordId, why: unread });
    // The provider refused the read for good (credentials refused, the record gone): a person must
    // act, as for a refused update; asking again at every look would only be refused again.
    if (seen.api?.kind === 'stop' && !seen.api.readOnly) {
      const next = this.after(job, seen.api, 0);
      this.save(next);
      return this.switchOff(next, 'ddns record switched off: its read was refused', { record: job.recordId });
    }
    if (seen.judged) this.judge(job, seen.judged, mono);
    else {
      // Only the API can tell (a proxied record): what it last said stands, until it has been unread too long.
      const min = unread === null ? null : this.api.unreadFor(mono, this.o.proveLimitMs);
      if (min !== null) {
        const why = `the record could not be read through the API for ${min} min: ${unread}`;
        this.setPhase(this.phase, { state: 'failed', why });
      }
      return this.timer.schedule(Math.max(MAX_PROVE_EVERY_MS, this.api.openAt - mono), () => this.look());
    }
    const propagating = this.state.state === 'propagating';
    const proveWait = Math.min(
      this.o.proveEveryMs * 2 ** this.proveLooks++,
      Math.min(this.o.proveMaxEveryMs ?? MAX_PROVE_EVERY_MS, MAX_PROVE_EVERY_MS),
    );
    if (this.job === job && job.status === 'done')
      this.timer.schedule(propagating ? proveWait : this.o.lookEveryMs, () => this.look());
  }

  /** `now`: monotonic ms. */
  private judge(job: DdnsJob, judged: Judged, now: number): void {
    const { state, resend } = judged;
    this.notAsked = judged.notAsked;
    if (state.state === 'in-step' && this.phase.phase === 'sent') {
      this.lastPropagationMs = now - this.phase.at;
      this.o.logger.info('ddns record in step', { record: job.recordId, ms: this.lastPropagationMs });
    }
    if (resend) return this.drifted(job, state, now);
    const keepsPhase = state.state === 'propagating' || state.state === 'failed';
    this.setPhase(keepsPhase ? this.phase : { phase: 'settled' }, state);
  }

  /** Stopped (its job saved so) until a person acts: in words, logged; the state's change is its notice (state-events.ts). */
  private switchOff(job: DdnsJob, message: string, log: Record<string, unknown>): void {
    const w = jobWhy(job, 'reason.ddns.noReason');
    const code = codeField(w.code);
    this.o.logger.warn(message, { ...log, reason: w.text });
    this.setPhase({ phase: 'stopped', reason: w.text, ...code }, { state: 'stopped', why: w.text, ...code });
  }

  /**
   * Changed behind IPWatch's back (seen at monotonic `mono`): set right once; a second time within
   * the hour, another program writes it.
   */
  private drifted(job: DdnsJob, state: RecordState, mono: number): void {
    const why = state.state === 'updating' ? (state.why ?? 'drifted') : 'drifted';
    const code = state.state === 'updating' ? state.code : undefined;
    const now = this.o.clock.now();
    const { drifts, anotherWriter } = afterDrift(this.drifts, mono);
    this.drifts = drifts;
    if (anotherWriter) {
      const stop = anotherWriterReason({ text: why, code });
      const next = afterOutcome(job, { kind: 'stop', reason: stop.text, code: stop.code }, now, 0);
      this.save(next);
      return this.switchOff(next, 'ddns record switched off: another program writes it', { record: job.recordId, why });
    }
    this.o.logger.warn('ddns record drifted; setting it right', { record: job.recordId, why });
    const next = redo(job, now, why, code);
    this.timer.dueIn(0);
    this.save(next);
    this.setPhase({ phase: 'sending' }, { state: 'updating', why, ...codeField(code) });
    this.timer.schedule(0, () => this.attempt());
  }
}
