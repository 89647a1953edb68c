/**
 * Name resolution restricted to one address family, shared by the HTTP and UDP clients: an
 * IPv6 check must never be answered over IPv4 (and the reverse), so the family is decided
 * here, before any socket exists.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';

import type { Family } from '../../../shared/types';
import { type EgressGate, processGate } from './egress-gate';
import { answerAdmitted } from './egress-lookup';
import { errorCode, NoAddressOfFamilyError } from './errors';

/** Resolves a host name to addresses of one family; node:dns by default, injectable. */
export type Resolver = (hostname: string, family: Family | 0) => Promise<string[]>;

/** The system's resolver (getaddrinfo); each name it is asked is recorded by the process's egress gate. */
export const systemResolver: Resolver = (hostname, family) =>
  new Promise((resolve, reject) => {
    processGate.lookup(hostname);
    dnsLookup(hostname, { family, all: true }, (err, addresses: LookupAddress[]) =>
      err ? reject(err) : resolve(addresses.map((a) => a.address)),
    );
  });

const isNotFound = (err: unknown) =>
  ['ENOTFOUND', 'ENODATA', 'EAI_NONAME', 'EAI_NODATA'].includes(errorCode(err) ?? '');

/**
 * Addresses of `hostname` in `family` only. An IP literal of the other family fails here,
 * since the OS would otherwise connect it over that family and break the forcing.
 */
export async function resolveFamily(hostname: string, family: Family, resolver: Resolver): Promise<string[]> {
  const literal = isIP(hostname);
  if (literal !== 0) {
    if (literal !== family) throw new NoAddressOfFamilyError(hostname, family);
    return [hostname];
  }
  try {
    const found = await resolver(hostname, family);
    if (found.length > 0) return found;
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
  // Only a second, family-less lookup tells "no AAAA" (unreachable) from "no such host".
  const any = await resolver(hostname, 0).catch(() => []);
  if (any.length > 0) throw new NoAddressOfFamilyError(hostname, family);
  throw Object.assign(new Error(`${hostname} not found`), { code: 'ENOTFOUND' });
}

type LookupCallback = (err: Error | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A net.connect `lookup` that only ever yields addresses of `family`, and of those only what
 * `gate` admits (egress-gate.ts `admit`: a public name answered in local space is refused).
 */
export function forcedLookup(family: Family, resolver: Resolver, gate: EgressGate = processGate) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
    resolveFamily(hostname, family, resolver).then(
      (addresses) =>
        answerAdmitted(
          gate,
          hostname,
          addresses.map((address) => ({ address, family })),
          options.all,
          callback,
        ),
      (err: Error) => callback(err, ''),
    );
  };
}
