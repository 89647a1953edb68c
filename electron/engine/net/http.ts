/**
 * The HTTP client sources use: undici with one keep-alive pool per address family, the
 * family forced on every socket so an IPv6 source can never be answered over IPv4 (and the
 * reverse), bodies capped, failures mapped to SourceError codes. undici is loaded at the first
 * request, not with the engine: DNS and STUN sources answer most checks without it.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';

import type { Agent } from 'undici';

import type { Family } from '../../../shared/types';
import { SourceError } from '../sources/types';
import type { HttpClient, HttpRequest, HttpResponse } from './types';
import { loadUndici } from './undici';

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
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return new SourceError('timeout', message);
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

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const resolver = options.resolver ?? systemResolver;
  const agents = new Map<Family, Agent>();

  const agentFor = (family: Family, undici: typeof import('undici')): Agent => {
    let agent = agents.get(family);
    if (!agent) {
      agent = new undici.Agent({
        keepAliveTimeout: 30_000,
        // autoSelectFamily would race both families; the lookup already gives only one.
        connect: { lookup: forcedLookup(family, resolver), family, autoSelectFamily: false },
      });
      agents.set(family, agent);
    }
    return agent;
  };

  async function get(req: HttpRequest): Promise<HttpResponse> {
    const maxBytes = req.maxBytes ?? DEFAULT_MAX_BYTES;
    try {
      const hostname = new URL(req.url).hostname.replace(/^\[|\]$/g, '');
      // Literals skip the lookup in net.connect, so their family is checked here.
      const literal = isIP(hostname);
      if (literal !== 0 && literal !== req.family) throw new NoAddressOfFamilyError(hostname, req.family);
      const undici = await loadUndici();
      const res = await undici.request(req.url, {
        method: 'GET',
        dispatcher: agentFor(req.family, undici),
        signal: req.signal,
        headers: { 'user-agent': options.userAgent, ...req.headers },
      });
      const body = await readCapped(res.body, maxBytes);
      // undici hands the connection back to its pool a tick after the body ends; waiting for
      // that lets a request sent right after this one (a retry, a follow-up) reuse it.
      await new Promise((resolve) => setImmediate(resolve));
      return { status: res.statusCode, headers: res.headers, body };
    } catch (err) {
      throw toSourceError(err, req.signal);
    }
  }

  async function close(): Promise<void> {
    const all = [...agents.values()];
    agents.clear();
    await Promise.all(all.map((a) => a.destroy()));
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
