/**
 * The HTTP client sources use: node:http and node:https with one keep-alive agent per scheme
 * and address family, the family forced on every socket so an IPv6 source can never be
 * answered over IPv4 (and the reverse), bodies capped, failures mapped to SourceError codes.
 * Not undici: for one tiny GET per source and check, Node's own client cost about 0.9 ms less
 * CPU per request (a new connection each time: servers close idle ones long before the next
 * check), and it is loaded already (bench/runner: CPU per steady check).
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';

import type { Family } from '../../../shared/types';
import { SourceError } from '../sources/types';
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
}

const DEFAULT_MAX_BYTES = 8 * 1024;

type NetLookupCallback = (err: Error | null, address: string | LookupAddress[], family?: number) => void;

/** A net.connect `lookup` that only ever yields addresses of `family`. */
function forcedLookup(family: Family, resolver: Resolver) {
  return (hostname: string, options: { all?: boolean }, callback: NetLookupCallback) => {
    resolveFamily(hostname, family, resolver).then(
      (addresses) => {
        if (!options.all) return callback(null, addresses[0] ?? '', family);
        const all: LookupAddress[] = addresses.map((address) => ({ address, family }));
        callback(null, all);
      },
      (err: Error) => callback(err, ''),
    );
  };
}

/** A kept-alive socket nobody uses is closed after this (most servers close theirs sooner). */
const IDLE_MS = 30_000;

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const resolver = options.resolver ?? systemResolver;
  const agents = new Map<string, http.Agent>();

  const agentFor = (secure: boolean, family: Family): http.Agent => {
    const key = `${secure ? 'https' : 'http'}${family}`;
    let agent = agents.get(key);
    if (!agent) {
      agent = new (secure ? https.Agent : http.Agent)({ keepAlive: true, timeout: IDLE_MS });
      agents.set(key, agent);
    }
    return agent;
  };

  async function get(req: HttpRequest): Promise<HttpResponse> {
    const maxBytes = req.maxBytes ?? DEFAULT_MAX_BYTES;
    try {
      const url = new URL(req.url);
      const secure = url.protocol === 'https:';
      if (!secure && url.protocol !== 'http:') throw new SourceError('network', `not an http(s) URL: ${req.url}`);
      const hostname = url.hostname.replace(/^\[|\]$/g, '');
      // Literals skip the lookup in net.connect, so their family is checked here.
      const literal = isIP(hostname);
      if (literal !== 0 && literal !== req.family) throw new NoAddressOfFamilyError(hostname, req.family);
      // autoSelectFamily reaches net.connect through the agent; Node's request types omit it.
      const opts: http.RequestOptions & { autoSelectFamily: boolean } = {
        method: 'GET',
        agent: agentFor(secure, req.family),
        // autoSelectFamily would race both families; the lookup already gives only one.
        family: req.family,
        lookup: forcedLookup(req.family, resolver) as never,
        autoSelectFamily: false,
        signal: req.signal,
        headers: { 'user-agent': options.userAgent, ...req.headers },
      };
      const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
        const r = (secure ? https : http).request(url, opts);
        r.once('response', resolve);
        r.once('error', reject);
        r.end();
      });
      const body = await readCapped(res, maxBytes);
      // The socket goes back to its agent a tick after the body ends; waiting for that lets a
      // request sent right after this one (a retry, a follow-up) reuse it.
      await new Promise((resolve) => setImmediate(resolve));
      return { status: res.statusCode ?? 0, headers: res.headers, body };
    } catch (err) {
      throw toSourceError(err, req.signal);
    }
  }

  async function close(): Promise<void> {
    for (const a of agents.values()) a.destroy();
    agents.clear();
  }

  return { get, close };
}

/** Reads at most maxBytes; a longer body is cut off and its connection dropped. */
async function readCapped(body: AsyncIterable<Buffer> & { destroy(): unknown }, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= maxBytes) {
      body.destroy();
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, maxBytes).toString('utf8');
}
