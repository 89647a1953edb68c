/**
 * How discord.js's REST client sends a request: @discordjs/rest's own undici strategy, on
 * the app's undici, through the egress gate (issue 63). package.json `overrides` give
 * discord.js the app's undici instead of a second copy in memory. That undici does not take the
 * FormData of Node's built-in fetch, which @discordjs/rest builds for file uploads, so such a
 * body is copied into undici's own FormData here. Everything else is passed through as the
 * default does.
 *
 * The URL is read once (shared/settings/destination-url.ts, the secrets' guard's reading): the
 * gate is asked for its host and port and undici is handed that same reading's href, so what
 * the gate allowed is where the request goes. The dispatcher (undici's Agent, one per gate) takes
 * no proxy, so the host asked is the host connected to; each new connection's name lookup is
 * told to the gate (net/egress-lookup.ts), as every client's is.
 */
import { STATUS_CODES } from 'node:http';

import type { RESTOptions } from 'discord.js';

import { readUrl } from '../../../shared/settings/destination-url';
import { deadline } from '../net/deadline';
import { type EgressGate, processGate } from '../net/egress-gate';
import { recordedLookup } from '../net/egress-lookup';

/** The whole undici package, as @discordjs/rest itself loads it (the engine's own client is net/undici.ts). */
let undiciPackage: Promise<typeof import('undici')> | undefined;

type Undici = typeof import('undici');

/** A FormData of Node's built-in fetch, copied into undici's own (see above). */
function undiciBody(undici: Undici, body: unknown): unknown {
  if (!(body instanceof globalThis.FormData) || body instanceof undici.FormData) return body;
  const copy = new undici.FormData();
  for (const [name, value] of body as Iterable<[string, string | File]>) {
    if (typeof value === 'string') copy.append(name, value);
    else copy.append(name, value, value.name);
  }
  return copy;
}

/**
 * discord.js's request function, each request asking `gate` before it connects and given up with
 * a TimeoutError (net/deadline.ts) when `limitMs` pass before the answer's head, so the gate
 * records a time limit; an abort of discord.js's own signal stays a cancel.
 */
export function requestThrough(gate: EgressGate, limitMs = 15_000): RESTOptions['makeRequest'] {
  let dispatcher: import('undici').Dispatcher | undefined;
  return async (url, init) => {
    const undici = await (undiciPackage ??= import('undici'));
    // undici hands `connect`'s options to net/tls.connect, our lookup among them.
    dispatcher ??= new undici.Agent({ connect: { lookup: recordedLookup(gate) } });
    const read = readUrl(url);
    // Past restBase() (bot/client.ts) a route cannot make the URL unreadable; refused all the same.
    if (!read.ok) throw new Error(`discord.js asked for an address that cannot be read: ${read.problem}`);
    const passage = gate.open({ host: read.url.hostname, port: read.url.port, protocol: 'tcp' });
    let res: Awaited<ReturnType<Undici['request']>>;
    const limit = deadline(init.signal ?? new AbortController().signal, limitMs);
    try {
      const body = undiciBody(undici, init.body);
      const options = { ...init, body, dispatcher, signal: limit.signal };
      res = await undici.request(read.url.href, options as Parameters<Undici['request']>[1]);
      passage.end();
    } catch (err) {
      passage.end(err);
      throw err;
    } finally {
      limit.clear();
    }
    return {
      body: res.body,
      arrayBuffer: () => res.body.arrayBuffer(),
      json: () => res.body.json(),
      text: () => res.body.text(),
      get bodyUsed() {
        return res.body.bodyUsed;
      },
      headers: new undici.Headers(res.headers as Record<string, string>),
      status: res.statusCode,
      statusText: STATUS_CODES[res.statusCode] ?? '',
      ok: res.statusCode >= 200 && res.statusCode < 300,
    };
  };
}

/** The bot's request function: through the process's gate, as every connection of the engine. */
export const makeRequest: RESTOptions['makeRequest'] = requestThrough(processGate);
