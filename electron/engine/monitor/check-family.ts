/**
 * One check of one address family: ask the cheapest healthy source; if its answer equals
 * the last confirmed address, stop there (one request). Otherwise ask sources of other
 * providers and kinds until a quorum agrees, the budget is spent, or the family proves
 * unreachable. Health is updated only once connectivity is proven, so an outage or a
 * machine without IPv6 never trips breakers or storms retries.
 */
import { performance } from 'node:perf_hooks';

import { addressKey, validateAnswer, type V6Compare } from '../../../shared/ip';
import type { Attempt, CheckResult, Family, SourceKind } from '../../../shared/types';
import { SourceError, type IpSource } from '../sources/types';
import { type Answer, decide, effectiveQuorum } from './consensus';
import type { HealthBook, Transition } from './health';
import { orderByCost, pickConfirmers } from './planner';

export interface FamilyCheckInput {
  family: Family;
  sources: readonly IpSource[];
  health: HealthBook;
  now: () => number;
  quorum: number;
  lastKey: string | null;
  compare: V6Compare;
  /** Rotation counter for fair steady-state selection. */
  turn: number;
  maxAttempts: number;
  signal: AbortSignal;
}

export interface FamilyCheckOutcome {
  result: Exclude<CheckResult, 'disabled'>;
  ip: string | null;
  key: string | null;
  /** Sources whose answers confirmed `ip`. */
  sources: string[];
  attempts: Attempt[];
  transitions: Transition[];
  cgnat: { address: string; sourceId: string } | null;
}

const TRANSPORT: ReadonlySet<string> = new Set(['timeout', 'unreachable', 'network']);

interface Failure {
  source: IpSource;
  error: string;
  code: string;
  retryAfterMs?: number | undefined;
}

/** Resolves with null when `signal` aborted the check: a cancelled check has no verdict. */
export async function checkFamily(input: FamilyCheckInput): Promise<FamilyCheckOutcome | null> {
  const { family, health, now } = input;
  const avail = health.available(now());
  const transitions = [...avail.transitions];
  let pool = input.sources.filter((s) => avail.ids.has(s.id));
  // Every breaker open: try anyway, soonest-to-reopen first, rather than go blind.
  if (!pool.length) pool = [...input.sources].sort((a, b) => health.openUntil(a.id) - health.openUntil(b.id));
  const ordered = orderByCost(pool, input.turn);
  const quorum = effectiveQuorum(input.quorum, new Set(input.sources.map((s) => s.provider)));

  const answers: Answer[] = [];
  const failures: Failure[] = [];
  const attempts: Attempt[] = [];
  const asked = { ids: new Set<string>(), providers: new Set<string>(), kinds: new Set<SourceKind>() };
  let cgnat: FamilyCheckOutcome['cgnat'] = null;

  const ask = async (source: IpSource): Promise<void> => {
    asked.ids.add(source.id);
    asked.providers.add(source.provider);
    asked.kinds.add(source.kind);
    const t0 = performance.now();
    const base = { sourceId: source.id, provider: source.provider, kind: source.kind };
    try {
      const raw = await source.query(input.signal);
      const latencyMs = Math.round((performance.now() - t0) * 10) / 10;
      const v = validateAnswer(raw, family);
      if (v.ok) {
        answers.push({ ...base, ip: v.ip, key: addressKey(v.ip, family, input.compare) });
        attempts.push({ ...base, ok: true, ip: v.ip, latencyMs });
        return;
      }
      if (v.reason === 'cgnat' && v.address) cgnat = { address: v.address, sourceId: source.id };
      failures.push({ source, error: v.detail, code: 'rejected' });
      attempts.push({ ...base, ok: false, error: v.detail, latencyMs });
    } catch (err) {
      const latencyMs = Math.round((performance.now() - t0) * 10) / 10;
      const se =
        err instanceof SourceError ? err : new SourceError('network', err instanceof Error ? err.message : String(err));
      failures.push({ source, error: `${se.code}: ${se.message}`, code: se.code, retryAfterMs: se.retryAfterMs });
      attempts.push({ ...base, ok: false, error: `${se.code}: ${se.message}`, latencyMs });
    }
  };

  const first = ordered[0];
  if (first) await ask(first);
  const steady = answers[0] && input.lastKey !== null && answers[0].key === input.lastKey;
  let verdict = decide(answers, quorum);
  while (!steady && verdict.status !== 'agreed' && attempts.length < input.maxAttempts && !input.signal.aborted) {
    // A family that looks unreachable (no route, no address) gets one more probe, not a fan-out.
    const unreachable = failures.filter((f) => f.code === 'unreachable').length;
    const looksUnreachable = !answers.length && unreachable > 0 && unreachable === failures.length;
    if (looksUnreachable && unreachable >= 2) break;
    const need = looksUnreachable ? 1 : Math.max(1, quorum - (verdict.leader?.providers ?? 0));
    const answered = new Set(answers.map((a) => a.provider));
    const next = pickConfirmers(ordered, asked, answered, Math.min(need, input.maxAttempts - attempts.length));
    if (!next.length) break;
    await Promise.all(next.map(ask));
    verdict = decide(answers, quorum);
  }

  // Stopped mid-check: the cancelled requests say nothing about the sources or the network.
  if (input.signal.aborted) return null;

  // Blame only once something answered: when nothing did, the network is at fault, not the source.
  const proven = answers.length > 0 || failures.some((f) => !TRANSPORT.has(f.code));
  const at = now();
  const agreedKey = steady ? input.lastKey : verdict.status === 'agreed' ? verdict.key : null;
  for (const a of answers) {
    const liar = agreedKey !== null && a.key !== agreedKey;
    const t = health.record(a.sourceId, liar ? { kind: 'failure' } : { kind: 'success' }, at, {
      latencyMs: attempts.find((x) => x.sourceId === a.sourceId)?.latencyMs,
      error: liar ? `answered ${a.ip}, the quorum said otherwise` : undefined,
      blamed: true,
    });
    if (t) transitions.push(t);
  }
  for (const f of failures) {
    const outcome =
      f.code === 'rate-limited'
        ? { kind: 'rate-limited' as const, retryAfterMs: f.retryAfterMs }
        : { kind: 'failure' as const };
    const t = health.record(f.source.id, outcome, at, { error: f.error, blamed: proven });
    if (t) transitions.push(t);
  }

  const base = { attempts, transitions, cgnat };
  if (steady)
    return { ...base, result: 'unchanged', ip: answers[0]!.ip, key: input.lastKey, sources: [answers[0]!.sourceId] };
  if (verdict.status === 'agreed') {
    const result = input.lastKey === null ? 'confirmed' : verdict.key === input.lastKey ? 'unchanged' : 'changed';
    return { ...base, result, ip: verdict.ip, key: verdict.key, sources: verdict.sources };
  }
  return { ...base, result: proven ? 'uncertain' : 'unavailable', ip: null, key: null, sources: [] };
}
