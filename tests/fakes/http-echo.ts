/**
 * A local stand-in for HTTP "what is my IP" services (ipify, icanhazip, Cloudflare trace...).
 *
 *   GET /               text: the answer and a newline (ipify, icanhazip)
 *   GET /json           JSON: {"ip": answer}           (ipinfo, ifconfig.co, seeip)
 *   GET /cdn-cgi/trace  kv lines with ip=answer         (Cloudflare trace)
 *
 * The answer follows the family of the connection (`ip4` over IPv4, `ip6` over IPv6), like a
 * real dual-stack echo; `setAnswer()` pins one raw answer instead. Answers and faults can be
 * changed while the server runs. Binds 127.0.0.1 unless `host: '::1'`.
 *
 * How long an idle connection stays open is the server's, and differs by who serves the echo
 * (`keepAliveMs`, ECHO_KEEP_ALIVE_MS): node:http's default is 5 s (server.keepAliveTimeout,
 * answered as `Keep-Alive: timeout=5`), as is Apache's KeepAliveTimeout. Cloudflare, in front of
 * icanhazip and 1.1.1.1's /cdn-cgi/trace, keeps an idle HTTP/1.1 connection from a client for
 * 400 s ("Connection Keep-Alive HTTP/1.1: 400 seconds, TCP connection closed",
 * https://developers.cloudflare.com/fundamentals/reference/connection-limits). Either way the
 * server closes the idle connection without a response, as node:http does here.
 *
 * @example
 *   const echo = await startHttpEcho({ ip4: '81.2.69.142' });
 *   const source = createHttpSource({ ..., url: `${echo.url}/json`, format: 'json' }, deps);
 *   echo.setFault('rate-limit', { retryAfter: '30' });
 *   expect(echo.requests).toBe(1);
 *   await echo.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type HttpFault =
  /** Answers normally. */
  | 'none'
  /** Accepts the request and never answers. */
  | 'timeout'
  | 'status500'
  /** 429 with Retry-After (`retryAfter`, default "30"). */
  | 'rate-limit'
  /** 403 with a Cloudflare-like challenge page. */
  | 'forbidden'
  /** 200 with a Cloudflare-like challenge page instead of an address. */
  | 'html'
  /** A private address: 10.0.0.1 over IPv4, fd00::1 over IPv6. */
  | 'private'
  /** The other family's answer (ip6 over IPv4 and the reverse). */
  | 'wrong-family'
  /** Answers normally after `delayMs` (default 1000). */
  | 'slow'
  /** Accepts the request and answers it normally on `release()`: a test decides when, not a timer. */
  | 'hold'
  /** Alternates between the normal answer and `alternate` (per family), starting normal. */
  | 'alternate'
  /** Answers the client's own address as the fake saw it (for family-forcing tests). */
  | 'echo-remote';

export interface FaultOptions {
  retryAfter?: string;
  delayMs?: number;
  /** Second answers of 'alternate'. */
  alternate?: { ip4?: string; ip6?: string };
}

export interface HttpEchoOptions {
  /** Address to bind: '127.0.0.1' (default) or '::1'. */
  host?: string;
  /** Port to bind; 0 (default) picks a free one. */
  port?: number;
  ip4?: string;
  ip6?: string;
  /** How long an idle connection stays open, ms: ECHO_KEEP_ALIVE_MS.node (5 s) unless given. */
  keepAliveMs?: number;
  /** Called on each request as it arrives, with the client's address (no ::ffff: prefix) and the path. */
  onRequest?: (remote: string, path: string) => void;
}

/** Idle limits of real servers for `keepAliveMs` (sources in the header). */
export const ECHO_KEEP_ALIVE_MS = { node: 5_000, cloudflare: 400_000 } as const;

export interface HttpEcho {
  readonly url: string;
  readonly port: number;
  readonly host: string;
  /** Requests received since start or the last reset(). */
  readonly requests: number;
  /** TCP connections accepted since start or the last reset(): shows keep-alive reuse. */
  readonly connections: number;
  /** TCP connections open now: a client that aborts a request it is waiting on closes its one. */
  readonly openConnections: number;
  readonly lastUserAgent: string | undefined;
  /** Remote address of the last request, without the ::ffff: prefix. */
  readonly lastRemoteAddress: string | undefined;
  readonly lastPath: string | undefined;
  /** Sets the per-family answers; an omitted one is left as is. Clears setAnswer(). */
  setIp(v4?: string, v6?: string): void;
  /** Pins one raw answer for both families (any text); null returns to the setIp() answers. */
  setAnswer(raw: string | null): void;
  setFault(fault: HttpFault, options?: FaultOptions): void;
  /** Answers the requests held by 'hold' so far. */
  release(): void;
  reset(): void;
  close(): Promise<void>;
}

/** Public-looking defaults: validateAnswer accepts them (no documentation ranges). */
export const ECHO_DEFAULT_V4 = '81.2.69.142';
export const ECHO_DEFAULT_V6 = '2a02:1:2::3';
const ALTERNATE_V4 = '81.2.69.143';
const ALTERNATE_V6 = '2a02:1:3::3';

const CHALLENGE_PAGE =
  '<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title></head>' +
  '<body><noscript>Enable JavaScript and cookies to continue</noscript></body></html>';

export async function startHttpEcho(options: HttpEchoOptions = {}): Promise<HttpEcho> {
  const host = options.host ?? '127.0.0.1';
  const answers = { 4: options.ip4 ?? ECHO_DEFAULT_V4, 6: options.ip6 ?? ECHO_DEFAULT_V6 };
  let pinned: string | null = null;
  let fault: HttpFault = 'none';
  let faultOptions: FaultOptions = {};
  let flip = false;
  let requests = 0;
  let connections = 0;
  let lastUserAgent: string | undefined;
  let lastRemoteAddress: string | undefined;
  let lastPath: string | undefined;
  const sockets = new Set<Socket>();
  const held: (() => void)[] = [];

  const answerFor = (remote: string): string => {
    const family = remote.includes(':') ? 6 : 4;
    const other = family === 4 ? 6 : 4;
    switch (fault) {
      case 'private':
        return family === 4 ? '10.0.0.1' : 'fd00::1';
      case 'wrong-family':
        return answers[other];
      case 'echo-remote':
        return remote;
      case 'alternate': {
        flip = !flip;
        const second =
          family === 4 ? (faultOptions.alternate?.ip4 ?? ALTERNATE_V4) : (faultOptions.alternate?.ip6 ?? ALTERNATE_V6);
        if (!flip) return second;
        break;
      }
      default:
        break;
    }
    return pinned ?? answers[family];
  };

  const respond = (req: IncomingMessage, res: ServerResponse) => {
    requests += 1;
    lastUserAgent = req.headers['user-agent'];
    lastRemoteAddress = (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
    lastPath = req.url;
    options.onRequest?.(lastRemoteAddress, req.url ?? '/');
    const send = (status: number, body: string, type = 'text/plain', headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': type, ...headers });
      res.end(body);
    };
    if (fault === 'timeout') return;
    if (fault === 'status500') return send(500, 'Internal Server Error\n');
    if (fault === 'rate-limit')
      return send(429, 'Too Many Requests\n', 'text/plain', { 'retry-after': faultOptions.retryAfter ?? '30' });
    if (fault === 'forbidden') return send(403, CHALLENGE_PAGE, 'text/html');
    if (fault === 'html') return send(200, CHALLENGE_PAGE, 'text/html');
    const answer = answerFor(lastRemoteAddress);
    const path = (req.url ?? '/').split('?')[0];
    const reply = () => {
      if (path === '/') send(200, `${answer}\n`);
      else if (path === '/json') send(200, JSON.stringify({ ip: answer }), 'application/json');
      else if (path === '/cdn-cgi/trace')
        send(200, `fl=1f1\nh=localhost\nip=${answer}\nts=1700000000.1\nvisit_scheme=http\n`);
      else send(404, 'Not Found\n');
    };
    if (fault === 'slow') setTimeout(reply, faultOptions.delayMs ?? 1000);
    else if (fault === 'hold') held.push(reply);
    else reply();
  };

  const server = createServer(respond);
  server.keepAliveTimeout = options.keepAliveMs ?? ECHO_KEEP_ALIVE_MS.node;
  server.on('connection', (socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;

  return {
    url: `http://${urlHost}:${port}`,
    port,
    host,
    get requests() {
      return requests;
    },
    get connections() {
      return connections;
    },
    get openConnections() {
      return sockets.size;
    },
    get lastUserAgent() {
      return lastUserAgent;
    },
    get lastRemoteAddress() {
      return lastRemoteAddress;
    },
    get lastPath() {
      return lastPath;
    },
    setIp(v4, v6) {
      if (v4 !== undefined) answers[4] = v4;
      if (v6 !== undefined) answers[6] = v6;
      pinned = null;
    },
    setAnswer(raw) {
      pinned = raw;
    },
    setFault(next, opts = {}) {
      fault = next;
      faultOptions = opts;
      flip = false;
    },
    release() {
      for (const reply of held.splice(0)) reply();
    },
    reset() {
      requests = 0;
      connections = 0;
    },
    // Idempotent, so a test may close early and still leave the cleanup hook to call it again.
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        // Requests held open by 'timeout' or 'hold' would keep close() waiting forever.
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      })),
  };
}
