/**
 * The probes by monitor type, and the one way a monitor is checked: bounded by its timeout,
 * timed, never rejecting (a probe that throws is a failure with its reason).
 */
import type { MonitorType, ServiceMonitor } from '../../../shared/settings/service-monitor';
import { withDeadline } from '../net/deadline';
import { dnsProbe } from './dns';
import { httpProbe } from './http';
import { outcome, reason } from './outcome';
import { tcpProbe } from './tcp';
import type { Probe, ProbeDeps, ProbeResult } from './types';

export const PROBES = { tcp: tcpProbe, http: httpProbe, dns: dnsProbe } satisfies {
  [T in MonitorType]: Probe<Extract<ServiceMonitor, { type: T }>>;
};

/** Checks `m` once. */
export async function runProbe(m: ServiceMonitor, deps: ProbeDeps, parent?: AbortSignal): Promise<ProbeResult> {
  const started = performance.now();
  const probe = PROBES[m.type] as Probe;
  try {
    const r = await withDeadline(parent ?? new AbortController().signal, m.timeoutSec * 1000, (signal) =>
      probe.check(m, deps, signal),
    );
    return { ...r, ms: Math.round(performance.now() - started) };
  } catch (err) {
    const failed = outcome('fail', reason('reason.monitor.checkFailed', { said: String(err) }));
    return { ...failed, ms: Math.round(performance.now() - started) };
  }
}
