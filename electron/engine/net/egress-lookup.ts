/**
 * The name lookup every socket IPWatch opens by name is handed (issue 63): it tells the egress
 * gate the name (its report's `lookups`), then asks the system's resolver exactly as Node's
 * default would (dns.lookup, getaddrinfo, with the socket's own options: family, hints), and
 * gives the socket only the addresses the gate admits (issue 73: a public name answered in local
 * space is refused with egress.enforce, egress-match.ts `localRefused`). The socket connects to
 * what the gate compared: no second lookup. So a name the system's resolver is asked for is
 * recorded where the socket asks, once per lookup, not per request: a kept-alive connection asks
 * nothing and records nothing. A socket with a forced family takes net/resolve.ts
 * `forcedLookup` instead, which admits the same way.
 */
import { type LookupAddress, type LookupOptions, promises as dns } from 'node:dns';
import type { LookupFunction } from 'node:net';

import { type EgressGate, processGate } from './egress-gate';

/** A name's addresses as getaddrinfo gives them for the socket's options; tests inject one. */
export type AddressLookup = (hostname: string, options: LookupOptions) => Promise<LookupAddress[]>;

const systemAddresses: AddressLookup = (hostname, options) => dns.lookup(hostname, { ...options, all: true });

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** The addresses `gate` admits of those found, answered as the socket asked (one, or `all`). */
export function answerAdmitted(
  gate: EgressGate,
  hostname: string,
  found: readonly LookupAddress[],
  all: boolean | undefined,
  callback: LookupCallback,
): void {
  let admitted: LookupAddress[];
  try {
    const allowed = new Set(
      gate.admit(
        hostname,
        found.map((a) => a.address),
      ),
    );
    admitted = found.filter((a) => allowed.has(a.address));
  } catch (err) {
    return callback(err as NodeJS.ErrnoException, '');
  }
  if (all) return callback(null, admitted);
  const [first] = admitted;
  if (first) callback(null, first.address, first.family);
  else callback(Object.assign(new Error(`${hostname} not found`), { code: 'ENOTFOUND' }), '');
}

/** A net/tls/http `lookup` that records each name with `gate`, asks `find`, and gives the socket what `gate` admits. */
export function recordedLookup(gate: EgressGate = processGate, find: AddressLookup = systemAddresses): LookupFunction {
  return (hostname, options, callback) => {
    gate.lookup(hostname);
    find(hostname, options).then(
      (found) => answerAdmitted(gate, hostname, found, options.all, callback as LookupCallback),
      (err: NodeJS.ErrnoException) => (callback as LookupCallback)(err, ''),
    );
  };
}

/** The process gate's: what the clients without a gate of their own hand their sockets. */
export const systemLookup: LookupFunction = recordedLookup();
