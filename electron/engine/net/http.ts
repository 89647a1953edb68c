/**
 * The HTTP client sources use: one GET over a TCP or TLS socket of the forced family, so an
 * IPv6 source can never be answered over IPv4 (and the reverse); connections kept alive per
 * origin and family, TLS sessions resumed, bodies capped, failures mapped to SourceError codes.
 * Neither undici nor node:http: for one tiny GET per source and check, their request, agent
 * and stream machinery cost more CPU than everything else a steady check does
 * (bench/runner: CPU per steady check); the wire format is in http1.ts.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { connect as netConnect, isIP } from 'node:net';
import tls from 'node:tls';

import type { Family } from '../../../shared/types';
import { SourceError } from '../sources/types';
import { ClosedUnansweredError, type Connection, SocketPool } from './http-socket';
import { requestHead } from './http1';
import type { HttpClient, HttpRequest, HttpResponse } from './types';

/** Resolves a host name to addresses of one family; node:dns by default, injectable. */
export type Resolver = (hostname: string, family: Family | 0) => Promise<string[]>;

export const systemResolver: Resolver = (hostname, family) =>
  new Promise((resolve, reject) => {
    dnsLookup(hostname, { family, all: true }, (err, addresses: LookupAddress[]) =>
      err ? reject(err) : resolve(addresses.map((a) => a.address)),
    );
  });

/** The name exists, but has no address of the asked family: that family cannot reach it. */
export class NoAddressOfFamilyError extends Error {
  readonly code = 'ENOTFOUND';
  constructor(hostname: string, family: Family) {
    super(`${hostname} has no IPv${family} address`);
    this.name = 'NoAddressOfFamilyError';
  }
}

/**
 * Addresses of `hostname` in `family` only. An IP literal of the other family fails here,
 * since the OS would otherwise connect it over that family and break the forcing.
 */
export async function resolveFamily(hostname: string, family: Family, resolver: Resolver): Promise<string[]> {
  const literal = isIP(hostname);
  if (literal !== 0) {
    if (literal !== family) throw new NoAddressOfFamilyError(hostname, family);
    return [hostname];
  }
  try {
    const found = await resolver(hostname, family);
    if (found.length > 0) return found;
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
  // Only a second, family-less lookup tells "no AAAA" (unreachable) from "no such host".
  const any = await resolver(hostname, 0).catch(() => []);
  if (any.length > 0) throw new NoAddressOfFamilyError(hostname, family);
  throw Object.assign(new Error(`${hostname} not found`), { code: 'ENOTFOUND' });
}

const isNotFound = (err: unknown) =>
  ['ENOTFOUND', 'ENODATA', 'EAI_NONAME', 'EAI_NODATA'].includes(errorCode(err) ?? '');

const errorCode = (err: unknown): string | undefined =>
  typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : undefined;

const UNREACHABLE = new Set(['ENETUNREACH', 'EHOSTUNREACH', 'EAFNOSUPPORT', 'EADDRNOTAVAIL']);

/**
 * Maps a transport failure to a SourceError. An aborted signal wins over whatever error
 * the abort caused, so the engine sees 'timeout' for both its deadline and its cancel.
 */
export function toSourceError(err: unknown, signal: AbortSignal): SourceError {
  if (err instanceof SourceError) return err;
  if (signal.aborted) {
    const reason: unknown = signal.reason;
    const timedOut = reason instanceof Error && reason.name === 'TimeoutError';
    return new SourceError('timeout', timedOut ? 'no answer before the timeout' : 'cancelled');
  }
  if (err instanceof NoAddressOfFamilyError) return new SourceError('unreachable', err.message);
  const code = errorCode(err) ?? errorCode(err instanceof Error ? err.cause : undefined);
  const message = err instanceof Error ? err.message : String(err);
  if (code && UNREACHABLE.has(code)) return new SourceError('unreachable', `${code}: ${message}`);
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ETIMEDOUT') return new SourceError('timeout', message);
  return new SourceError('network', code && !message.includes(code) ? `${code}: ${message}` : message);
}

export interface HttpClientOptions {
  userAgent: string;
  /** Name resolution; tests inject one to simulate a host without an address of a family. */
  resolver?: Resolver;
  /** Extra TLS options (tests trust their own CA this way). */
  tls?: Pick<tls.ConnectionOptions, 'ca'>;
  /** Monotonic ms for the gaps between requests (keep-alive.ts); performance.now() unless given. */
  now?: () => number;
  /** How long an unused connection is kept open; IDLE_MS unless given (tests shorten it). */
  idleMs?: number;
}

const DEFAULT_MAX_BYTES = 8 * 1024;

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const resolver = options.resolver ?? systemResolver;
  const pool = new SocketPool(options.now, options.idleMs);
  const targets = new TargetCache();

  /** TLS sessions by origin, so the next handshake to a source can be a resumed one. */
  const sessions = new Map<string, Buffer>();

  async function connect(t: Target, family: Family, signal: AbortSignal): Promise<Connection> {
    const [address] = t.literal
      ? [t.hostname]
      : await untilAborted(resolveFamily(t.hostname, family, resolver), signal);
    if (!t.secure) return pool.open(netConnect({ host: address, port: t.port, noDelay: true }));
    const key = `${t.origin}/${family}`;
    const socket = tls.connect({
      host: address,
      port: t.port,
      // SNI names the host; an IP literal is never sent as a server name.
      servername: t.literal ? undefined : t.hostname,
      ALPNProtocols: ['http/1.1'],
      session: sessions.get(key),
      ...options.tls,
    });
    socket.on('session', (session: Buffer) => sessions.set(key, session));
    return pool.open(socket.setNoDelay(true));
  }

  /** The request's bytes; a source sends the same headers object at every check, so the last ones are kept. */
  function headOf(t: Target, headers: HttpRequest['headers']): string {
    if (t.head && t.head.headers === headers) return t.head.bytes;
    const bytes = requestHead(t, { 'user-agent': options.userAgent, ...lowerKeys(headers) });
    t.head = { headers, bytes };
    return bytes;
  }

  async function get(req: HttpRequest): Promise<HttpResponse> {
    const { signal } = req;
    try {
      const t = targets.get(req.url);
      if (t.literal !== 0 && t.literal !== req.family) throw new NoAddressOfFamilyError(t.hostname, req.family);
      signal.throwIfAborted();
      const head = headOf(t, req.headers);
      const key = `${t.origin}/${req.family}`;
      const maxBytes = req.maxBytes ?? DEFAULT_MAX_BYTES;
      pool.started(key);
      const reused = pool.take(key);
      if (reused) {
        const r = await reused.exchange(head, maxBytes, signal).catch((err: unknown) => {
          // The server closed the idle connection as this request left: once more, on a new one.
          if (err instanceof ClosedUnansweredError && !signal.aborted) return null;
          throw err;
        });
        if (r) return pool.settle(key, reused, r);
      }
      const conn = await connect(t, req.family, signal);
      return pool.settle(key, conn, await conn.exchange(head, maxBytes, signal));
    } catch (err) {
      throw toSourceError(err, signal);
    }
  }

  async function close(): Promise<void> {
    pool.destroy();
  }

  return { get, close };
}

/** `work`, or the signal's reason as soon as it aborts (a name lookup cannot be cancelled, only left). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** A URL as the client needs it. */
interface Target {
  secure: boolean;
  /** Without IPv6 brackets. */
  hostname: string;
  /** 4 or 6 for an IP literal, else 0. */
  literal: number;
  port: number;
  /** As the Host header gives it: brackets, and the port unless the scheme's default. */
  host: string;
  pathname: string;
  search: string;
  origin: string;
  /** The last request head built for it, and the caller headers it was built from. */
  head?: { headers: HttpRequest['headers']; bytes: string };
}

/** Parsed URLs: a source asks the same one at every check. */
class TargetCache {
  private readonly known = new Map<string, Target>();

  get(raw: string): Target {
    let t = this.known.get(raw);
    if (t) return t;
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new SourceError('network', `not an http(s) URL: ${raw}`);
    const secure = url.protocol === 'https:';
    const hostname = url.hostname.replace(/^\[|\]$/g, '');
    const { host, pathname, search, origin } = url;
    t = {
      secure,
      hostname,
      literal: isIP(hostname),
      port: Number(url.port) || (secure ? 443 : 80),
      host,
      pathname,
      search,
      origin,
    };
    if (this.known.size >= 64) this.known.clear();
    this.known.set(raw, t);
    return t;
  }
}

/** Caller headers by lower-case name, so a caller's `User-Agent` replaces the default one. */
function lowerKeys(headers: Readonly<Record<string, string>> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) out[k.toLowerCase()] = v;
  return out;
}
