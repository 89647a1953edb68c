/**
 * A bare TCP server that answers HTTP/1.1 GETs with scripted bytes, for the framing and
 * connection cases a real server will not produce on demand: chunked bodies in pieces, a body
 * delimited by the close, garbage, a reset mid-body, a kept-alive connection closed just as the
 * next request arrives. Binds 127.0.0.1 unless `host: '::1'`.
 *
 * It reads requests as RFC 9112 frames them: a request is its start line and fields up to the
 * empty line (section 2.1), and a GET without Content-Length or Transfer-Encoding has no body
 * (section 6.3, rule 7), so the next request on a kept-alive connection (section 9.3) starts
 * right after that empty line. What it sends back is whatever `answer` writes, byte for byte:
 * framing it (sections 6 and 7), or deliberately not, is the script's business.
 *
 * @example
 *   const raw = await startRawHttp((ex) => ex.end('HTTP/1.1 200 OK\r\n\r\nclose-delimited'));
 *   const res = await client.get({ url: `${raw.url}/`, family: 4, signal });
 *   await raw.closed(1);
 *   expect(raw.connections).toBe(1);
 *   await raw.close();
 */
import { createServer, type AddressInfo, type Socket } from 'node:net';

/** One request as it arrived, and what the script does with its connection. */
export interface RawExchange {
  /** The request's start line and fields, without the final empty line. */
  readonly head: string;
  /** Which accepted connection carried it, from 1. */
  readonly connection: number;
  /** Which request on that connection it is, from 1. */
  readonly nthOnConnection: number;
  write(bytes: string | Buffer): void;
  /** Writes the bytes, then closes the connection (FIN): a close-delimited body ends there. */
  end(bytes?: string | Buffer): void;
  /** Closes the connection at once with a TCP RST (right after data, Linux clients may read it as an end). */
  reset(): void;
}

export interface RawHttpOptions {
  /** Address to bind: '127.0.0.1' (default) or '::1'. */
  host?: string;
}

export interface RawHttp {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  readonly url: string;
  readonly port: number;
  /** TCP connections accepted so far. */
  readonly connections: number;
  /** Requests received so far, in order. */
  readonly requests: readonly RawExchange[];
  /** Resolves once `n` requests have arrived, with the n-th. */
  request(n: number): Promise<RawExchange>;
  /** Resolves once `n` connections have closed, whichever side closed them. */
  closed(n: number): Promise<void>;
  close(): Promise<void>;
}

/** `answer` runs once per request; writing nothing leaves the client waiting. */
export async function startRawHttp(answer: (ex: RawExchange) => void, options: RawHttpOptions = {}): Promise<RawHttp> {
  const requests: RawExchange[] = [];
  const sockets = new Set<Socket>();
  let connections = 0;
  let closedCount = 0;
  const waiters = new Set<() => void>();
  const changed = () => waiters.forEach((check) => check());
  const until = (ok: () => boolean) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (!ok()) return;
        waiters.delete(check);
        resolve();
      };
      waiters.add(check);
      check();
    });

  const server = createServer((socket) => {
    const connection = ++connections;
    let nth = 0;
    let pending = '';
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.once('close', () => {
      sockets.delete(socket);
      closedCount++;
      changed();
    });
    socket.on('data', (chunk: Buffer) => {
      pending += chunk.toString('latin1');
      for (let end = pending.indexOf('\r\n\r\n'); end >= 0; end = pending.indexOf('\r\n\r\n')) {
        const ex: RawExchange = {
          head: pending.slice(0, end),
          connection,
          nthOnConnection: ++nth,
          write: (bytes) => void socket.write(bytes),
          end: (bytes) => void (bytes === undefined ? socket.end() : socket.end(bytes)),
          reset: () => void socket.resetAndDestroy(),
        };
        pending = pending.slice(end + 4);
        requests.push(ex);
        answer(ex);
        changed();
      }
    });
    changed();
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    get connections() {
      return connections;
    },
    requests,
    request: async (n) => {
      await until(() => requests.length >= n);
      return requests[n - 1]!;
    },
    closed: (n) => until(() => closedCount >= n),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
