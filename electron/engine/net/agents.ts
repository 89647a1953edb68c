/**
 * The keep-alive Agents of one client (net/client.ts): one per scheme, per forced address family
 * and per proxy, so connections are reused and a connection of one family never answers a request
 * of the other. A forced family is forced at the lookup (net/resolve.ts `forcedLookup`), so an
 * IPv6 source can never be answered over IPv4; through a proxy, net/proxy.ts resolves the name
 * with that family and tunnels to the address.
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

export interface Agents {
  /** The Agent for a request to `target`, over `family` when one is forced, through `proxy` when one is (proxy-env.ts). */
  agentFor(target: URL, family: Family | undefined, proxy: ProxyAt | undefined): Promise<http.Agent>;
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

  const make = (target: URL, family: Family | undefined, proxy: ProxyAt | undefined): Promise<http.Agent> => {
    const secure = target.protocol === 'https:';
    if (proxy) return proxyAgent(proxy.url, { secure, family, resolver, lookup, gate, idleMs: IDLE_MS });
    const base: http.AgentOptions = {
      keepAlive: true,
      timeout: IDLE_MS,
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

  return {
    agentFor(target, family, proxy) {
      const key = `${target.protocol}|${family ?? 'any'}|${proxy?.url ?? 'direct'}`;
      let agent = agents.get(key);
      if (!agent) {
        agent = make(target, family, proxy);
        agents.set(key, agent);
        agent.catch(() => agents.delete(key));
      }
      return agent;
    },
    forget() {
      void settled().then((all) => {
        for (const agent of all) {
          // A socket freed from now on is closed rather than kept (Node's Agent reads this at 'free').
          (agent as http.Agent & { keepAlive: boolean }).keepAlive = false;
          for (const sockets of Object.values(agent.freeSockets)) for (const s of sockets ?? []) s.destroy();
        }
      });
    },
    async destroy() {
      for (const agent of await settled()) agent.destroy();
    },
  };
}
