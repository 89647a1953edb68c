/**
 * What the inventory needs to know of this machine (inventory.ts EgressFacts): the DNS servers its
 * resolver asks, the proxies its environment names, and the values of secret references (an
 * address given by reference). Read, never connected to.
 */
import { getServers } from 'node:dns';
import { readFileSync } from 'node:fs';

import { proxiesNamed } from '../net/proxy-env';
import { resolveSecretRefs, type SecretSource } from '../secrets/resolve';
import type { RevealReference } from './configured';
import type { EgressFacts } from './inventory';

/** A reference's value from `secrets`, resolved as the parts resolve theirs; null when it has none. */
export const revealFrom =
  (secrets: SecretSource): RevealReference =>
  (ref) => {
    const r = resolveSecretRefs({ value: ref }, secrets);
    return r.ok && typeof r.value.value === 'string' ? r.value.value : null;
  };

/**
 * This machine's facts: its resolver's DNS servers (without a port suffix), its environment's
 * proxies, and its references' values (from `env` and files).
 */
export function systemFacts(env: Readonly<Record<string, string | undefined>> = process.env): EgressFacts {
  const dnsServers = getServers().map((s) => s.replace(/^\[([^\]]+)\](:\d+)?$/, '$1').replace(/^([\d.]+):\d+$/, '$1'));
  const reveal = revealFrom({ env: { ...env }, readFile: (path) => readFileSync(path, 'utf8') });
  // The proxies as the HTTP client reads them (net/proxy-env.ts, the one reader): ALL_PROXY too.
  return { dnsServers, proxies: proxiesNamed(env), reveal };
}
