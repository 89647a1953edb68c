/**
 * The HTTP client sources use: undici, with one Agent (and so one keep-alive pool) per address
 * family, whose connect only ever gets addresses of that family, so an IPv6 source can never be
 * answered over IPv4 (and the reverse). Bodies are capped and failures become SourceError codes.
 */
import { isIP } from 'node:net';
import type { ConnectionOptions } from 'node:tls';

import type { Agent } from 'undici';

import { readUrl } from '../../../shared/settings/destination-url';
import type { Family } from '../../../shared/types';
import { untilAborted } from './deadline';
import { errorCode, NoAddressOfFamilyError, SourceError, toSourceError } from './errors';
import { readBody } from './etiquette';
import { forcedLookup, systemResolver, type Resolver } from './resolve';
import type { HttpClient, HttpRequest, HttpResponse } from './types';
import { loadUndici, type Undici } from './undici';

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

  const agentFor = (family: Family, undici: Undici): Agent => {
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
    // The one parse (shared/settings/destination-url.ts): what the destination rule compared.
    const read = readUrl(req.url);
    if (!read.ok) throw new SourceError('network', `the address is refused: ${read.problem}`);
    const url = new URL(read.url.href);
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new SourceError('network', `not an http(s) URL: ${req.url}`);
    // An IP literal skips the lookup in net.connect, so its family is checked here.
    const hostname = url.hostname.replace(/^\[|\]$/g, '');
    const literal = isIP(hostname);
    if (literal !== 0 && literal !== req.family) throw new NoAddressOfFamilyError(hostname, req.family);
    req.signal.throwIfAborted();
    const undici = await loadUndici();
    const sent = {
      method: 'GET',
      dispatcher: agentFor(req.family, undici),
      signal: req.signal,
      headers: withUserAgent(options.userAgent, req.headers),
    } as const;
    const res = await undici.request(url, sent).catch((err: unknown) => {
      // A server may close a kept-alive connection just as a request goes out on it (its idle
      // limit unsaid, and met by the check interval). undici does not retry that, so once
      // more here, on another connection: a GET asks nothing twice.
      if (req.signal.aborted || !CLOSED_UNANSWERED.has(errorCode(err) ?? '')) throw err;
      return undici.request(url, sent);
    });
    // A longer body is cut off and its connection dropped (an echo answer is a few bytes).
    const body = await readBody(res.body, req.maxBytes ?? DEFAULT_MAX_BYTES, 'cut');
    // undici frees the connection for its pool a turn after the body ends; waiting for that
    // lets a request sent right after this one reuse it instead of opening another.
    await new Promise((resolve) => setImmediate(resolve));
    return { status: res.statusCode, headers: res.headers, body };
  }

  async function get(req: HttpRequest): Promise<HttpResponse> {
    try {
      // undici notices an abort only once a socket is open; a lookup or a connect that hangs is left here.
      return await untilAborted(request(req), req.signal);
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
