/**
 * The keep-alive Agents of one client (net/client.ts): one per scheme, per forced address family
 * and per proxy, so connections are reused and a connection of one family never answers a request
 * of the other. A forced family is forced at the lookup (net/resolve.ts `forcedLookup`), so an
 * IPv6 source can never be answered over IPv4; through a proxy, net/proxy.ts resolves the name
 * with that family and tunnels to the address.
 *
 * A local address to leave from (issue 76: monitor.fromV4/fromV6, a DDNS record's `from`) has its
 * own Agents, bound by Node's `localAddress` socket option: one per address, never one per request,
 * and at most MAX_BOUND addresses kept (an IPv6 address may move with each new prefix); the oldest
 * is let go as its connections end. A network change lets them all go (forget).
 *
 * How long an unused connection is kept: 120 s unless the server says less. Node's Agent sets
 * `timeout` on a free socket and closes it then, and follows a shorter `Keep-Alive: timeout=N` the
 * server sent (it keeps the socket N - 1 s, and not at all for N = 1: Node 20's
 * `Agent.prototype.keepSocketAlive`). 120 s is past the default 60 s check interval, so the next
 * check of a source skips the TCP and TLS handshakes, and below Cloudflare's 400 s, in front of
 * several built-in sources, so the server's close does not race our request.
 */
import http from 'node:http';
import https from 'node:https';
import type { ConnectionOptions } from 'node:tls';

import type { Family } from '../../../shared/types';
import { type EgressGate, processGate } from './egress-gate';
import { type AddressLookup, recordedLookup } from './egress-lookup';
import { proxyAgent } from './proxy';
import type { ProxyAt } from './proxy-env';
import { forcedLookup, systemResolver, type Resolver } from './resolve';

export const IDLE_MS = 120_000;
/** Local addresses whose Agents are kept at once. */
export const MAX_BOUND = 8;

export interface Agents {
  /** The Agent for a request to `target`, over `family` when one is forced, through `proxy` when one is (proxy-env.ts). */
  agentFor(
    target: URL,
    family: Family | undefined,
    proxy: ProxyAt | undefined,
    localAddress?: string,
  ): Promise<http.Agent>;
  /** The network changed: idle connections closed now, those in use when their request is done. */
  forget(): void;
  /** Every connection closed, in use or not. */
  destroy(): Promise<void>;
}

export interface AgentOptions {
  /** Name resolution (a forced family's, and, when given, every other's too); tests inject one. */
  resolver?: Resolver;
  tls?: Pick<ConnectionOptions, 'ca'>;
  /** The gate each name the system's resolver is asked for is told (egress-lookup.ts); the process's by default. */
  gate?: EgressGate;
}

export function createAgents(options: AgentOptions = {}): Agents {
  const resolver = options.resolver ?? systemResolver;
  const gate = options.gate ?? processGate;
  const given = options.resolver;
  const find: AddressLookup | undefined = given
    ? async (name, o) => {
        const family = o.family === 4 || o.family === 6 ? o.family : 0;
        return (await given(name, family)).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
      }
    : undefined;
  const lookup = recordedLookup(gate, find);
  const agents = new Map<string, Promise<http.Agent>>();

  const make = (
    target: URL,
    family: Family | undefined,
    proxy: ProxyAt | undefined,
    localAddress: string | undefined,
  ): Promise<http.Agent> => {
    const secure = target.protocol === 'https:';
    const from = localAddress ? { localAddress } : {};
    if (proxy) return proxyAgent(proxy.url, { secure, family, resolver, lookup, gate, idleMs: IDLE_MS, ...from });
    const base: http.AgentOptions & { localAddress?: string } = {
      keepAlive: true,
      timeout: IDLE_MS,
      ...from,
      // autoSelectFamily would race both families; the forced lookup gives only one.
      ...(family ? { family, lookup: forcedLookup(family, resolver, gate), autoSelectFamily: false } : { lookup }),
    };
    return Promise.resolve(secure ? new https.Agent({ ...base, ...options.tls }) : new http.Agent(base));
  };

  const settled = async (): Promise<http.Agent[]> => {
    const all = [...agents.values()];
    agents.clear();
    return (await Promise.allSettled(all)).flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  };

  /** Local addresses with Agents, oldest first. */
  const bound: string[] = [];
  const letGo = (all: Promise<http.Agent>[]) =>
    void Promise.allSettled(all).then((done) => {
      for (const r of done) if (r.status === 'fulfilled') retire(r.value);
    });
  const keepBound = (localAddress: string) => {
    if (bound.includes(localAddress)) return;
    bound.push(localAddress);
    if (bound.length <= MAX_BOUND) return;
    const old = bound.shift();
    const gone = [...agents.entries()].filter(([key]) => key.endsWith(`|${old}`));
    for (const [key] of gone) agents.delete(key);
    letGo(gone.map(([, agent]) => agent));
  };

  return {
    agentFor(target, family, proxy, localAddress) {
      const key = `${target.protocol}|${family ?? 'any'}|${proxy?.url ?? 'direct'}|${localAddress ?? ''}`;
      let agent = agents.get(key);
      if (!agent) {
        if (localAddress) keepBound(localAddress);
        agent = make(target, family, proxy, localAddress);
        agents.set(key, agent);
        agent.catch(() => agents.delete(key));
      }
      return agent;
    },
    forget() {
      bound.length = 0;
      void settled().then((all) => all.forEach(retire));
    },
    async destroy() {
      for (const agent of await settled()) agent.destroy();
    },
  };
}

/** An Agent let go: its idle connections closed now, those in use when their request is done. */
function retire(agent: http.Agent): void {
  // A socket freed from now on is closed rather than kept (Node's Agent reads this at 'free').
  (agent as http.Agent & { keepAlive: boolean }).keepAlive = false;
  for (const sockets of Object.values(agent.freeSockets)) for (const s of sockets ?? []) s.destroy();
}
