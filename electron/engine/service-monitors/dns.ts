/**
 * A DNS monitor: the name resolves to the address the monitor confirmed for its family (A for
 * IPv4, AAAA for IPv6). Asked of the monitor's own server when it names one (one UDP query over
 * the engine's client, as the DNS sources ask), else of the injected resolver (the OS's).
 * Without a confirmed address there is nothing to compare with: skipped, not failed.
 */
import { english } from '../../../shared/i18n/translators';
import type { DnsMonitor } from '../../../shared/settings/service-monitor';
import { errorInWords } from '../../../shared/words/error';
import { resolveFamily } from '../net/resolve';
import { createDnsSource } from '../sources/dns';
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
    { net: deps.net, timeoutMs: m.timeoutSec * 1000, userAgent: deps.userAgent, now: () => Date.now() },
  );
  return [await source.query(signal)];
}

export const dnsProbe: Probe<DnsMonitor> = {
  async check(m, deps, signal) {
    const current = deps.current(m.family);
    if (!current) return { outcome: 'skip', detail: `no confirmed IPv${m.family} address to compare with yet` };
    try {
      const found = await lookup(m, deps, signal);
      if (found.includes(current)) return { outcome: 'pass', detail: `${m.host} resolves to the current address` };
      return { outcome: 'fail', detail: `${m.host} resolves to ${found.join(', ')}, not the current ${current}` };
    } catch (err) {
      const raw = err instanceof Error ? err.message : String(err);
      return { outcome: 'fail', detail: signal.aborted ? 'no answer within the timeout' : errorInWords(raw, english) };
    }
  },
};
