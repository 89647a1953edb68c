/**
 * The contract's IPv6 transition part (issue 77): NAT64/DNS64 and 464XLAT as the host sees them
 * (shared/nat64.ts), and the share of the monitored time IPv6 worked (shared/ipv6-share.ts), each
 * with its words. PREF64 (RFC 8781) is not read: docs/path.md says why. Pure.
 */
import * as z from 'zod/mini';

import { described } from './described';
import { GET, method, none } from './method';
import type { Schema } from './status';

const prefix = z.object({ prefix: described(z.string(), 'the NAT64 prefix, CIDR'), length: z.number() });

export const transitionSchema = z.object({
  verdict: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('none') }),
    z.object({ kind: z.literal('nat64'), prefixes: z.array(prefix) }),
    z.object({
      kind: z.literal('464xlat'),
      prefixes: z.array(prefix),
      clat: described(z.array(z.string()), "the host's CLAT interfaces"),
    }),
  ]),
  answers: described(z.array(z.string()), 'the AAAA answers for ipv4only.arpa from the system resolver (RFC 7050)'),
  lookupError: described(z.nullable(z.string()), "the resolver's error code when it gave no answer"),
  ipv6Share: z.object({
    days: z.number(),
    percent: described(
      z.nullable(z.number()),
      'share of the monitored time with an IPv6 address, 0 to 100; null: nothing or under an hour monitored',
    ),
    monitoredMs: described(z.number(), 'the monitored time in the period, ms'),
  }),
  said: described(z.array(z.string()), 'the verdict and the share in words (English)'),
});
export type Transition = z.infer<typeof transitionSchema>;

export const transitionApi = {
  /** NAT64/DNS64 and 464XLAT as the host sees them now, and the share of time IPv6 worked. */
  getTransition: method({
    summary: 'IPv6 transition',
    http: GET('/transition'),
    mutates: false,
    input: none,
    output: transitionSchema as Schema<Transition>,
  }),
};
