/**
 * A stand-in for speed.cloudflare.com's speed endpoints, as @cloudflare/speedtest uses them
 * (github.com/cloudflare/speedtest, src/engines/BandwidthEngine/BandwidthEngine.js and
 * src/config/defaultConfig.js):
 * - `GET /__down?bytes=N` answers N bytes; `bytes=0` is the latency probe.
 * - `POST /__up` reads the body and answers once it has it.
 * - both send `server-timing: cfRequestDuration;dur=<ms>` (the library's cfGetServerTime reads it).
 * Quirks and error answers:
 * - `bytes` of 1e8 or more without a Referer: 403 (github.com/2dust/v2rayN/issues/9071,
 *   github.com/beck-8/subs-check/pull/255);
 * - rate limited: 429 with Retry-After, Cloudflare's usual limit answer (`refuse`).
 * Bytes move at a set rate each way, the answer's headers wait a set latency, so tests can check
 * the computed Mbps and round trips; `short` sends fewer bytes than asked (a broken answer).
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SpeedStandInOptions {
  /** Bytes per second each way. */
  downBytesPerSec: number;
  upBytesPerSec: number;
  /** The network's round trip before the answer's headers, by request number (0-based). */
  latencyMs?: (n: number) => number;
  /** The server's own time, reported in server-timing (and spent before the headers too). */
  serverMs?: number;
}

export interface SpeedRequest {
  method: string;
  path: string;
  bytes: number;
  referer: string | null;
  /**
   * How long this server truly held the request before its headers went out (performance.now()),
   * the latency and server time asked for plus however late a loaded machine's timers fired:
   * what a client's round trip is measured against.
   */
  heldMs: number | null;
}

export interface SpeedStandIn {
  url: string;
  requests: SpeedRequest[];
  /** From now on, answer every request with this status (429 sends Retry-After: 60); null: serve. */
  refuse: number | null;
  /** From now on, downloads send this share of the bytes asked (0..1); null: all. */
  short: number | null;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

/**
 * Waits until performance.now() reaches `t`. Node's timers count from the event loop's cached,
 * whole-millisecond clock and fire up to about 2 ms early against performance.now(); one setTimeout
 * would pace a transfer faster than its rate, so this waits again until the moment has truly come.
 */
async function sleepUntil(t: number): Promise<void> {
  for (let left = t - performance.now(); left > 0; left = t - performance.now()) await sleep(left);
}

/** Writes `total` bytes of '0' no faster than `rate` bytes a second, each chunk once its time has come. */
async function paced(res: ServerResponse, total: number, rate: number): Promise<void> {
  const chunkSize = Math.max(4096, Math.round(rate * 0.008));
  const chunk = Buffer.alloc(chunkSize, 0x30);
  const start = performance.now();
  for (let sent = 0; sent < total;) {
    const n = Math.min(chunkSize, total - sent);
    sent += n;
    await sleepUntil(start + (sent / rate) * 1000);
    if (!res.write(n === chunkSize ? chunk : chunk.subarray(0, n))) await once(res, 'drain');
  }
}

/** Reads the body no faster than `rate` bytes a second; resolves with its size. */
async function readPaced(req: IncomingMessage, rate: number): Promise<number> {
  const start = performance.now();
  let got = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    got += chunk.length;
    await sleepUntil(start + (got / rate) * 1000);
  }
  return got;
}

export async function startSpeedStandIn(o: SpeedStandInOptions): Promise<SpeedStandIn> {
  const serverMs = o.serverMs ?? 1;
  const state = { refuse: null as number | null, short: null as number | null };
  const requests: SpeedRequest[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://stand-in');
      const n = requests.length;
      const arrived = performance.now();
      const bytes = url.pathname === '/__down' ? Number(url.searchParams.get('bytes') ?? 0) : 0;
      const referer = req.headers.referer ?? null;
      requests.push({ method: req.method ?? '', path: url.pathname, bytes, referer, heldMs: null });
      const timing = { 'server-timing': `cfRequestDuration;dur=${serverMs}` };
      const wait = async () => {
        await sleepUntil(performance.now() + (o.latencyMs?.(n) ?? 0) + serverMs);
        requests[n]!.heldMs = performance.now() - arrived;
      };
      if (state.refuse !== null) {
        req.resume();
        const extra = state.refuse === 429 ? { 'retry-after': '60' } : {};
        res.writeHead(state.refuse, { 'content-type': 'text/plain', ...extra, ...timing }).end('error code: 1015');
        return;
      }
      if (req.method === 'GET' && url.pathname === '/__down') {
        if (!Number.isSafeInteger(bytes) || bytes < 0) return void res.writeHead(400).end('bad bytes');
        if (bytes >= 1e8 && !referer) return void res.writeHead(403, timing).end('Forbidden');
        const sent = state.short === null ? bytes : Math.floor(bytes * state.short);
        await wait();
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(sent), ...timing });
        await paced(res, sent, o.downBytesPerSec);
        res.end();
        return;
      }
      if (req.method === 'POST' && url.pathname === '/__up') {
        const got = await readPaced(req, o.upBytesPerSec);
        requests[n]!.bytes = got;
        await wait();
        res.writeHead(200, { 'content-type': 'text/plain', ...timing }).end();
        return;
      }
      res.writeHead(404).end('Not Found');
    })().catch(() => res.destroy());
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get refuse() {
      return state.refuse;
    },
    set refuse(v) {
      state.refuse = v;
    },
    get short() {
      return state.short;
    },
    set short(v) {
      state.short = v;
    },
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close').catch(() => undefined);
    },
  };
}
