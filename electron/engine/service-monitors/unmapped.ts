/**
 * Which service monitors check this host on a port the home router does not forward (issue 42).
 * A TCP or HTTP monitor whose target is this machine (loopback, one of its own addresses, or
 * the public address) is reachable from outside only through a TCP port mapping on the router
 * for its port; with none (or only a disabled one), the check from here may pass while nobody
 * outside gets in. A host name counts as this machine when it resolves to one of those addresses
 * (home.example.org pointing at the public address); the caller resolves (namedHosts lists
 * what to) and passes the answers. Pure.
 */
import { isIP } from 'node:net';

import type { ServiceMonitor } from '../../../shared/settings/service-monitor';

/** What a router's port mapping tells: read by the router room (router/port-mappings.ts). */
export interface MappingLike {
  protocol: string;
  externalPort: number;
  enabled: boolean;
}

/** The host and port a TCP or HTTP monitor connects to; null for DNS monitors and unreadable URLs. */
export function monitorEndpoint(m: ServiceMonitor): { host: string; port: number } | null {
  if (m.type === 'tcp') return { host: m.host, port: m.port };
  if (m.type !== 'http') return null;
  try {
    const url = new URL(m.url);
    const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
    return { host: url.hostname.replace(/^\[|\]$/g, ''), port };
  } catch {
    return null;
  }
}

const isLoopback = (host: string): boolean => {
  const h = host.toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost') || h === '::1') return true;
  return isIP(h) === 4 && h.startsWith('127.');
};

/** The host names (not addresses, not loopback) of the enabled TCP and HTTP monitors: what to resolve. */
export function namedHosts(monitors: readonly ServiceMonitor[]): string[] {
  const names = monitors.flatMap((m) => {
    const end = m.enabled ? monitorEndpoint(m) : null;
    return end && isIP(end.host) === 0 && !isLoopback(end.host) ? [end.host.toLowerCase()] : [];
  });
  return [...new Set(names)];
}

/**
 * Ids of the enabled monitors of this host whose port has no enabled TCP mapping; `resolved`
 * holds what each host name (lower case) resolved to, absent for one that did not resolve.
 */
export function unmappedMonitors(
  monitors: readonly ServiceMonitor[],
  mappings: readonly MappingLike[],
  thisHostAddresses: readonly string[],
  resolved: ReadonlyMap<string, readonly string[]> = new Map(),
): string[] {
  const own = new Set(thisHostAddresses.map((a) => a.toLowerCase()));
  const forwarded = new Set(
    mappings.filter((m) => m.enabled && m.protocol.toUpperCase() === 'TCP').map((m) => m.externalPort),
  );
  const flagged: string[] = [];
  for (const m of monitors) {
    const end = m.enabled ? monitorEndpoint(m) : null;
    if (!end) continue;
    const host = end.host.toLowerCase();
    const here = isLoopback(host) || own.has(host) || (resolved.get(host) ?? []).some((a) => own.has(a.toLowerCase()));
    if (here && !forwarded.has(end.port)) flagged.push(m.id);
  }
  return flagged;
}
