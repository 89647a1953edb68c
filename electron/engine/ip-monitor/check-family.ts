/**
 * One check of one address family: ask the cheapest healthy source; if its answer equals
 * the last confirmed address, stop there (one request). Otherwise ask sources of other
 * providers and kinds until a quorum agrees, the budget is spent, or the family proves
 * unreachable. Health is updated only once connectivity is proven, so an outage or a
 * machine without IPv6 never trips breakers or storms retries.
 *
 * A source that has not answered within its hedge delay (hedge.ts) no longer holds the
 * check: the next source is asked in parallel and the first quorum wins. Requests still
 * within their delay when the verdict comes are losers: aborted, and not held against
 * their source. An outrun (hedged) request is left to its own deadline, off the check's
 * path, and judged when it settles, so a source that never answers still trips its breaker.
 */
import { performance } from 'node:perf_hooks';

import type { DetectionFilter } from '../../../shared/detection-filter';
import type { V6Compare } from '../../../shared/ip';
import type { Attempt, CheckResult, Family, SourceKind } from '../../../shared/types';
import { inEnglish, reason } from '../reason';
import type { IpSource } from '../sources/types';
import { type Answer, decide, effectiveQuorum } from './consensus';
import { type Failure, type Flight, launchFlight, type Settled } from './flight';
import type { HealthBook, Transition } from './health';
import { hedgeDelayMs } from './hedge';
import { orderByCost, pickConfirmers, requestsWanted } from './planner';

export interface FamilyCheckInput {
  family: Family;
  sources: readonly IpSource[];
  health: HealthBook;
  now: () => number;
  quorum: number;
  lastKey: string | null;
  /**
   * False when there is news of a change (the router reports a new address): a first answer
   * that repeats the last address does not end the check (it may have come through a NAT
   * mapping from before the change), a quorum has to agree.
   */
  steadyShortcut?: boolean;
  compare: V6Compare;
  /** Rotation counter for fair steady-state selection. */
  turn: number;
  maxAttempts: number;
  /** Each source's own deadline; hedges fire well before it. */
  timeoutMs: number;
  signal: AbortSignal;
  /** The family's detection filter: an answer it drops is never the address (shared/detection-filter.ts). */
  filter?: DetectionFilter | undefined;
}

export interface FamilyCheckOutcome {
  result: Exclude<CheckResult, 'disabled'>;
  ip: string | null;
  key: string | null;
  /** Sources whose answers confirmed `ip`. */
  sources: string[];
  attempts: Attempt[];
  /** Requests sent, including losers aborted and outrun ones still waiting. */
  requests: number;
  transitions: Transition[];
  cgnat: { address: string; sourceId: string } | null;
}

/** Resolves with null when `signal` aborted the check: a cancelled check has no verdict. */
export async function checkFamily(input: FamilyCheckInput): Promise<FamilyCheckOutcome | null> {
  const { health, now } = input;
  const avail = health.available(now());
  const transitions = [...avail.transitions];
  let pool = input.sources.filter((s) => avail.ids.has(s.id));
  // Every breaker open: try anyway, soonest-to-reopen first, rather than go blind.
  if (!pool.length) pool = [...input.sources].sort((a, b) => health.openUntil(a.id) - health.openUntil(b.id));
  const quorum = effectiveQuorum(input.quorum, new Set(input.sources.map((s) => s.provider)));
  const round = new Round(input);
  const { steady, verdict } = await round.ask(orderByCost(pool, input.turn), quorum);

  // Stopped mid-check: the cancelled requests say nothing about the sources or the network.
  if (input.signal.aborted) return null;

  // Blame only once something answered: when nothing did, the network is at fault, not the source.
  // A filtered answer (shared/detection-filter.ts) came back too: the way out works.
  const proven = round.answers.length > 0 || round.attempts.some((a) => a.replied === true || a.filtered === true);
  const agreedKey = steady ? input.lastKey : verdict.status === 'agreed' ? verdict.key : null;
  round.judge(agreedKey, proven, transitions);

  const outcome = (
    result: FamilyCheckOutcome['result'],
    ip: string | null,
    key: string | null,
    sources: string[],
  ): FamilyCheckOutcome => {
    const { attempts, flights, cgnat } = round;
    return { result, ip, key, sources, attempts, requests: flights.length, transitions, cgnat };
  };
  const first = round.answers[0];
  if (steady && first) return outcome('unchanged', first.ip, input.lastKey, [first.sourceId]);
  if (verdict.status === 'agreed') {
    const result = input.lastKey === null ? 'confirmed' : verdict.key === input.lastKey ? 'unchanged' : 'changed';
    return outcome(result, verdict.ip, verdict.key, verdict.sources);
  }
  return outcome(proven ? 'uncertain' : 'unavailable', null, null, []);
}

/** The requests of one check and what came back of them. */
class Round {
  readonly answers: Answer[] = [];
  readonly failures: Failure[] = [];
  readonly attempts: Attempt[] = [];
  readonly flights: Flight[] = [];
  cgnat: FamilyCheckOutcome['cgnat'] = null;
  private readonly asked = { ids: new Set<string>(), providers: new Set<string>(), kinds: new Set<SourceKind>() };

  constructor(private readonly input: FamilyCheckInput) {}

  /**
   * Asks the first source, then as many more as the answers so far call for, until the first
   * answer repeats the last confirmed address (steady), a quorum agrees, or nothing is left.
   */
  async ask(ordered: IpSource[], quorum: number): Promise<{ steady: boolean; verdict: ReturnType<typeof decide> }> {
    const { input, answers, failures, flights } = this;
    let steady = false;
    let verdict = decide(answers, quorum);
    const first = ordered[0];
    if (first) this.launch(first);
    for (;;) {
      const settled = this.attempts.length;
      const want = requestsWanted({
        settled,
        answers: answers.length,
        failureCodes: failures.map((f) => f.code),
        quorum,
        leaderProviders: verdict.status === 'pending' ? (verdict.leader?.providers ?? 0) : 0,
      });
      const pending = flights.filter((f) => !f.settled);
      const count = Math.min(want - pending.filter((f) => !f.hedged).length, input.maxAttempts - flights.length);
      if (count > 0 && !input.signal.aborted) {
        const answered = new Set(answers.map((a) => a.provider));
        for (const s of pickConfirmers(ordered, this.asked, answered, count)) this.launch(s);
      }
      const waiting = flights.filter((f) => !f.settled);
      if (!waiting.length || input.signal.aborted) break;
      await settleOrHedge(waiting);
      const t = performance.now();
      for (const f of waiting) {
        if (f.settled) this.absorb(f.settled);
        else if (!f.hedged && t >= f.hedgeAt) f.hedged = true;
      }
      steady =
        input.steadyShortcut !== false &&
        settled === 0 &&
        !failures.length &&
        input.lastKey !== null &&
        answers[0]?.key === input.lastKey;
      verdict = decide(answers, quorum);
      if (steady || verdict.status === 'agreed') break;
    }
    return { steady, verdict };
  }

  /**
   * Each request counts for its source: settled ones now (into `transitions`), outrun ones when
   * their own deadline ends them (into the next check's), and the losers still within their
   * hedge delay are aborted and not held against anyone.
   */
  judge(agreedKey: string | null, proven: boolean, transitions: Transition[]): void {
    const { health, now, signal } = this.input;
    const at = now();
    for (const f of this.flights) {
      if (f.settled) {
        const t = this.record(f.settled, agreedKey, at, proven);
        if (t) transitions.push(t);
      } else if (f.hedged) {
        void f.done.then(() => {
          if (!signal.aborted && f.settled) health.deferTransition(this.record(f.settled, agreedKey, now(), true));
        });
      } else f.abort();
    }
  }

  private launch(source: IpSource): void {
    const { input } = this;
    this.asked.ids.add(source.id);
    this.asked.providers.add(source.provider);
    this.asked.kinds.add(source.kind);
    const { family, compare, signal, timeoutMs, filter } = input;
    const ctx = { family, compare, signal, timeoutMs, filter };
    const hedgeMs = hedgeDelayMs(input.health.latencyMs(source.id), input.timeoutMs);
    this.flights.push(launchFlight(source, ctx, hedgeMs));
  }

  private absorb(s: Settled): void {
    this.attempts.push(s.attempt);
    if ('answer' in s) this.answers.push(s.answer);
    else {
      this.failures.push(s.failure);
      if (s.cgnat) this.cgnat = s.cgnat;
    }
  }

  /** One settled request in its source's health: an answer against the quorum counts as a failure. */
  private record(s: Settled, agreedKey: string | null, at: number, blamed: boolean): Transition | null {
    const { health } = this.input;
    if ('answer' in s) {
      const liar = agreedKey !== null && s.answer.key !== agreedKey;
      const why = liar ? reason('reason.source.outvoted', { address: s.answer.ip }) : undefined;
      return health.record(s.answer.sourceId, liar ? { kind: 'failure' } : { kind: 'success' }, at, {
        latencyMs: s.attempt.latencyMs,
        error: why && inEnglish(why),
        errorCode: why,
        blamed: true,
      });
    }
    const f = s.failure;
    // A filtered answer is an honest one the user's ranges leave out: the source works.
    if (f.code === 'filtered') return health.record(f.source.id, { kind: 'success' }, at, { blamed });
    const outcome =
      f.code === 'rate-limited'
        ? { kind: 'rate-limited' as const, retryAfterMs: f.retryAfterMs }
        : { kind: 'failure' as const };
    return health.record(f.source.id, outcome, at, { error: f.error, errorCode: f.errorCode, blamed });
  }
}

/** Waits until one of `waiting` settles or the earliest of their hedge times passes. */
async function settleOrHedge(waiting: readonly Flight[]): Promise<void> {
  let due = Infinity;
  const racing: Promise<void>[] = [];
  for (const f of waiting) {
    racing.push(f.done);
    if (!f.hedged && f.hedgeAt < due) due = f.hedgeAt;
  }
  let timer: NodeJS.Timeout | undefined;
  if (due !== Infinity)
    racing.push(new Promise<void>((resolve) => (timer = setTimeout(resolve, Math.max(0, due - performance.now())))));
  try {
    await Promise.race(racing);
  } finally {
    clearTimeout(timer);
  }
}
