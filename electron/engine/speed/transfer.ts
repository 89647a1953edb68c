/**
 * The speed test's requests to a server that answers as speed.cloudflare.com does:
 * `GET /__down?bytes=N` answers N bytes, `POST /__up` reads the body and answers once it has it;
 * both say the server's own time in `server-timing: cfRequestDuration;dur=<ms>`. On net/client.ts
 * with one keep-alive connection for the whole test and the address family forced on its socket (as
 * net/http.ts does), timed with the monotonic clock. The sources' client (net/http.ts) is not
 * used: it reads bodies into memory and caps them at a few KB, and sends no body.
 *
 * Not @cloudflare/speedtest itself: it is a browser module whose requests go through the global
 * fetch (no family forced), which reports each result to Cloudflare and bounds no total of bytes
 * (docs/speed-test.md says more).
 */
import { isIP } from 'node:net';
import { Readable } from 'node:stream';

import type { Reason } from '../../../shared/reason';
import type { Family } from '../../../shared/types';
import { createClient } from '../net/client';
import { NoAddressOfFamilyError } from '../net/errors';
import { readBody } from '../net/etiquette';
import type { Resolver } from '../net/resolve';
import { inEnglish, reason } from '../reason';
import { serverTimeOf, type Timing } from './measure';

export interface TransferOptions {
  server: string;
  family: Family;
  userAgent: string;
  resolver?: Resolver;
  /** Monotonic ms; performance.now by default. */
  now?: () => number;
}

export interface Transfers {
  latency(signal: AbortSignal): Promise<Timing>;
  download(bytes: number, signal: AbortSignal): Promise<Timing>;
  upload(bytes: number, signal: AbortSignal): Promise<Timing>;
  close(): Promise<void>;
}

/** A refusal or a broken answer of the server: its reason, and that reason in English as the message. */
export class SpeedServerError extends Error {
  override name = 'SpeedServerError';
  constructor(readonly reason: Reason) {
    super(inEnglish(reason));
  }
}

const ZEROS = Buffer.alloc(64 * 1024, 0x30); // '0', as the library's genContent sends

/** `bytes` of '0' in chunks, never held in memory at once (an upload step may be 50 MB). */
function zeros(bytes: number): Readable {
  let left = bytes;
  return Readable.from(
    (function* () {
      while (left > 0) {
        const n = Math.min(left, ZEROS.length);
        left -= n;
        yield n === ZEROS.length ? ZEROS : ZEROS.subarray(0, n);
      }
    })(),
  );
}

function refusal(status: number, body: string): SpeedServerError {
  const said = body.replace(/\s+/g, ' ').trim().slice(0, 120);
  const kind = status === 429 ? 'wait' : status === 403 ? 'forbidden' : 'other';
  const values = { kind, status };
  return new SpeedServerError(
    said ? reason('reason.speed.refusedSaid', { ...values, said }) : reason('reason.speed.refused', values),
  );
}

export async function createTransfers(o: TransferOptions): Promise<Transfers> {
  const base = new URL(o.server);
  const host = base.hostname.replace(/^\[|\]$/g, '');
  const literal = isIP(host);
  if (literal !== 0 && literal !== o.family) throw new NoAddressOfFamilyError(host, o.family);
  const now = o.now ?? (() => performance.now());
  // One keep-alive connection for the whole test (its requests go one at a time), the family forced.
  const client = createClient(o.resolver ? { resolver: o.resolver } : {});
  const url = (path: string) => new URL(path, base).toString();
  // The site's own page sends its address as Referer; the server refuses 1e8 bytes and more without one.
  const headers = { 'user-agent': o.userAgent, referer: `${base.origin}/` };

  async function timed(
    path: string,
    init: { method: 'GET' | 'POST'; body?: Readable; bytes?: number },
    signal: AbortSignal,
    expectBytes: number | null,
  ): Promise<Timing> {
    const start = now();
    const res = await client.send({
      url: url(path),
      method: init.method,
      family: o.family,
      signal,
      headers:
        init.method === 'POST'
          ? { ...headers, 'content-type': 'text/plain;charset=UTF-8', 'content-length': String(init.bytes) }
          : headers,
      ...(init.body ? { body: init.body } : {}),
    });
    const firstByteMs = now() - start;
    if (res.status < 200 || res.status >= 300) throw refusal(res.status, await readBody(res.body, 4096, 'cut'));
    let received = 0;
    for await (const chunk of res.body as AsyncIterable<Buffer>) received += chunk.length;
    const endMs = now() - start;
    if (expectBytes !== null && received !== expectBytes)
      // The counts as text: a number would be grouped in the message ("1,000,000"), the English never was.
      throw new SpeedServerError(
        reason('reason.speed.short', { received: String(received), expected: String(expectBytes) }),
      );
    return { firstByteMs, endMs, serverMs: serverTimeOf(res.headers['server-timing']) };
  }

  return {
    latency: (signal) => timed('/__down?bytes=0', { method: 'GET' }, signal, null),
    download: (bytes, signal) => timed(`/__down?bytes=${bytes}`, { method: 'GET' }, signal, bytes),
    upload: (bytes, signal) => timed('/__up', { method: 'POST', body: zeros(bytes), bytes }, signal, null),
    close: () => client.close(),
  };
}
