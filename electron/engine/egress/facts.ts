/**
 * What the inventory needs to know of this machine (inventory.ts EgressFacts): the DNS servers its
 * resolver asks, the proxies its environment names, and the values of secret references (an
 * address given by reference). Read, never connected to.
 */
import { getServers } from 'node:dns';
import { readFileSync } from 'node:fs';

import { readUrl } from '../../../shared/settings/destination-url';
import { resolveSecretRefs, type SecretSource } from '../secrets/resolve';
import type { RevealReference } from './configured';
import type { EgressFacts } from './inventory';

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'];

/** The proxies `env` names, each once, as host and port (credentials and paths left out). */
export function proxiesIn(env: Readonly<Record<string, string | undefined>>): EgressFacts['proxies'] {
  const seen = new Map<string, { host: string; port: number }>();
  for (const name of PROXY_VARIABLES) {
    const read = readUrl(env[name] ?? '');
    if (read.ok) seen.set(`${read.url.hostname}:${read.url.port}`, { host: read.url.hostname, port: read.url.port });
  }
  return [...seen.values()];
}

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
  return { dnsServers, proxies: proxiesIn(env), reveal };
}
