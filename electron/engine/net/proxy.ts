/**
 * Proxies, as the environment names them (proxy-env.ts, the one reader of HTTPS_PROXY,
 * HTTP_PROXY, ALL_PROXY and NO_PROXY), reached through TooTallNate's agents: https-proxy-agent
 * opens a CONNECT tunnel (RFC 9110 §9.3.6), http-proxy-agent sends a plain HTTP request to the
 * proxy in absolute form. Neither is loaded unless a proxy is set.
 *
 * Where a family is forced (the sources, the speed test), a proxy would otherwise pick the
 * family itself: the name is resolved here with that family, the address admitted by the egress
 * gate (a public name answered in local space is refused with egress.enforce), and the tunnel
 * asked for that address (`CONNECT [2001:db8::1]:443`), while the name stays in the TLS SNI and
 * in `Host`, so an IPv6 source still leaves over IPv6 from the proxy. A plain-HTTP target with a
 * forced family goes through the tunnel too, for the same reason. Without a forced family the
 * proxy resolves the name: what it reaches is on its side.
 *
 * Loopback never goes through a proxy, whatever NO_PROXY says (proxy-env.ts `isLoopbackTarget`).
 */
import type http from 'node:http';
import { isIP, isIPv6, type LookupFunction } from 'node:net';

import type { AgentConnectOpts } from 'agent-base';
import type { HttpProxyAgent } from 'http-proxy-agent';

import type { Family } from '../../../shared/types';
import type { EgressGate } from './egress-gate';
import { resolveFamily, type Resolver } from './resolve';

export interface ProxyAgentOptions {
  /** The target speaks TLS (an https: URL). */
  secure: boolean;
  family: Family | undefined;
  resolver: Resolver;
  /** How the proxy's own name is looked up: recorded with the egress gate (egress-lookup.ts). */
  lookup: LookupFunction;
  /** The gate that admits the address a forced family's tunnel is asked for. */
  gate: EgressGate;
  idleMs: number;
  /** The local address the connection to the proxy leaves from (issue 76); none: the system's. */
  localAddress?: string;
}

/**
 * Where the client puts the request's signal among the options an Agent is given (Node hands its
 * own `signal` option to no Agent).
 */
export const REQUEST_SIGNAL = Symbol('the request signal');

/**
 * The connection to the proxy, tied to the request it is made for: a request given up (its
 * signal, its deadline) closes it, even while the proxy has not yet accepted it or answered the
 * CONNECT (neither agent bounds those waits, and Node tells an Agent nothing of a request given
 * up before it has a socket). The agents read `connectOpts` when they open the socket, before
 * their first wait, so an abort is given there for this one connection, and only until it is
 * made: a tunnel kept alive for later requests is not closed by this one's signal.
 */
async function tiedToRequest<T>(
  agent: { connectOpts: object },
  opts: AgentConnectOpts,
  open: () => Promise<T>,
): Promise<T> {
  const given = (opts as { [REQUEST_SIGNAL]?: AbortSignal })[REQUEST_SIGNAL];
  given?.throwIfAborted();
  const gone = new AbortController();
  const onAbort = () => gone.abort(given?.reason);
  given?.addEventListener('abort', onAbort, { once: true });
  const shared = agent.connectOpts;
  agent.connectOpts = { ...shared, signal: gone.signal };
  let opening: Promise<T>;
  try {
    opening = open();
  } finally {
    agent.connectOpts = shared;
  }
  try {
    return await opening;
  } finally {
    given?.removeEventListener('abort', onAbort);
  }
}

/**
 * The absolute-form target a plain-HTTP proxy is asked for (RFC 9112 §3.2.2), from the host and
 * port readUrl read, never from the Host header or the path: http-proxy-agent resolves the path
 * against the Host header, so `http://a.example//b.example/` (path `//b.example/`) or a caller's
 * own `Host` would send the proxy to another host than the one the destination rule compared.
 */
function absoluteForm(opts: AgentConnectOpts, path: string): string {
  const host = opts.host ?? '';
  return `http://${isIPv6(host) ? `[${host}]` : host}:${opts.port}${path}`;
}

type ForwardedRequest = Parameters<HttpProxyAgent<string>['setRequestProps']>[0];

/** A keep-alive Agent that reaches its targets through the proxy at `proxyUrl`. */
export async function proxyAgent(proxyUrl: string, o: ProxyAgentOptions): Promise<http.Agent> {
  // The agents hand these to net/tls.connect when they open a connection to the proxy.
  const keep = {
    keepAlive: true,
    timeout: o.idleMs,
    lookup: o.lookup,
    ...(o.localAddress ? { localAddress: o.localAddress } : {}),
  };
  if (!o.secure && o.family === undefined) {
    const { HttpProxyAgent } = await import('http-proxy-agent');
    class Forwarding extends HttpProxyAgent<string> {
      override setRequestProps(req: ForwardedRequest, opts: AgentConnectOpts) {
        // Origin-form (`/...`) is rewritten once; what it became already holds `http://`.
        if (req.path.startsWith('/')) req.path = absoluteForm(opts, req.path);
        super.setRequestProps(req, opts);
      }
      override connect(req: ForwardedRequest, opts: AgentConnectOpts) {
        return tiedToRequest(this, opts, () => super.connect(req, opts));
      }
    }
    return new Forwarding(proxyUrl, keep);
  }
  const { HttpsProxyAgent } = await import('https-proxy-agent');
  const { family, resolver, gate } = o;
  class Tunnel extends HttpsProxyAgent<string> {
    override connect(req: http.ClientRequest, opts: AgentConnectOpts) {
      return tiedToRequest(this, opts, () => super.connect(req, opts));
    }
  }
  if (family === undefined) return new Tunnel(proxyUrl, keep);

  const forced: Family = family;
  class FamilyTunnel extends Tunnel {
    override async connect(req: http.ClientRequest, opts: AgentConnectOpts) {
      const name = opts.host ?? '';
      const [address] = gate.admit(name, await resolveFamily(name, forced, resolver));
      // The name, not the address, is the one the certificate must hold.
      return super.connect(req, { ...opts, host: address, ...(isIP(name) ? {} : { servername: name }) });
    }
  }
  return new FamilyTunnel(proxyUrl, keep);
}
