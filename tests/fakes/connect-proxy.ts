/**
 * A local stand-in for an HTTP proxy that tunnels, as RFC 9110 §9.3.6 (CONNECT) describes it:
 * the client asks `CONNECT host:port HTTP/1.1` with the target's authority (an IPv6 address in
 * brackets, §7.2 and RFC 3986 §3.2.2); a 2xx answer turns the connection into a blind tunnel to
 * that authority, any other status refuses it and the connection stays the proxy's (407 Proxy
 * Authentication Required, RFC 9110 §15.5.8; 502 Bad Gateway, §15.6.3). Node's own server hands
 * a CONNECT over as its 'connect' event, without the HTTP machinery, as a proxy needs.
 *
 * `tunnels` lists the authorities asked for, in order; `refuse(status)` answers every next
 * CONNECT with that status instead of opening the tunnel; `silent()` accepts every next CONNECT
 * and never answers it. A request in absolute-form (RFC 9112 §3.2.2, what a client sends a
 * proxy for a plain-HTTP target) is listed in `forwarded` and refused with 405: it is not
 * forwarded. `open()` counts the connections the proxy holds open now.
 */
import { createServer, STATUS_CODES } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';

export interface ConnectProxy {
  /** `http://127.0.0.1:port`, for HTTPS_PROXY or HTTP_PROXY. */
  url: string;
  /** The authority of each CONNECT, in order (`127.0.0.1:443`, `[::1]:443`). */
  tunnels: string[];
  /** The request-target of each request in absolute-form (`http://host:port/path`), in order. */
  forwarded: string[];
  refuse(status: number | null): void;
  silent(): void;
  open(): Promise<number>;
  close(): Promise<void>;
}

export async function startConnectProxy(): Promise<ConnectProxy> {
  const tunnels: string[] = [];
  const sockets = new Set<Socket>();
  const forwarded: string[] = [];
  let refusal: number | null = null;
  let silent = false;
  const server = createServer((req, res) => {
    forwarded.push(req.url ?? '');
    res.writeHead(405).end('only CONNECT here\n');
  });
  server.on('connect', (req, client: Socket, head: Buffer) => {
    const authority = req.url ?? '';
    tunnels.push(authority);
    sockets.add(client);
    client.on('close', () => sockets.delete(client)).on('error', () => client.destroy());
    // Node's server keeps a half-open connection (allowHalfOpen): a proxy closes one its client ended.
    if (silent) return void client.once('end', () => client.destroy());
    if (refusal !== null) {
      const extra = refusal === 407 ? 'Proxy-Authenticate: Basic realm="stand-in"\r\n' : '';
      client.end(`HTTP/1.1 ${refusal} ${STATUS_CODES[refusal] ?? ''}\r\n${extra}Content-Length: 0\r\n\r\n`);
      return;
    }
    const m = /^\[?([^\]]+?)\]?:(\d+)$/.exec(authority);
    if (!m) return void client.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n');
    const upstream = connect({ host: m[1], port: Number(m[2]) });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.once('connect', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    upstream.on('error', () => {
      if (client.writable) client.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n');
      client.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    tunnels,
    forwarded,
    refuse: (status) => void (refusal = status),
    silent: () => void (silent = true),
    open: () => new Promise((resolve, reject) => server.getConnections((err, n) => (err ? reject(err) : resolve(n)))),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
