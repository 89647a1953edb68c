/**
 * Whether a connection about to be opened is one the inventory declares. A host is compared as the
 * clients connect to it (lower case, no brackets, no final dot). A role the engine learns at run
 * time matches only a connection whose site claims that role, and only where it can be true:
 *
 *   role          | matches a connection to
 *   --------------+----------------------------------------------------------------------
 *   host, entered | that host, that port, that protocol
 *   host *.d      | any name under d (not d itself), that port, that protocol: Discord's
 *                 | resume hosts, named at run time (gateway-us-east1-b.discord.gg)
 *   system-dns    | that DNS server, port 53 (the system's resolver asks it, not IPWatch)
 *   gateway       | a local address (private, link-local, ULA, loopback), claimed as the gateway
 *   local-router  | a local address, any port, claimed as the router that answered SSDP
 *   zone-servers  | any host on port 53, claimed as a zone's name server (DDNS proof, updates)
 *
 * Pure.
 */
import type { DeclaredDestination, EgressProtocol } from '../../../shared/contract/egress';
import { parseAddress } from '../../../shared/ip';

/** One connection about to be opened: where it really goes (the host and port it connects to). */
export interface EgressAsk {
  host: string;
  port: number;
  protocol: EgressProtocol;
  /** A host learned at run time: the role the site knows it by. */
  as?: 'gateway' | 'local-router' | 'zone-servers';
}

export const normalHost = (host: string): string =>
  host
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');

const LOCAL_RANGES = new Set(['private', 'linkLocal', 'uniqueLocal', 'loopback']);

/** A private, link-local, unique-local or loopback address: where a home router can be. */
export function isLocalAddress(host: string): boolean {
  const parsed = parseAddress(host);
  return parsed !== null && LOCAL_RANGES.has(parsed.addr.range());
}

/** A declared host written `*.example.org`: any name under example.org, compared label by label. */
const underWildcard = (declared: string, host: string): boolean =>
  declared.startsWith('*.') && host.endsWith(declared.slice(1)) && host.length > declared.length - 1;

export function matches(d: DeclaredDestination, ask: EgressAsk): boolean {
  if (d.protocol !== ask.protocol || (d.port !== null && d.port !== ask.port)) return false;
  const host = normalHost(ask.host);
  switch (d.role) {
    case 'host':
      return d.host !== null && (normalHost(d.host) === host || underWildcard(normalHost(d.host), host));
    case 'entered':
    case 'system-dns':
      return d.host !== null && normalHost(d.host) === host;
    case 'gateway':
    case 'local-router':
      return ask.as === d.role && isLocalAddress(host);
    case 'zone-servers':
      return ask.as === 'zone-servers';
  }
}

/** The inventory entries a connection matches; none: it is undeclared. */
export const matching = (declared: readonly DeclaredDestination[], ask: EgressAsk): DeclaredDestination[] =>
  declared.filter((d) => matches(d, ask));
