/**
 * The schema of a public address's network identity, for the contract's status and history.
 * The type, its words and its pure rules are network-identity.ts (no zod, so the dashboard's
 * first load stays without it); they are exported here too, for the engine's imports.
 */

import { z } from 'zod';

import { type NetworkIdentity, VPN_REASONS } from './network-identity';

export {
  FLAG_WORDS,
  flagWords,
  formatIdentity,
  type NetworkIdentity,
  providerChanged,
  VPN_REASONS,
  type VpnReason,
} from './network-identity';

export const networkIdentitySchema: z.ZodType<NetworkIdentity> = z.object({
  asn: z.number().nullable().describe('autonomous system number'),
  org: z.string().nullable().describe("the AS's organisation"),
  country: z.string().nullable().describe('ISO 3166-1 alpha-2'),
  vpn: z
    .enum(VPN_REASONS)
    .nullable()
    .describe(
      'why the address is flagged: a VPN provider\'s AS or warp=on ("VPN service"), a hosting AS ("hosting or cloud network")',
    ),
});
