/**
 * The contract's part for the egress inventory (issue 63): getEgress answers what this instance
 * may contact for the current settings (the inventory, electron/engine/egress/inventory.ts) and
 * what it did contact since it started (the gate's record), with where each name's lookup went.
 * Names and ports only: never a path, a query or a secret. Pure.
 */
import * as z from 'zod/mini';

import { described } from './described';
import { GET, method, none } from './method';
import type { Schema } from './status';

/** How a destination's host is given: a name or address, or a role the engine knows only at run time. */
export const EGRESS_ROLES = ['host', 'entered', 'gateway', 'system-dns', 'zone-servers', 'local-router'] as const;
export type EgressRole = (typeof EGRESS_ROLES)[number];

export const EGRESS_PROTOCOLS = ['tcp', 'udp'] as const;
export type EgressProtocol = (typeof EGRESS_PROTOCOLS)[number];

/** The purposes, each a catalogue message `egress.purpose.<purpose>` (shared/i18n/catalogues/en/connections.ts). */
export const EGRESS_PURPOSES = [
  'echo',
  'stun',
  'dnsDetection',
  'customSource',
  'systemDns',
  'routerPortMapping',
  'routerDiscovery',
  'routerUpnp',
  'ddnsApi',
  'ddnsUpdate',
  'ddnsProof',
  'ddnsZoneWalk',
  'channel',
  'heartbeat',
  'identity',
  'discordBot',
  'signIn',
  'serviceMonitor',
  'speedTest',
  'path',
  'fleet',
  'proxy',
  'plugin',
] as const;
export type EgressPurpose = (typeof EGRESS_PURPOSES)[number];

const port = described(z.nullable(z.number()), "null: the port is learned at run time (the router's UPnP address)");

export const declaredDestinationSchema = z.object({
  id: described(z.string(), 'stable: source:ipify-v4, router:nat-pmp, channel:alerts, record:home...'),
  role: z.enum(EGRESS_ROLES),
  host: described(
    z.nullable(z.string()),
    'the name or address; null for a role. A built-in entry may be a wildcard, *.discord.gg: any name under discord.gg (not discord.gg itself)',
  ),
  port,
  protocol: z.enum(EGRESS_PROTOCOLS),
  purpose: z.enum(EGRESS_PURPOSES),
  setting: described(z.string(), 'the setting that turns it on (or off), e.g. egress.stun'),
  everySec: described(z.nullable(z.number()), 'at most once in this many seconds; null: on demand or on an event'),
  nsNames: described(
    z.optional(z.array(z.string())),
    "a DNS server's: the names it is asked NS records of (a DDNS record's zone walk: its name and each name above it); the zone-servers': the names whose NS servers they are",
  ),
  from: described(
    z.optional(z.string()),
    "the interface or local address it leaves from (monitor.fromV4/fromV6, a DNS record's `from`); absent: the system's choice",
  ),
  local: described(
    z.optional(z.boolean()),
    "true: its name may resolve to a local address (loopback, private, link-local): a name only your own network answers (localhost, .local, .home.arpa, .lan, .internal, one label) or the environment's proxy. Any other name resolving there is refused with egress.enforce (DNS rebinding)",
  ),
});
export type DeclaredDestination = z.infer<typeof declaredDestinationSchema>;

export const EGRESS_RESULTS = ['ok', 'failed', 'refused', 'open'] as const;
export type EgressResult = (typeof EGRESS_RESULTS)[number];

export const egressContactSchema = z.object({
  host: described(z.string(), 'the name or address connected to, never a path or query'),
  port: z.number(),
  protocol: z.enum(EGRESS_PROTOCOLS),
  declared: described(z.array(z.string()), 'the inventory entries it matched; empty: undeclared'),
  purposes: z.array(z.enum(EGRESS_PURPOSES)),
  count: z.number(),
  lastAt: described(z.number(), 'epoch ms'),
  lastResult: described(z.enum(EGRESS_RESULTS), 'open: under way; refused: by egress.enforce'),
  lastError: described(z.optional(z.string()), 'an error code (ETIMEDOUT...), never a message'),
  lookup: described(
    z.enum(['system', 'none']),
    "where the name's lookup went: the system's resolver, or none (an address)",
  ),
  from: described(
    z.optional(z.string()),
    "the local address the last connection left from, when one was chosen; absent: the system's choice",
  ),
});
export type EgressContact = z.infer<typeof egressContactSchema>;

export const egressLookupSchema = z.object({
  name: z.string(),
  via: described(z.literal('system'), "the system's resolver (its DNS servers: the inventory's system-dns entries)"),
  count: z.number(),
  lastAt: described(z.number(), 'epoch ms'),
});
export type EgressLookup = z.infer<typeof egressLookupSchema>;

export const egressReportSchema = z.object({
  at: described(z.number(), 'epoch ms'),
  since: described(z.number(), 'epoch ms: when the record began (the process started)'),
  enforce: z.boolean(),
  declared: z.array(declaredDestinationSchema),
  contacted: z.array(egressContactSchema),
  lookups: z.array(egressLookupSchema),
});
export type EgressReport = z.infer<typeof egressReportSchema>;

export const egressApi = {
  /** What this instance may contact for the current settings, and what it contacted since it started. */
  getEgress: method({
    summary: 'Outgoing connections: declared and contacted',
    http: GET('/egress'),
    mutates: false,
    input: none,
    output: egressReportSchema as Schema<EgressReport>,
  }),
};
