/**
 * The one reader of the proxy environment (issue 73): `HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY`
 * and `NO_PROXY`, each in lower case first and then upper case, as curl and proxy-from-env read
 * them. The HTTP client (client.ts, agents.ts) asks `proxyFor` which proxy a request goes through,
 * and the egress inventory (egress/facts.ts) asks `proxiesNamed` which proxies may be contacted:
 * both from `readProxyEnv`, so a proxy the client uses is always one the inventory lists.
 *
 *   variable                        | read for
 *   --------------------------------+-----------------------------------------------------------
 *   https_proxy, HTTPS_PROXY        | an https: target
 *   http_proxy, HTTP_PROXY          | an http: target
 *   all_proxy, ALL_PROXY            | a target whose scheme's own variable is unset or empty
 *   no_proxy, NO_PROXY              | targets that go direct: `*` all; `.d` or `*.d` any name
 *                                   | ending in .d; else that host exactly; `:port` that port only
 *
 * A proxy written without a scheme (`proxy.lan:3128`) is an HTTP proxy, as curl reads it. A proxy
 * IPWatch cannot speak to (socks5://, text readUrl refuses) is not skipped, which would send the
 * request around the proxy its environment asks for: the request is refused, in words
 * (ProxyUnusableError), and the inventory lists no such proxy.
 *
 * proxy-from-env (which the client used before) reads only `process.env` and does not give the
 * proxy it chose parsed: the inventory, which is handed the environment of the process it
 * describes, could not ask it the same question. Its rules are kept here as they were. Pure,
 * given `env`.
 */
import { isIPv4, isIPv6 } from 'node:net';

import { readUrl } from '../../../shared/settings/destination-url';

export type Env = Readonly<Record<string, string | undefined>>;

/** A proxy as the client connects to it: its URL (credentials included, never logged), host and port. */
export interface ProxyAt {
  /** The variable it was read from, as it is spelt in the environment (`ALL_PROXY`, `https_proxy`). */
  variable: string;
  /** `http://user:pass@proxy.lan:3128/`: what the agent is given; never shown. */
  url: string;
  /** Lower case; an IPv6 address without brackets. */
  host: string;
  port: number;
}

/** The variable's value is not a proxy IPWatch can use. */
export interface ProxyProblem {
  variable: string;
  problem: string;
}

export interface ProxyEnvironment {
  http: ProxyAt | ProxyProblem | null;
  https: ProxyAt | ProxyProblem | null;
  /** NO_PROXY's entries, lower case. */
  noProxy: readonly string[];
}

/** The proxy the environment names is one IPWatch cannot use: the request is refused, never sent around it. */
export class ProxyUnusableError extends Error {
  readonly code = 'EPROXYUNUSABLE';
  constructor(p: ProxyProblem) {
    super(`the proxy ${p.variable} names cannot be used: ${p.problem}`);
    this.name = 'ProxyUnusableError';
  }
}

/** The first of `names` set to a non-empty value, lower case before upper case. */
function firstSet(env: Env, name: string): { variable: string; value: string } | null {
  for (const variable of [name.toLowerCase(), name.toUpperCase()]) {
    const value = env[variable];
    if (value) return { variable, value };
  }
  return null;
}

function proxyOf(set: { variable: string; value: string }): ProxyAt | ProxyProblem {
  const text = set.value.includes('://') ? set.value : `http://${set.value}`;
  const read = readUrl(text);
  if (!read.ok) return { variable: set.variable, problem: read.problem };
  const { url } = read;
  if (url.scheme !== 'http' && url.scheme !== 'https')
    return {
      variable: set.variable,
      problem: `IPWatch reaches only HTTP proxies (http:// or https://), not ${url.scheme}://`,
    };
  return { variable: set.variable, url: url.href, host: url.hostname, port: url.port };
}

/** The proxy environment, read once. */
export function readProxyEnv(env: Env = process.env): ProxyEnvironment {
  const forScheme = (scheme: 'http' | 'https') => {
    const set = firstSet(env, `${scheme}_proxy`) ?? firstSet(env, 'all_proxy');
    return set ? proxyOf(set) : null;
  };
  const noProxy = (firstSet(env, 'no_proxy')?.value ?? '').toLowerCase().split(/[,\s]/).filter(Boolean);
  return { http: forScheme('http'), https: forScheme('https'), noProxy };
}

/**
 * Pure: whether `target` names this machine's loopback: the name `localhost`, or an address of
 * 127.0.0.0/8 or ::1 (an IPv4-mapped one too). Go's net/http rule (golang.org/x/net/http/httpproxy
 * `useProxy`): a proxy elsewhere would reach its own loopback, never this machine's. A name that
 * merely resolves to loopback is not exempt. The URL parser has already lower-cased the name and
 * normalised the address (`127.1` is `127.0.0.1`, `::ffff:127.0.0.1` is `::ffff:7f00:1`).
 */
export function isLoopbackTarget(target: URL): boolean {
  const host = target.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost') return true;
  if (isIPv4(host)) return host.startsWith('127.');
  if (!isIPv6(host)) return false;
  return host === '::1' || /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(host);
}

const DEFAULT_PORT: Record<string, number> = { 'http:': 80, 'https:': 443 };

/** Whether NO_PROXY sends `target` direct (proxy-from-env's rule: an IPv6 host keeps its brackets). */
function exempt(noProxy: readonly string[], target: URL): boolean {
  if (noProxy.includes('*')) return true;
  const port = Number(target.port) || DEFAULT_PORT[target.protocol] || 0;
  return noProxy.some((entry) => {
    const m = /^(.+):(\d+)$/.exec(entry);
    const host = m ? m[1]! : entry;
    if (m && Number(m[2]) !== port) return false;
    if (!/^[.*]/.test(host)) return target.hostname === host;
    return target.hostname.endsWith(host.replace(/^\*/, ''));
  });
}

/**
 * The proxy a request to `target` goes through, or undefined to go direct (none set, NO_PROXY
 * names it, or it is loopback). Throws a ProxyUnusableError when the variable read for it holds
 * no proxy IPWatch can use.
 */
export function proxyFor(target: URL, env: Env = process.env): ProxyAt | undefined {
  if (isLoopbackTarget(target)) return undefined;
  const read = readProxyEnv(env);
  const chosen = target.protocol === 'https:' ? read.https : target.protocol === 'http:' ? read.http : null;
  if (chosen === null || exempt(read.noProxy, target)) return undefined;
  if ('problem' in chosen) throw new ProxyUnusableError(chosen);
  return chosen;
}

/** Every proxy the environment names that the client could use, each host and port once, with the variables naming it. */
export function proxiesNamed(env: Env = process.env): { host: string; port: number; variables: string[] }[] {
  const read = readProxyEnv(env);
  const seen = new Map<string, { host: string; port: number; variables: string[] }>();
  for (const p of [read.https, read.http]) {
    if (p === null || 'problem' in p) continue;
    const key = `${p.host}|${p.port}`;
    const at = seen.get(key) ?? { host: p.host, port: p.port, variables: [] };
    if (!at.variables.includes(p.variable)) at.variables.push(p.variable);
    seen.set(key, at);
  }
  return [...seen.values()];
}
