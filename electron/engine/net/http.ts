/**
 * The HTTP client sources use: net/client.ts, with one keep-alive Agent per address family
 * (net/agents.ts), whose lookup only ever gives addresses of that family, so an IPv6 source can
 * never be answered over IPv4 (and the reverse). Bodies are capped and failures become
 * SourceError codes.
 */
import { isIP } from 'node:net';

import { createClient, readTarget, type ClientOptions } from './client';
import { untilAborted } from './deadline';
import { NoAddressOfFamilyError, SourceError, toSourceError } from './errors';
import type { HttpClient, HttpRequest, HttpResponse } from './types';

export interface HttpClientOptions extends ClientOptions {
  userAgent: string;
}

const DEFAULT_MAX_BYTES = 8 * 1024;

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const client = createClient(options);

  function request(req: HttpRequest): Promise<HttpResponse> {
    let url: URL;
    try {
      // The one parse (shared/settings/destination-url.ts): what the destination rule compared.
      url = readTarget(req.url);
    } catch (err) {
      throw new SourceError('network', (err as Error).message);
    }
    // An IP literal skips the lookup in net.connect, so its family is checked here.
    const hostname = url.hostname.replace(/^\[|\]$/g, '');
    const literal = isIP(hostname);
    if (literal !== 0 && literal !== req.family) throw new NoAddressOfFamilyError(hostname, req.family);
    // A longer body is cut off and its connection dropped (an echo answer is a few bytes).
    return client.request({
      url: req.url,
      family: req.family,
      ...(req.localAddress ? { localAddress: req.localAddress } : {}),
      signal: req.signal,
      headers: withUserAgent(options.userAgent, req.headers),
      maxBytes: req.maxBytes ?? DEFAULT_MAX_BYTES,
      over: 'cut',
    });
  }

  async function get(req: HttpRequest): Promise<HttpResponse> {
    try {
      req.signal.throwIfAborted();
      // A lookup that hangs cannot be cancelled, only left (net/deadline.ts untilAborted).
      return await untilAborted(request(req), req.signal);
    } catch (err) {
      throw toSourceError(err, req.signal);
    }
  }

  return { get, forgetConnections: () => client.forgetConnections(), close: () => client.close() };
}

/** The client's User-Agent, unless the caller sends its own (in any letter case). */
function withUserAgent(userAgent: string, headers: HttpRequest['headers'] = {}): Record<string, string> {
  const out: Record<string, string> = { 'user-agent': userAgent };
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  return out;
}
