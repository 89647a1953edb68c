/**
 * The HTTP client sources use: undici, with one Agent (and so one keep-alive pool) per address
 * family, whose connect only ever gets addresses of that family, so an IPv6 source can never be
 * answered over IPv4 (and the reverse). Bodies are capped and failures become SourceError codes.
 */
import { isIP } from 'node:net';
import type { ConnectionOptions } from 'node:tls';

import type { Agent, Dispatcher } from 'undici';

import type { Family } from '../../../shared/types';
import { errorCode, NoAddressOfFamilyError, SourceError, toSourceError } from './errors';
import { forcedLookup, systemResolver, type Resolver } from './resolve';
import type { HttpClient, HttpRequest, HttpResponse } from './types';
import { loadUndici } from './undici';

export interface HttpClientOptions {
  userAgent: string;
  /** Name resolution; tests inject one to simulate a host without an address of a family. */
  resolver?: Resolver;
  /** Extra TLS options (tests trust their own CA this way). */
  tls?: Pick<ConnectionOptions, 'ca'>;
}

const DEFAULT_MAX_BYTES = 8 * 1024;

/** A connection closed or reset before any of the response: nothing was answered. */
const CLOSED_UNANSWERED = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);

/**
 * How long an unused connection is kept when the server does not say (undici follows a
 * shorter `Keep-Alive: timeout` it sends): past the default 60 s check interval, so the next
 * check of a source skips the TCP and TLS handshakes, and below Cloudflare's 400 s, in front
 * of several built-in sources, so the server's close does not race our request.
 */
const IDLE_MS = 120_000;

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const resolver = options.resolver ?? systemResolver;
  const agents = new Map<Family, Agent>();

  const agentFor = (family: Family, undici: typeof import('undici')): Agent => {
    let agent = agents.get(family);
    if (!agent) {
      agent = new undici.Agent({
        keepAliveTimeout: IDLE_MS,
        keepAliveMaxTimeout: IDLE_MS,
        // autoSelectFamily would race both families; the lookup already gives only one.
        connect: { family, lookup: forcedLookup(family, resolver), autoSelectFamily: false, ...options.tls },
      });
      agents.set(family, agent);
    }
    return agent;
  };

  async function request(req: HttpRequest): Promise<HttpResponse> {
    const url = new URL(req.url);
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new SourceError('network', `not an http(s) URL: ${req.url}`);
    // An IP literal skips the lookup in net.connect, so its family is checked here.
    const hostname = url.hostname.replace(/^\[|\]$/g, '');
    const literal = isIP(hostname);
    if (literal !== 0 && literal !== req.family) throw new NoAddressOfFamilyError(hostname, req.family);
    req.signal.throwIfAborted();
    const undici = await loadUndici();
    const sent: Get = {
      agent: agentFor(req.family, undici),
      url,
      signal: req.signal,
      headers: withUserAgent(options.userAgent, req.headers),
      maxBytes: req.maxBytes ?? DEFAULT_MAX_BYTES,
    };
    const res = await dispatchGet(sent, 1);
    // undici frees the connection for its pool a turn after the body ends; waiting for that
    // lets a request sent right after this one reuse it instead of opening another.
    await new Promise((resolve) => setImmediate(resolve));
    return res;
  }

  async function get(req: HttpRequest): Promise<HttpResponse> {
    try {
      return await request(req);
    } catch (err) {
      throw toSourceError(err, req.signal);
    }
  }

  function forgetConnections(): void {
    const all = [...agents.values()];
    agents.clear();
    // close(): no new requests on them; those under way finish, then every socket goes.
    for (const a of all) a.close().catch(() => undefined);
  }

  async function close(): Promise<void> {
    const all = [...agents.values()];
    agents.clear();
    await Promise.all(all.map((a) => a.destroy()));
  }

  return { get, forgetConnections, close };
}

/** The client's User-Agent, unless the caller sends its own (in any letter case). */
function withUserAgent(userAgent: string, headers: HttpRequest['headers'] = {}): Record<string, string> {
  const out: Record<string, string> = { 'user-agent': userAgent };
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  return out;
}

interface Get {
  agent: Dispatcher;
  url: URL;
  signal: AbortSignal;
  headers: Record<string, string>;
  maxBytes: number;
}

/**
 * One GET through undici's dispatcher, its body gathered here up to maxBytes. An echo's answer
 * is a few bytes: `undici.request` would wrap it in a Readable stream and read it back through
 * an async iterator, more code and garbage at every check than the answer is worth. A longer
 * body is cut off and its connection dropped.
 */
function dispatchGet(get: Get, retries: number): Promise<HttpResponse> {
  return new Promise<HttpResponse>((resolve, reject) => {
    if (get.signal.aborted) return reject(get.signal.reason as Error);
    const chunks: Buffer[] = [];
    let size = 0;
    let status = 0;
    let headers: HttpResponse['headers'] = {};
    let controller: Dispatcher.DispatchController | null = null;
    let settled = false;
    // An abort settles at once, even while the name resolves or the connection opens (undici's
    // connect notices an abort only once its socket is open, and a lookup that hangs is left);
    // undici's side of the request is cancelled as soon as it starts.
    const onAbort = () => {
      settle(() => reject(get.signal.reason));
      controller?.abort(get.signal.reason);
    };
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      get.signal.removeEventListener('abort', onAbort);
      done();
    };
    const answer = () => ({ status, headers, body: Buffer.concat(chunks).subarray(0, get.maxBytes).toString('utf8') });
    get.signal.addEventListener('abort', onAbort, { once: true });
    try {
      get.agent.dispatch(
        { origin: get.url.origin, path: `${get.url.pathname}${get.url.search}`, method: 'GET', headers: get.headers },
        {
          onRequestStart(c) {
            controller = c;
            if (get.signal.aborted) c.abort(get.signal.reason);
          },
          onResponseStart(_c, statusCode, responseHeaders) {
            status = statusCode;
            headers = responseHeaders;
          },
          onResponseData(c, chunk) {
            chunks.push(chunk);
            size += chunk.length;
            if (size < get.maxBytes) return;
            settle(() => resolve(answer()));
            c.abort(new Error('body over the cap'));
          },
          onResponseEnd: () => settle(() => resolve(answer())),
          onResponseError: (_c, err) =>
            settle(() => {
              // A server may close a kept-alive connection just as a request goes out on it (its
              // idle limit unsaid, and met by the check interval). undici does not retry that, so
              // once more here, on another connection: a GET asks nothing twice. Not once part
              // of the answer has come.
              const unanswered = status === 0 && CLOSED_UNANSWERED.has(errorCode(err) ?? '');
              if (unanswered && retries > 0 && !get.signal.aborted) resolve(dispatchGet(get, retries - 1));
              else reject(err);
            }),
        },
      );
    } catch (err) {
      settle(() => reject(err));
    }
  });
}
