/**
 * A DNS monitor: the name resolves to the address the monitor confirmed for its family (A for
 * IPv4, AAAA for IPv6). Asked of the monitor's own server when it names one (one UDP query over
 * the engine's client, as the DNS sources ask), else of the injected resolver (the OS's).
 * Without a confirmed address there is nothing to compare with: skipped, not failed.
 */
import type { DnsMonitor } from '../../../shared/settings/service-monitor';
import { resolveFamily } from '../net/resolve';
import { createDnsSource } from '../sources/dns';
import { outcome, reason, timedOut } from './outcome';
import type { Probe, ProbeDeps } from './types';

async function lookup(m: DnsMonitor, deps: ProbeDeps, signal: AbortSignal): Promise<string[]> {
  if (!m.server) return resolveFamily(m.host, m.family, deps.resolver);
  const source = createDnsSource(
    {
      kind: 'dns',
      id: `monitor-${m.id}`,
      provider: 'monitor',
      family: m.family,
      server: m.server,
      name: m.host,
      type: m.family === 4 ? 'A' : 'AAAA',
      class: 'IN',
    },
    { net: deps.net, timeoutMs: m.timeoutSec * 1000, userAgent: deps.userAgent, now: deps.now },
  );
  return [await source.query(signal)];
}

export const dnsProbe: Probe<DnsMonitor> = {
  async check(m, deps, signal) {
    const current = deps.current(m.family);
    if (!current) return outcome('skip', reason('reason.monitor.noAddressYet', { family: m.family }));
    try {
      const found = await lookup(m, deps, signal);
      if (found.includes(current)) return outcome('pass', reason('reason.monitor.resolves', { host: m.host }));
      const elsewhere = { host: m.host, found: found.join(', '), current };
      return outcome('fail', reason('reason.monitor.resolvesElsewhere', elsewhere));
    } catch (err) {
      const raw = err instanceof Error ? err.message : String(err);
      return signal.aborted ? timedOut() : outcome('fail', reason('reason.monitor.failed', { error: raw }));
    }
  },
};
