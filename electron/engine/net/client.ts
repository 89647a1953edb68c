/**
 * IPWatch's one HTTP client, on Node's own `http` and `https`: every outgoing request (sources,
 * DDNS providers, channels, heartbeat, identity, speed test, Discord sign-in, the CLI) is one
 * `http.request` on a keep-alive Agent of net/agents.ts. Not undici: its HTTP parser is
 * WebAssembly, set up at the first request, and costs about 22 MB loaded against about 3 MB for
 * node:http (bench/README.md). No redirect is followed: node:http follows none.
 *
 * `send` answers with the body still to read (the speed test streams it); `request` reads it
 * under a cap (net/etiquette.ts readBody). The address is read once, by shared's `readUrl`, and the
 * request goes to the host and port it read.
 */
import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ConnectionOptions } from 'node:tls';

import { readUrl } from '../../../shared/settings/destination-url';
import type { Family } from '../../../shared/types';
import { createAgents, type Agents } from './agents';
import { type EgressGate, type Passage, processGate } from './egress-gate';
import { errorCode } from './errors';
import { readBody } from './etiquette';
import { REQUEST_SIGNAL } from './proxy';
import { type ProxyAt, proxyFor } from './proxy-env';
import type { Resolver } from './resolve';

export type RequestBody = string | Buffer | Readable;

export interface ClientRequest {
  url: string;
  /** GET unless said. */
  method?: string;
  headers?: Readonly<Record<string, string>>;
  body?: RequestBody;
  signal: AbortSignal;
  /** The address family forced on the socket (sources, speed test); none: the system's choice. */
  family?: Family;
  /** The local address the socket leaves from (issue 76: monitor.fromV4/fromV6, a record's `from`); none: the system's. */
  localAddress?: string;
}

export interface Streamed {
  status: number;
  headers: IncomingHttpHeaders;
  body: IncomingMessage;
}

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface BodyLimit {
  /** 64 KB (the etiquette's) unless said. */
  maxBytes?: number;
  /** Past the cap: a BodyTooLargeError ('error', the default) or what fitted ('cut'). */
  over?: 'error' | 'cut';
}

export interface Client {
  send(req: ClientRequest): Promise<Streamed>;
  request(req: ClientRequest & BodyLimit): Promise<Answer>;
  /** Idle connections closed; those in use close when their request is done. */
  forgetConnections(): void;
  /** Every connection closed, in use or not. */
  close(): Promise<void>;
}

export interface ClientOptions {
  /** Name resolution where a family is forced; tests inject one. */
  resolver?: Resolver;
  /** Extra TLS options (tests trust their own CA this way); Node's CAs and NODE_EXTRA_CA_CERTS otherwise. */
  tls?: Pick<ConnectionOptions, 'ca'>;
  /** The gate each request passes before it connects (net/egress-gate.ts); the process's by default. */
  gate?: EgressGate;
}

/** The proxy on the way refused to open the tunnel (CONNECT answered other than 200). */
export class ProxyRefusedError extends Error {
  readonly code = 'EPROXYREFUSED';
  constructor(proxy: string, status: number, statusText: string) {
    super(`the proxy ${proxy} refused to connect: ${status} ${statusText}`.trim());
    this.name = 'ProxyRefusedError';
  }
}

/** A kept-alive connection closed by the server just as a request went out on it: nothing was answered. */
const CLOSED_UNANSWERED = new Set(['ECONNRESET', 'EPIPE']);

/** The address as `readUrl` read it (the one parse), or a refusal in words. */
export function readTarget(url: string): URL {
  const read = readUrl(url);
  if (!read.ok) throw new Error(`the address is refused: ${read.problem}`);
  const target = new URL(read.url.href);
  // The scheme only: the rest may hold a token (a webhook path, a DDNS query).
  if (target.protocol !== 'https:' && target.protocol !== 'http:')
    throw new Error(`not an http(s) address: ${read.url.scheme}://...`);
  return target;
}

/**
 * One exchange on `agent`: resolves at the answer's head. Where the agent tunnels through a
 * proxy, a CONNECT answered other than 200 fails with a ProxyRefusedError (https-proxy-agent
 * would otherwise hand the proxy's answer over as if it were the service's).
 */
export function exchange(
  agent: http.Agent,
  target: URL,
  req: ClientRequest,
  tlsOptions: Pick<ConnectionOptions, 'ca' | 'servername'> = {},
): Promise<{ res: IncomingMessage; reused: boolean }> {
  return new Promise((resolve, reject) => {
    // Host is always the host readUrl read (Node writes it, and TLS takes SNI from it): a caller's
    // own would name another host to the server, its certificate check and a plain-HTTP proxy.
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers ?? {}))
      if (name.toLowerCase() !== 'host') headers[name] = value;
    const { body } = req;
    if ((typeof body === 'string' || Buffer.isBuffer(body)) && !hasHeader(headers, 'content-length'))
      headers['content-length'] = String(Buffer.byteLength(body));
    const options: http.RequestOptions & { [REQUEST_SIGNAL]: AbortSignal } = {
      protocol: target.protocol,
      hostname: hostOf(target),
      port: portOf(target),
      path: `${target.pathname}${target.search}`,
      method: req.method ?? 'GET',
      headers,
      agent,
      signal: req.signal,
      [REQUEST_SIGNAL]: req.signal,
      ...tlsOptions,
    };
    const outgoing = (target.protocol === 'https:' ? https : http).request(options);
    // Node emits no error for a request given up before its Agent gave it a socket (a proxy
    // that has not answered CONNECT): the abort ends the wait here.
    const onAbort = () => reject(req.signal.reason as Error);
    req.signal.addEventListener('abort', onAbort, { once: true });
    const settled = () => req.signal.removeEventListener('abort', onAbort);
    // Whether any byte of an answer came (a status line begun, then a reset): the server read the
    // request then, and it is never sent again.
    let answered = false;
    const onData = () => void (answered = true);
    outgoing.once('socket', (socket) => {
      socket.on('data', onData);
      outgoing.once('close', () => socket.off('data', onData));
    });
    outgoing.on('error', (err) => {
      settled();
      reject(Object.assign(err, { reused: outgoing.reusedSocket, answered }));
    });
    // http-proxy-agent's 'proxyConnect' (a plain-HTTP target, forwarded) carries no status: only
    // https-proxy-agent's answers a CONNECT.
    outgoing.on('proxyConnect', (connect: { statusCode?: number; statusText?: string }) => {
      if (connect.statusCode !== undefined && connect.statusCode !== 200)
        outgoing.destroy(new ProxyRefusedError(proxyOf(agent), connect.statusCode, connect.statusText ?? ''));
    });
    outgoing.once('response', (res) => {
      settled();
      resolve({ res, reused: outgoing.reusedSocket });
    });
    if (body instanceof Readable) pipeline(body, outgoing).catch((err: unknown) => outgoing.destroy(err as Error));
    else outgoing.end(body);
  });
}

/** The host a request to `target` connects to: an IPv6 address without its brackets. */
const hostOf = (target: URL): string => target.hostname.replace(/^\[|\]$/g, '');
/** The port it connects to: the URL's, else its scheme's. */
const portOf = (target: URL): number => Number(target.port) || (target.protocol === 'https:' ? 443 : 80);

/**
 * The passages of one request through the gate: to the target, and to the proxy the environment
 * names for it (read once, by the caller: the one the agent is given), which is where the socket
 * really goes. A refusal throws before anything is sent, and ends the passages already opened with
 * it: a refused proxy leaves no target's entry under way.
 */
function passages(gate: EgressGate, target: URL, proxy: ProxyAt | undefined, localAddress?: string): Passage[] {
  const from = localAddress ? { from: localAddress } : {};
  const out = [gate.open({ host: hostOf(target), port: portOf(target), protocol: 'tcp', ...from })];
  if (proxy)
    try {
      out.push(gate.open({ host: proxy.host, port: proxy.port, protocol: 'tcp', ...from }));
    } catch (err) {
      out.forEach((p) => p.end(err));
      throw err;
    }
  return out;
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  return Object.keys(headers).some((h) => h.toLowerCase() === name);
}

const proxyOf = (agent: http.Agent): string => {
  const proxy = (agent as { proxy?: URL }).proxy;
  return proxy ? proxy.host : 'on the way';
};

/**
 * `exchange`, and once more on another connection when the request went out on a kept-alive one
 * the server closed (reset, or ended) before one byte of an answer: its idle limit unsaid and met
 * by the check interval, or the server gone since the last request. Node retries none itself.
 * This is the browsers' rule (Chromium resends on a reused connection closed before any answer
 * byte, a POST too when its body is in memory), and it holds for a POST here: a server that
 * read the request and closed without a word could see it twice, as it would from the outbox's
 * own retry of that failure. Once a byte of the answer came, the server read the request, and
 * it is never sent again; a streamed body (the speed test's upload) cannot be, so it is not.
 */
export async function exchangeRetried(
  agentFor: () => Promise<http.Agent>,
  target: URL,
  req: ClientRequest,
  tlsOptions?: Pick<ConnectionOptions, 'ca' | 'servername'>,
): Promise<IncomingMessage> {
  try {
    return (await exchange(await agentFor(), target, req, tlsOptions)).res;
  } catch (err) {
    const again =
      !(req.body instanceof Readable) &&
      !req.signal.aborted &&
      (err as { reused?: boolean }).reused === true &&
      (err as { answered?: boolean }).answered === false &&
      CLOSED_UNANSWERED.has(errorCode(err) ?? '');
    if (!again) throw err;
    return (await exchange(await agentFor(), target, req, tlsOptions)).res;
  }
}

export function createClient(options: ClientOptions = {}): Client {
  const agents: Agents = createAgents(options);
  const gate = options.gate ?? processGate;

  async function send(req: ClientRequest): Promise<Streamed> {
    const target = readTarget(req.url);
    req.signal.throwIfAborted();
    const proxy = proxyFor(target);
    const through = passages(gate, target, proxy, req.localAddress);
    try {
      const res = await exchangeRetried(
        () => agents.agentFor(target, req.family, proxy, req.localAddress),
        target,
        req,
        options.tls,
      );
      through.forEach((p) => p.end());
      return { status: res.statusCode ?? 0, headers: res.headers, body: res };
    } catch (err) {
      through.forEach((p) => p.end(err));
      throw err;
    }
  }

  async function request(req: ClientRequest & BodyLimit): Promise<Answer> {
    const res = await send(req);
    const body = await readBody(res.body, req.maxBytes, req.over);
    // The socket goes back to its Agent a turn after the body ends: a request sent right after
    // this one then reuses it instead of opening another.
    await new Promise((resolve) => setImmediate(resolve));
    return { status: res.status, headers: res.headers, body };
  }

  return { send, request, forgetConnections: () => agents.forget(), close: () => agents.destroy() };
}

let shared: Client | undefined;

/**
 * The client of the callers that keep no pool of their own (DDNS providers, channels, heartbeat,
 * Discord sign-in): one set of keep-alive Agents for them all, made at the first request.
 */
export const sharedClient = (): Client => (shared ??= createClient());
