/**
 * Proxies, as the environment names them: `HTTPS_PROXY`, `HTTP_PROXY` and `NO_PROXY` (and their
 * lower-case forms), read by proxy-from-env at each new pool, and reached through TooTallNate's
 * agents: https-proxy-agent opens a CONNECT tunnel (RFC 9110 §9.3.6), http-proxy-agent sends a
 * plain HTTP request to the proxy in absolute form. Neither is loaded unless a proxy is set.
 *
 * Where a family is forced (the sources, the speed test), a proxy would otherwise pick the
 * family itself: the name is resolved here with that family and the tunnel asked for the
 * address (`CONNECT [2001:db8::1]:443`), while the name stays in the TLS SNI and in `Host`, so an
 * IPv6 source still leaves over IPv6 from the proxy. A plain-HTTP target with a forced family goes
 * through the tunnel too, for the same reason.
 */
import type http from 'node:http';
import { isIP } from 'node:net';

import type { AgentConnectOpts } from 'agent-base';
import { getProxyForUrl } from 'proxy-from-env';

import type { Family } from '../../../shared/types';
import { resolveFamily, type Resolver } from './resolve';

/** The proxy for a request to `target`, or undefined to go direct (none set, or NO_PROXY names it). */
export function proxyFor(target: URL): string | undefined {
  return getProxyForUrl(target.href) || undefined;
}

export interface ProxyAgentOptions {
  /** The target speaks TLS (an https: URL). */
  secure: boolean;
  family: Family | undefined;
  resolver: Resolver;
  idleMs: number;
}

/** A keep-alive Agent that reaches its targets through the proxy at `proxyUrl`. */
export async function proxyAgent(proxyUrl: string, o: ProxyAgentOptions): Promise<http.Agent> {
  const keep = { keepAlive: true, timeout: o.idleMs };
  if (!o.secure && o.family === undefined) {
    const { HttpProxyAgent } = await import('http-proxy-agent');
    return new HttpProxyAgent(proxyUrl, keep);
  }
  const { HttpsProxyAgent } = await import('https-proxy-agent');
  const { family, resolver } = o;
  if (family === undefined) return new HttpsProxyAgent(proxyUrl, keep);

  const forced: Family = family;
  class FamilyTunnel extends HttpsProxyAgent<string> {
    override async connect(req: http.ClientRequest, opts: AgentConnectOpts) {
      const name = opts.host ?? '';
      const [address] = await resolveFamily(name, forced, resolver);
      // The name, not the address, is the one the certificate must hold.
      return super.connect(req, { ...opts, host: address, ...(isIP(name) ? {} : { servername: name }) });
    }
  }
  return new FamilyTunnel(proxyUrl, keep);
}
