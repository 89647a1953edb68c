/**
 * One look at the host's IPv6 transition: the system resolver asked for `ipv4only.arpa` AAAA
 * (bounded: LOOKUP_TIMEOUT_MS, one try), the interfaces read, both judged by shared/nat64.ts.
 * A resolver that fails or answers nothing is "no NAT64 revealed", with why in words.
 */
import { promises as dns } from 'node:dns';
import { networkInterfaces } from 'node:os';

import {
  clatInterfaces,
  type HostInterface,
  nat64Prefixes,
  transitionVerdict,
  type TransitionVerdict,
  WELL_KNOWN_NAME,
} from '../../../shared/nat64';
import { processGate } from '../net/egress-gate';

export const LOOKUP_TIMEOUT_MS = 3000;

export interface TransitionDeps {
  /** AAAA records of a name from the system's resolver (node:dns by default). */
  resolve6?: (name: string) => Promise<string[]>;
  /** The host's interfaces (os.networkInterfaces by default). */
  interfaces?: () => HostInterface[];
}

export interface TransitionReport {
  verdict: TransitionVerdict;
  /** The AAAA answers for ipv4only.arpa as the resolver gave them. */
  answers: string[];
  /** The resolver's error code when it gave none (ENOTFOUND, ENODATA, ETIMEOUT...); null when it answered. */
  lookupError: string | null;
}

/** The system's resolver, as the DDNS proof's zone walk asks it: the name asked is recorded by the egress gate. */
const systemResolve6 = (name: string): Promise<string[]> => {
  processGate.lookup(name);
  return new dns.Resolver({ timeout: LOOKUP_TIMEOUT_MS, tries: 1 }).resolve6(name);
};

const hostInterfaces = (): HostInterface[] =>
  Object.entries(networkInterfaces()).map(([name, list]) => ({
    name,
    addresses: (list ?? []).map((a) => a.address),
  }));

export async function detectTransition(deps: TransitionDeps = {}): Promise<TransitionReport> {
  const resolve6 = deps.resolve6 ?? systemResolve6;
  let answers: string[] = [];
  let lookupError: string | null = null;
  try {
    answers = await resolve6(WELL_KNOWN_NAME);
  } catch (err) {
    lookupError = String((err as { code?: unknown }).code ?? (err instanceof Error ? err.message : err));
  }
  const clat = clatInterfaces((deps.interfaces ?? hostInterfaces)());
  return { verdict: transitionVerdict(nat64Prefixes(answers), clat), answers, lookupError };
}
