/**
 * IPWatch's one HTTP client: undici's connection pools (Agent) and its `request`, loaded at the
 * first HTTP request rather than with the engine: DNS and STUN sources answer most checks without
 * it, and an idle runner should not carry it. One loader, shared by the sources, the DDNS
 * providers, the heartbeat, the notification channels and the speed test.
 *
 * Why undici's pools and not Node's built-in `fetch` (itself a copy of undici inside Node): a
 * source must be asked over one address family only, and `fetch` can be told that only through a
 * `dispatcher`, whose constructors Node 20 does not expose; an Agent of the npm undici given to
 * `fetch` would load both copies. So the npm undici stays, and only its two files the client
 * needs are loaded: its package entry also loads its own fetch, whose cookie code reads
 * `globalThis.Headers` as it loads, which makes Node load its internal undici too (measured in
 * a bare node: the entry 19.2 MB RSS, of which 9.1 MB is Node's copy; these two files 7.3 MB,
 * and Node's copy never loads). tests/electron/engine/net/undici.test.ts holds both to that.
 *
 * discord.js loads the whole package for the bot (bot/rest-request.ts): that is discord's.
 */
import type { Agent as AgentClass, Dispatcher } from 'undici';

import { readUrl } from '../../../shared/settings/destination-url';

type Agent = AgentClass;

/** undici's `request` options, as its package entry takes them, with the pool to use. */
export type RequestOptions = Partial<Omit<Dispatcher.RequestOptions, 'origin' | 'path'>> & {
  dispatcher?: Dispatcher;
};

export interface Undici {
  Agent: typeof AgentClass;
  /** `request(url, options)`, as undici's package entry exports it: on `options.dispatcher`, or one shared pool. */
  request(url: string | URL, options?: RequestOptions): Promise<Dispatcher.ResponseData>;
}

async function load(): Promise<Undici> {
  const [agentModule, requestModule] = await Promise.all([
    // The files of undici 7 that hold the Agent and `request` (the package has no exports map),
    // named literally so that the bundlers keep them external and the bundle test sees them.
    import('undici/lib/dispatcher/agent.js'),
    import('undici/lib/api/api-request.js'),
  ]);
  const Agent = agentModule.default;
  const send = requestModule.default;
  let shared: Agent | undefined;
  return {
    Agent,
    request(url, options = {}) {
      const { dispatcher, ...rest } = options;
      // The one parse (shared/settings/destination-url.ts): the host the destination rule compared,
      // and text another parser could read otherwise is refused here too, not only in the settings.
      const read = readUrl(typeof url === 'string' ? url : url.href);
      if (!read.ok) return Promise.reject(new Error(`the address is refused: ${read.problem}`));
      const target = new URL(read.url.href);
      // As the package entry's request(): origin and path from the URL, GET unless a body is sent.
      return send.call(dispatcher ?? (shared ??= new Agent()), {
        ...rest,
        origin: target.origin,
        path: `${target.pathname}${target.search}`,
        method: rest.method ?? (rest.body ? 'PUT' : 'GET'),
      });
    },
  };
}

let undiciModule: Promise<Undici> | undefined;

export const loadUndici = (): Promise<Undici> => (undiciModule ??= load());
