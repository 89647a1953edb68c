/**
 * What a probe is given and answers. A probe checks one monitor once (service-monitors/tcp.ts, http.ts,
 * dns.ts, picked through registry.ts); the runner (runner.ts) turns its answers into states.
 */
import type { MonitorChange } from '../../../shared/contract/monitors';
import type { Reason, WireReason } from '../../../shared/contract/reason';
import type { ServiceMonitor } from '../../../shared/settings/service-monitor';
import type { Family } from '../../../shared/types';
import type { Resolver } from '../net/resolve';
import type { NetClients } from '../net/types';

export interface ProbeDeps {
  net: NetClients;
  /** The name lookup of DNS monitors without a server of their own: the OS resolver by default. */
  resolver: Resolver;
  /** The address the monitor confirmed for a family, null when none is. */
  current(family: Family): string | null;
  userAgent: string;
  /** Epoch ms now, the engine's clock: a stamp (a source reads an HTTP-date with it), never a duration. */
  now: () => number;
}

/**
 * pass: the service answered as expected; fail: it did not (`detail` says why, in words);
 * skip: nothing can be judged now (a DNS name with no confirmed address to compare with).
 */
export interface ProbeResult {
  outcome: 'pass' | 'fail' | 'skip';
  detail: string;
  /** `detail` as a code and its values, for a reader in another language (outcome.ts). */
  reason?: Reason;
  /** How long the check took, ms. */
  ms: number;
}

export interface Probe<M extends ServiceMonitor = ServiceMonitor> {
  /** Checks once; bounded by `signal` (the runner sets the monitor's timeout). Never rejects. */
  check(monitor: M, deps: ProbeDeps, signal: AbortSignal): Promise<Omit<ProbeResult, 'ms'>>;
}

export type { MonitorChange };

/** What the runner hands the notifier (notify's ServiceInput, the same shape; no import of notify here). */
export interface ServiceChangeInput {
  type: 'service';
  at: number;
  kind: 'service-down' | 'service-up';
  monitor: string;
  name: string;
  why: string | null;
  /** `why` as a code, for a channel in another language. */
  reason?: WireReason;
  afterChange: boolean;
  downForMs: number | null;
}
