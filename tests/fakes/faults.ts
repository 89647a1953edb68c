/**
 * Fault injection for any HTTP stand-in of tests/fakes (providers, channels, heartbeats, identity
 * services): a front on 127.0.0.1 that passes each request through to the stand-in, which answers
 * as the service's docs say (the stand-in's own top cites them), or misbehaves the ways a real
 * service or the path to it does, so no stand-in needs faults of its own:
 *
 *   'pass'       forwarded; the stand-in's answer comes back as it is
 *   'throw'      the connection is reset as the request arrives (a server that crashed mid-request)
 *   'hang'       the request is read and never answered (a stuck server; the client's limit ends it)
 *   'garbage'    200 with seeded random bytes as the body, labelled as JSON
 *   'not-http'   bytes that are no HTTP response at all (RFC 9112 section 4: no status line), then the close
 *   'oversized'  200 with a body of OVERSIZED_BYTES, past the etiquette's 64 KB per body
 *
 * `setFaults` takes one mode or a rotation: request n gets modes[n % length], so one run meets
 * every fault in turn. The front records each request with the mode it met.
 *
 * @example
 *   const hc = await startHealthchecks({ mode: 'self-hosted', uuids: [UUID] });
 *   const front = await startFaultFront(hc.url, { seed });
 *   front.setFaults(['throw', 'pass']);
 *   const url = front.urlOf(hc.pingUrl(UUID)); // the same path, through the front
 */
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

import { seededBytes, seededRandom } from '../helpers/random';

export const FAULT_MODES = ['pass', 'throw', 'hang', 'garbage', 'not-http', 'oversized'] as const;
export type FaultMode = (typeof FAULT_MODES)[number];

/** The body of 'oversized': 1 MiB, sixteen times the 64 KB a client keeps. */
export const OVERSIZED_BYTES = 1024 * 1024;

export interface FaultedRequest {
  method: string;
  path: string;
  mode: FaultMode;
}

export interface FaultFront {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  readonly url: string;
  /** A stand-in's URL with the front's origin: the same path and query, through the front. */
  urlOf(standInUrl: string): string;
  readonly requests: readonly FaultedRequest[];
  /** How many requests met `mode`. */
  count(mode: FaultMode): number;
  setFaults(modes: FaultMode | readonly FaultMode[]): void;
  close(): Promise<void>;
}

export interface FaultFrontOptions {
  /** Seeds 'garbage' (tests/helpers/random.ts: the test prints it). */
  seed: number;
  /** The first faults; 'pass' by default. */
  faults?: FaultMode | readonly FaultMode[];
}

/** A front for the stand-in at `target` (its origin: `http://127.0.0.1:PORT`). */
export async function startFaultFront(target: string, opts: FaultFrontOptions): Promise<FaultFront> {
  const to = new URL(target);
  const random = seededRandom(opts.seed);
  const requests: FaultedRequest[] = [];
  const sockets = new Set<Socket>();
  let modes: readonly FaultMode[] = ['pass'];
  const setFaults = (m: FaultMode | readonly FaultMode[]) => void (modes = typeof m === 'string' ? [m] : [...m]);
  setFaults(opts.faults ?? 'pass');

  const server = createServer((req, res) => {
    const mode = modes[requests.length % modes.length]!;
    requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', mode });
    switch (mode) {
      case 'throw':
        return void req.socket.resetAndDestroy();
      case 'hang':
        return void req.resume();
      case 'garbage':
        return void res.writeHead(200, { 'content-type': 'application/json' }).end(seededBytes(random, 512));
      case 'not-http':
        return void req.socket.end('\x00\x01 no status line here\r\n\r\n');
      case 'oversized':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': OVERSIZED_BYTES });
        return void res.end(Buffer.alloc(OVERSIZED_BYTES, 0x61));
      case 'pass': {
        const headers = { ...req.headers, host: to.host };
        const out = httpRequest(
          { host: to.hostname, port: to.port, method: req.method, path: req.url, headers },
          (r) => {
            res.writeHead(r.statusCode ?? 502, r.headers);
            r.pipe(res);
          },
        );
        out.on('error', () => req.socket.destroy());
        return void req.pipe(out);
      }
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('error', () => undefined);
    s.once('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    urlOf: (standInUrl) => {
      const u = new URL(standInUrl);
      return `${url}${u.pathname}${u.search}`;
    },
    requests,
    count: (mode) => requests.filter((r) => r.mode === mode).length,
    setFaults,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
