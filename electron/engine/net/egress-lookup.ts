/**
 * The name lookup every socket IPWatch opens by name is handed (issue 63): it tells the egress
 * gate the name (its report's `lookups`), then asks the system's resolver exactly as Node's
 * default would (dns.lookup, getaddrinfo, with the socket's own options: family, hints, all). So a
 * name the system's resolver is asked for is recorded where the socket asks, once per lookup, not
 * per request: a kept-alive connection asks nothing and records nothing. A socket with a forced
 * family takes net/resolve.ts `forcedLookup` instead, whose system resolver records the same way.
 */
import { lookup as dnsLookup } from 'node:dns';
import type { LookupFunction } from 'node:net';

import { type EgressGate, processGate } from './egress-gate';

/** A net/tls/http `lookup` option that records each name with `gate`, then asks the system's resolver. */
export function recordedLookup(gate: EgressGate = processGate): LookupFunction {
  return (hostname, options, callback) => {
    gate.lookup(hostname);
    dnsLookup(hostname, options, callback);
  };
}

/** The process gate's: what the clients without a gate of their own hand their sockets. */
export const systemLookup: LookupFunction = recordedLookup();
