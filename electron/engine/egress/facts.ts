/**
 * What the inventory needs to know of this machine (inventory.ts EgressFacts): the DNS servers its
 * resolver asks, and the proxies its environment names. Read, never connected to.
 */
import { getServers } from 'node:dns';

import { readUrl } from '../../../shared/settings/destination-url';
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

/** This machine's facts: its resolver's DNS servers (without a port suffix) and its environment's proxies. */
export function systemFacts(env: Readonly<Record<string, string | undefined>> = process.env): EgressFacts {
  const dnsServers = getServers().map((s) => s.replace(/^\[([^\]]+)\](:\d+)?$/, '$1').replace(/^([\d.]+):\d+$/, '$1'));
  return { dnsServers, proxies: proxiesIn(env) };
}
