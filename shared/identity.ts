/**
 * The schema of a public address's network identity, for the contract's status and history.
 * The type, its words and its pure rules are network-identity.ts (no zod, so the dashboard's
 * first load stays without it); they are exported here too, for the engine's imports.
 */

import * as z from 'zod/mini';

import { described } from './contract/described';
import { type NetworkIdentity, VPN_REASONS } from './network-identity';
export type { NetworkShift } from './network-shift';
import type { NetworkShift } from './network-shift';

export {
  flagWords,
  formatIdentity,
  type NetworkIdentity,
  providerChanged,
  VPN_REASONS,
  type VpnReason,
} from './network-identity';

export const networkIdentitySchema: z.ZodMiniType<NetworkIdentity> = z.object({
  asn: described(z.nullable(z.number()), 'autonomous system number'),
  org: described(z.nullable(z.string()), "the AS's organisation"),
  country: described(z.nullable(z.string()), 'ISO 3166-1 alpha-2'),
  vpn: described(
    z.nullable(z.enum(VPN_REASONS)),
    'why the address is flagged: a VPN provider\'s AS or warp=on ("VPN service"), a hosting AS ("hosting or cloud network")',
  ),
  block: described(
    z.optional(z.nullable(z.string())),
    'the announced prefix holding the address, from the offline AS table (CIDR); absent or null when unknown',
  ),
});

const asn = described(z.number(), 'autonomous system number');
const cidr = described(z.string(), 'the announced prefix (CIDR), from the offline AS table');

/** What changed in the network with an address change (shared/network-shift.ts). */
export const networkShiftSchema: z.ZodMiniType<NetworkShift> = described(
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('same-block'), block: cidr, fromAsn: asn, toAsn: asn }),
    z.object({ kind: z.literal('network'), fromAsn: asn, toAsn: asn }),
    z.object({ kind: z.literal('block'), asn, fromBlock: cidr, toBlock: cidr }),
  ]),
  'same-block: the new address is in the old address block, announced by another AS; network: another AS; block: another announced prefix of the same AS',
);
