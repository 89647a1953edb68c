/**
 * One address family's confirmed state (address, since when, last check, CGNAT finding)
 * and the step that turns a check outcome into events and store writes.
 */
import { type CheckCause, familyCause } from '../../../shared/check-cause';
import type { DetectionFilter } from '../../../shared/detection-filter';
import type { NetworkIdentity } from '../../../shared/identity';
import { addressKey, type V6Compare } from '../../../shared/ip';
import type {
  CheckEvent,
  CheckResult,
  EngineEvent,
  EngineStatus,
  Family,
  FamilyStatus,
  LastCheck,
  Trigger,
} from '../../../shared/types';
import type { Clock } from '../clock';
import type { IpSource } from '../sources/types';
import type { CurrentAddress, MonitorStore } from '../store/types';
import { checkFamily, type FamilyCheckOutcome } from './check-family';
import type { HealthBook } from './health';
import { mayUseWitness, type Witness } from './witness';

export interface RunContext {
  trigger: Trigger;
  sources: readonly IpSource[];
  health: HealthBook;
  clock: Clock;
  quorum: number;
  compare: V6Compare;
  maxAttempts: number;
  timeoutMs: number;
  signal: AbortSignal;
  store: MonitorStore;
  emit: (event: EngineEvent) => void;
  /** Runs a store write; a failure is reported by the engine and gives false, never a throw. */
  write: (what: string, fn: () => void) => boolean;
  /** A local witness of this family's address (witness.ts), asked only when it may settle the check. */
  witness?: (confirmedKey: string, signal: AbortSignal) => Promise<Witness | null>;
  /** How long a public answer lets a witness settle steady checks (ms); 0: never. */
  confirmMs: number;
  /** The network identity of an address, carried on a change event. */
  identify?: (ip: string) => NetworkIdentity | null;
  /** The family's detection filter (shared/detection-filter.ts): an address it drops is never taken. */
  filter?: DetectionFilter | undefined;
}

/** A family's check as the engine weighs it: the result, and whether any source gave an address. */
export interface FamilyVerdict {
  result: FamilyCheckOutcome['result'];
  /**
   * Some source answered with a public address, agreed or not. Replies without one (a captive
   * portal's page, a resolver's NXDOMAIN) prove no way out to the internet. Null when a local
   * witness settled the check, or no source is set up: no public source was asked, so nothing
   * is known of the way out.
   */
  answered: boolean | null;
  /** Why no address was confirmed, from this family's requests alone (shared/check-cause.ts); null when one was. */
  cause: CheckCause | null;
  /** The check's event, held until the engine has weighed both families' causes (settle). */
  event: CheckEvent;
}

const CONFIRMED: ReadonlySet<CheckResult> = new Set(['unchanged', 'confirmed', 'changed']);

export class FamilyRunner {
  private ip: string | null = null;
  get address(): string | null {
    return this.ip;
  }
  private key: string | null = null;
  private since: number | null = null;
  private lastCheck: LastCheck | null = null;
  private cgnat: string | null = null;
  private turn = 0;
  /** When public sources last settled this family; a witness may vouch until confirmMs after it. */
  /** When public sources last settled the family, on the monotonic clock (a window, not a stamp). */
  private lastPublicMono: number | null = null;
  uncertainStreak = 0;

  constructor(readonly family: Family) {}

  /** Takes up the last confirmed address from the store after a restart. */
  resume(current: CurrentAddress | null, compare: V6Compare): void {
    this.ip = current?.ip ?? null;
    this.since = current?.since ?? null;
    this.rekey(compare);
  }

  rekey(compare: V6Compare): void {
    this.key = this.ip === null ? null : addressKey(this.ip, this.family, compare);
  }

  status(enabled: boolean): FamilyStatus {
    return {
      family: this.family,
      enabled,
      ip: this.ip,
      since: this.since,
      lastCheck: this.lastCheck,
      cgnat: this.cgnat,
    };
  }

  /** The latest check's cause: null when it confirmed an address, undefined before the first check. */
  latestCause(): CheckCause | null | undefined {
    return this.lastCheck === null ? undefined : (this.lastCheck.cause ?? null);
  }

  /**
   * The check's final cause, weighed beside the other family's (shared/check-cause.ts withOther):
   * kept on the last check, and on its event, which the engine emits.
   */
  settle(verdict: FamilyVerdict, cause: CheckCause | null): CheckEvent {
    if (cause === null) return verdict.event;
    if (this.lastCheck) this.lastCheck = { ...this.lastCheck, cause };
    return { ...verdict.event, cause };
  }

  /** The check's verdict, or null when it was aborted: then nothing is recorded or emitted. */
  async check(ctx: RunContext): Promise<FamilyVerdict | null> {
    const started = ctx.clock.now();
    const t0 = performance.now();
    const witnessed = await this.askWitness(ctx);
    if (ctx.signal.aborted) return null;
    if (witnessed) return this.settleByWitness(ctx, witnessed, started, t0);
    return this.askPublic(ctx, started, t0);
  }

  private async askWitness(ctx: RunContext): Promise<Witness | null> {
    const key = this.key;
    const q = {
      trigger: ctx.trigger,
      confirmedKey: key,
      lastPublicAt: this.lastPublicMono,
      now: ctx.clock.monotonic(),
    };
    if (key === null || !ctx.witness || !mayUseWitness({ ...q, confirmMs: ctx.confirmMs })) return null;
    const w = await ctx.witness(key, ctx.signal);
    return w && addressKey(w.address, this.family, ctx.compare) === key ? w : null;
  }

  /** The witness vouches for the confirmed address: an `unchanged` check with no public request. */
  private settleByWitness(ctx: RunContext, w: Witness, started: number, t0: number): FamilyVerdict {
    const at = ctx.clock.now();
    const durationMs = Math.round(performance.now() - t0);
    ctx.write('check', () =>
      ctx.store.recordCheck({
        family: this.family,
        ip: this.ip,
        at,
        trigger: ctx.trigger,
        sources: [w.by],
        result: 'unchanged',
      }),
    );
    this.uncertainStreak = 0;
    this.lastCheck = { at, trigger: ctx.trigger, result: 'unchanged', durationMs, requests: 0, witness: w.by };
    const event: CheckEvent = {
      type: 'check',
      at: started,
      family: this.family,
      trigger: ctx.trigger,
      result: 'unchanged',
      ip: this.ip,
      requests: 0,
      durationMs,
      attempts: [],
      witness: w.by,
    };
    return { result: 'unchanged', answered: null, cause: null, event };
  }

  private async askPublic(ctx: RunContext, started: number, t0: number): Promise<FamilyVerdict | null> {
    const { clock, store, emit, write } = ctx;
    const out = await checkFamily({
      family: this.family,
      sources: ctx.sources,
      health: ctx.health,
      now: () => clock.now(),
      quorum: ctx.quorum,
      lastKey: this.key,
      // The router's news of a new address: a quorum decides, not the first answer.
      steadyShortcut: ctx.trigger !== 'router',
      compare: ctx.compare,
      turn: this.turn++,
      maxAttempts: ctx.maxAttempts,
      timeoutMs: ctx.timeoutMs,
      signal: ctx.signal,
      filter: ctx.filter,
    });
    if (!out) return null;
    const at = clock.now();
    write('source attempts', () => {
      for (const a of out.attempts)
        store.recordSourceAttempt({ sourceId: a.sourceId, at, ok: a.ok, latencyMs: a.latencyMs });
    });
    for (const t of out.transitions) emit({ type: 'source-health', at, ...t });
    if (out.cgnat && out.cgnat.address !== this.cgnat) {
      this.cgnat = out.cgnat.address;
      emit({ type: 'cgnat', at, family: this.family, address: out.cgnat.address, sourceId: out.cgnat.sourceId });
    }
    let result = out.result;
    if ((result === 'changed' || result === 'confirmed') && out.ip !== null && out.key !== this.key) {
      const change = {
        type: 'change' as const,
        at,
        family: this.family,
        from: this.ip,
        to: out.ip,
        fromSince: this.since,
        trigger: ctx.trigger,
        sources: out.sources,
        ...(ctx.identify && {
          identity: ctx.identify(out.ip),
          fromIdentity: this.ip === null ? null : ctx.identify(this.ip),
        }),
      };
      if (write('change', () => store.recordChange(change))) {
        this.since = at;
        this.key = out.key;
        emit(change);
      } else {
        // A change the history cannot keep is not declared: the next (sooner) check tries again.
        result = 'uncertain';
      }
    }
    if (result !== 'uncertain' && out.ip !== null) this.ip = out.ip;
    if (result === 'unchanged' || result === 'confirmed' || result === 'changed')
      this.lastPublicMono = ctx.clock.monotonic();
    write('check', () =>
      store.recordCheck({
        family: this.family,
        ip: out.ip,
        at,
        trigger: ctx.trigger,
        sources: out.sources,
        result,
        requests: out.requests,
      }),
    );
    this.uncertainStreak = result === 'uncertain' ? this.uncertainStreak + 1 : 0;
    const requests = out.requests;
    this.lastCheck = {
      at,
      trigger: ctx.trigger,
      result,
      durationMs: Math.round(performance.now() - t0),
      requests,
      attempts: out.attempts,
    };
    const event: CheckEvent = {
      type: 'check',
      at: started,
      family: this.family,
      trigger: ctx.trigger,
      result,
      ip: out.ip,
      requests,
      durationMs: this.lastCheck.durationMs,
      attempts: out.attempts,
    };
    const cause = familyCause(out.attempts, CONFIRMED.has(result));
    // No source set up: no request was sent, so nothing is known of the network (no outage, no "offline").
    // An address the detection filter dropped came back all the same: the way out works.
    const answered = ctx.sources.length ? out.attempts.some((a) => a.ok || a.filtered === true) : null;
    return { result, answered, cause, event };
  }
}

/** Each family's status for the engine's, with the network identity of its address when one is looked up. */
export function familyStatuses(
  families: Record<Family, FamilyRunner>,
  monitor: { ipv4: boolean; ipv6: boolean },
  identify?: (ip: string) => NetworkIdentity | null,
): EngineStatus['families'] {
  const withIdentity = (s: FamilyStatus): FamilyStatus =>
    identify ? { ...s, identity: s.ip === null ? null : identify(s.ip) } : s;
  return { v4: withIdentity(families[4].status(monitor.ipv4)), v6: withIdentity(families[6].status(monitor.ipv6)) };
}
