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
 *   zone-servers  | an address a configured zone's NS names resolved to (`zones`: what the
 *                 | gate learned from ddns/propagation.ts), of a zone the entry's nsNames
 *                 | hold, port 53, claimed as a zone's name server (DDNS proof)
 *
 * And after a name's lookup, what the socket will connect to (`localRefused`): a name whose
 * addresses are in local space (loopback, private, link-local, unique-local, unspecified) reaches
 * them only when an entry of that name is declared `local` (a name you entered that only your own
 * network answers: `localhost`, `.local`, `.home.arpa`...; the environment's proxy). Any other
 * name is a public one, and an answer in local space is DNS rebinding: a public name turned
 * against a service on this machine or its network.
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
  /** The local address the connection leaves from, when one is chosen (issue 76): recorded, never matched. */
  from?: string;
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

/** Where a name answered in local space must not lead unless declared (ipaddr.js's range names). */
const LOCAL_SPACE = new Set(['private', 'linkLocal', 'uniqueLocal', 'loopback', 'unspecified']);

/** An address in local space: this machine or its own network (an IPv4-mapped one read as IPv4). */
export function inLocalSpace(address: string): boolean {
  const parsed = parseAddress(address);
  return parsed !== null && LOCAL_SPACE.has(parsed.addr.range());
}

/**
 * A name only a local network answers, never the public DNS: `localhost` and `.localhost`
 * (RFC 6761 §6.3), `.local` (mDNS, RFC 6762), `.home.arpa` (RFC 8375), `.internal` (ICANN's
 * private-use name, 2024), `.lan` (dnsmasq's and OpenWrt's default), and a name of one label (a
 * search domain's). Such a name you entered may resolve to a local address. Pure.
 */
export function isLocalName(host: string): boolean {
  const name = normalHost(host);
  if (parseAddress(name) !== null || name === '' || name.startsWith('*')) return false;
  return !name.includes('.') || /(?:^|\.)(?:localhost|local|home\.arpa|internal|lan)$/.test(name);
}

/**
 * The addresses a socket to `name` may connect to, from those its lookup gave: all of them when
 * none is in local space or an entry of that name is declared local; else the others, and an
 * empty list when every one is local (refused). Pure.
 */
export function localRefused(
  declared: readonly DeclaredDestination[],
  name: string,
  addresses: readonly string[],
): { allowed: string[]; local: string[] } {
  const host = normalHost(name);
  const local = addresses.filter(inLocalSpace);
  const declaredLocal = declared.some((d) => d.local === true && d.host !== null && normalHost(d.host) === host);
  if (local.length === 0 || declaredLocal || parseAddress(host) !== null) return { allowed: [...addresses], local: [] };
  return { allowed: addresses.filter((a) => !inLocalSpace(a)), local };
}

/** A declared host written `*.example.org`: any name under example.org, compared label by label. */
const underWildcard = (declared: string, host: string): boolean =>
  declared.startsWith('*.') && host.endsWith(declared.slice(1)) && host.length > declared.length - 1;

/** The zones whose NS names an address was learned as (the gate's record; none: it is no zone's server). */
export type ZonesOf = (address: string) => ReadonlySet<string>;

const NO_ZONES: ZonesOf = () => new Set();

export function matches(d: DeclaredDestination, ask: EgressAsk, zonesOf: ZonesOf = NO_ZONES): boolean {
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
      if (ask.as !== 'zone-servers') return false;
      return (d.nsNames ?? []).some((zone) => zonesOf(host).has(normalHost(zone)));
  }
}

/** The inventory entries a connection matches; none: it is undeclared. */
export const matching = (
  declared: readonly DeclaredDestination[],
  ask: EgressAsk,
  zonesOf: ZonesOf = NO_ZONES,
): DeclaredDestination[] => declared.filter((d) => matches(d, ask, zonesOf));
