/**
 * A stand-in for the user's own service behind a monitor (SSH, a web app): one TCP port that can
 * go down and come back on the same port, answering HTTP when asked. Binds 127.0.0.1.
 *
 * How each state looks from the monitor, as the protocols say:
 * - up: the handshake completes (RFC 9293 §3.5); an HTTP request gets the configured status and
 *   body (RFC 9110 §15).
 * - down: nothing listens, so the kernel answers the SYN with a RST (RFC 9293 §3.5.2, "If the
 *   connection does not exist (CLOSED), then a reset is sent"): Node reports ECONNREFUSED.
 *   Sockets open when it went down are destroyed, as a stopped process's are.
 * - hang: connections are accepted and never answered (a wedged process): only a timeout ends it.
 *
 * @example
 *   const svc = await startUserService({ status: 200, body: 'Nextcloud ok' });
 *   svc.url; svc.port;
 *   await svc.down(); await svc.up();
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface UserServiceOptions {
  status?: number;
  body?: string;
}

export interface UserService {
  readonly port: number;
  readonly url: string;
  /** Requests (or bare connections) seen while up. */
  readonly hits: number;
  answer(status: number, body: string): void;
  hang(on: boolean): void;
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startUserService(opts: UserServiceOptions = {}): Promise<UserService> {
  let status = opts.status ?? 200;
  let body = opts.body ?? 'ok';
  let hanging = false;
  let hits = 0;
  const sockets = new Set<Socket>();
  const make = (): Server => {
    const s = createServer((req, res) => {
      hits++;
      if (hanging) return;
      res.writeHead(status, { 'content-type': 'text/plain' }).end(body);
    });
    s.on('connection', (c: Socket) => {
      sockets.add(c);
      c.on('close', () => sockets.delete(c));
    });
    return s;
  };
  let server: Server | null = make();
  const listen = (s: Server, port: number) =>
    new Promise<number>((resolve, reject) => {
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => resolve((s.address() as AddressInfo).port));
    });
  const port = await listen(server, 0);
  const stop = async () => {
    const s = server;
    server = null;
    if (!s) return;
    for (const c of sockets) c.destroy();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  };
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    get hits() {
      return hits;
    },
    answer(s, b) {
      status = s;
      body = b;
    },
    hang(on) {
      hanging = on;
    },
    down: stop,
    async up() {
      if (server) return;
      server = make();
      await listen(server, port);
    },
    close: stop,
  };
}
