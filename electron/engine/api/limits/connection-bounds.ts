/**
 * electron/engine/api/limits: what one sender may hold: its connections (connection-bounds.ts), the
 * entries a request without a principal makes the server keep, per address or IPv6 /64 (per-source.ts),
 * and the counters of failed sign-ins, on the monotonic clock (limit-store.ts).
 *
 * The bounds on the API's connections (issue 73): whoever reaches the port, signed in or not,
 * holds a connection only so long and only so many of them (docs/security.md, "Connections").
 * - A request's headers arrive within HEADERS_TIMEOUT_MS and the whole request, headers and body,
 *   within `api.requestTimeoutSec` (Node answers 408 and closes; it looks every CHECK_INTERVAL_MS);
 *   a connection silent both ways for IDLE_TIMEOUT_MS is closed, an idle keep-alive one after
 *   KEEP_ALIVE_MS. An event stream is a GET whose request is whole at once, so the request bounds
 *   end with its arrival, and its comment every 15 s (sse.ts) keeps it from being idle: a stream
 *   lasts while its principal stands (streams.ts), never cut by these.
 * - At most MAX_CONNECTIONS_PER_ADDRESS connections from one address (an IPv6 /64 counts as one
 *   address) and MAX_CONNECTIONS in all (server.maxConnections): the excess is closed at once,
 *   before a byte of it is read, so one address never takes the room of the others.
 */
import type { Server } from 'node:net';

import { sourceOf } from './per-source';

/** Headers slower than this are refused (408): a browser or script sends them at once. */
export const HEADERS_TIMEOUT_MS = 10_000;
/** The default of `api.requestTimeoutSec`: a 64 MB restore at 1 MB/s arrives within it. */
export const DEFAULT_REQUEST_TIMEOUT_SEC = 120;
/** A connection silent both ways this long is closed; an event stream writes every 15 s. */
export const IDLE_TIMEOUT_MS = 60_000;
/** A keep-alive connection between requests is kept this long (a dashboard's next request comes sooner). */
export const KEEP_ALIVE_MS = 5_000;
/** How often Node looks for requests past their time: the bounds hold to within this. */
export const CHECK_INTERVAL_MS = 1_000;
/**
 * Connections one address holds at once: a browser opens 6 per host, each dashboard tab an event
 * stream (at most 32 in all, sse.ts), and the CLI and a Prometheus a few; 64 is room for all of a
 * household's on one machine (every program on this host shares 127.0.0.1).
 */
export const MAX_CONNECTIONS_PER_ADDRESS = 64;
/** Connections at once in all: 8 addresses' full share, well within the 1,024 files a process is commonly allowed. */
export const MAX_CONNECTIONS = 512;

/** The bounds of one API: the request timeout its settings chose. */
export interface ConnectionBounds {
  requestTimeoutMs: number;
}

export const connectionBounds = (requestTimeoutSec = DEFAULT_REQUEST_TIMEOUT_SEC): ConnectionBounds => ({
  requestTimeoutMs: requestTimeoutSec * 1000,
});

/** Node's own HTTP server options for these bounds (both servers of a LAN with TLS take them). */
export const httpServerOptions = (b: ConnectionBounds) => ({
  connectionsCheckingInterval: CHECK_INTERVAL_MS,
  headersTimeout: Math.min(HEADERS_TIMEOUT_MS, b.requestTimeoutMs),
  requestTimeout: b.requestTimeoutMs,
  keepAliveTimeout: KEEP_ALIVE_MS,
});

/** Fastify's options for the same bounds (it sets them again on the server it makes). */
export const fastifyTimeouts = (b: ConnectionBounds) => ({
  connectionTimeout: IDLE_TIMEOUT_MS,
  requestTimeout: b.requestTimeoutMs,
  keepAliveTimeout: KEEP_ALIVE_MS,
  http: {
    connectionsCheckingInterval: CHECK_INTERVAL_MS,
    headersTimeout: Math.min(HEADERS_TIMEOUT_MS, b.requestTimeoutMs),
  },
});

/**
 * Whom a connection counts against: the source a request is budgeted under (per-source.ts: its
 * address, an IPv6 one by its /64, an IPv4-mapped one as IPv4), so both count the same sender.
 */
export function connectionSource(remote: string | undefined): string {
  return remote === undefined || remote === '' ? 'unknown' : sourceOf(remote);
}

/**
 * Caps the connections `server` accepts: MAX_CONNECTIONS in all, MAX_CONNECTIONS_PER_ADDRESS per
 * source (connectionSource), the one past either closed at once. Installed before the server's
 * own 'connection' listeners, so an excess connection is never read.
 */
export function capConnections(server: Server, perAddress = MAX_CONNECTIONS_PER_ADDRESS): void {
  server.maxConnections = MAX_CONNECTIONS;
  const open = new Map<string, number>();
  server.prependListener('connection', (socket) => {
    const source = connectionSource(socket.remoteAddress);
    const held = open.get(source) ?? 0;
    if (held >= perAddress) {
      socket.destroy();
      return;
    }
    open.set(source, held + 1);
    socket.once('close', () => {
      const left = (open.get(source) ?? 1) - 1;
      if (left > 0) open.set(source, left);
      else open.delete(source);
    });
  });
}
