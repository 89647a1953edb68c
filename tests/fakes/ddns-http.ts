/**
 * The server under the dynamic DNS providers' stand-ins (cloudflare-api.ts, dyndns2.ts,
 * duckdns.ts, desec.ts): an HTTP server on 127.0.0.1 that records each request and answers
 * with what the stand-in's handler says, or with a fault set at run time (a status with an
 * optional Retry-After), the way a provider answers when it throttles or fails.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: string;
  /** When the request's body ended (epoch ms): the bench times a change to the provider's request by it. */
  at: number;
  /** The same on this process's monotonic clock (performance.now()), for waits measured across a wall-clock step. */
  mono: number;
}

export interface Reply {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

export interface HttpStandIn {
  url: string;
  requests: SeenRequest[];
  /**
   * Answers every request with this until set back to null; `hang` answers nothing at all (the
   * request is held open until the stand-in closes), as a provider stuck behind a load balancer;
   * `drop` closes the connection without a word, as a server that crashed mid-request.
   */
  fault: { status: number; body?: string; retryAfter?: string; hang?: boolean; drop?: boolean } | null;
  /** Every credential received so far, request by request (credentialsOf): none must reach a host it was not meant for. */
  credentials(): string[];
  close(): Promise<void>;
}

/** Query parameters that carry a secret (DuckDNS's `token`, a password in a GET update, Dynadot's `pwd`). */
const SECRET_PARAMS = /^(token|password|pass|pwd|key|api_?key|access_token)$/i;

/**
 * The headers that carry a credential: Authorization (Bearer or Basic, RFC 9110 section 11.6.2),
 * and the providers' own (Gotify's X-Gotify-Key, Hetzner's Auth-API-Token, Servercow's
 * X-Auth-Password, NS1's X-NSONE-Key, X-API-Key and X-API-Secret, X-Auth-Token). Node lowers header names.
 */
const SECRET_HEADERS = [
  'authorization',
  'x-gotify-key',
  'auth-api-token',
  'x-auth-password',
  'x-auth-token',
  'x-api-key',
  'x-api-secret',
  'x-nsone-key',
];

/** Every credential one request carried, as it came: its secret headers and secret-named query parameters. */
export function credentialsOf(headers: IncomingHttpHeaders, url: URL): string[] {
  const found: string[] = [];
  for (const name of SECRET_HEADERS) {
    const v = headers[name];
    if (typeof v === 'string') found.push(v);
  }
  for (const [k, v] of url.searchParams) if (SECRET_PARAMS.test(k)) found.push(v);
  return found;
}

export async function startHttpStandIn(handle: (req: SeenRequest) => Reply): Promise<HttpStandIn> {
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      const seen = {
        method: req.method ?? 'GET',
        url: new URL(req.url ?? '/', 'http://x'),
        headers: req.headers,
        body,
        at: Date.now(),
        mono: performance.now(),
      };
      stand.requests.push(seen);
      const f = stand.fault;
      if (f?.hang) return void held.add(res);
      if (f?.drop) return void req.socket.destroy();
      const reply: Reply = f
        ? { status: f.status, body: f.body ?? '', headers: f.retryAfter ? { 'retry-after': f.retryAfter } : {} }
        : handle(seen);
      res.writeHead(reply.status, reply.headers).end(reply.body);
    });
  });
  const held = new Set<import('node:http').ServerResponse>();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const stand: HttpStandIn = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: [],
    fault: null,
    credentials: () => stand.requests.flatMap((r) => credentialsOf(r.headers, r.url)),
    close: () => {
      for (const res of held) res.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return stand;
}

/** The user and password of a Basic Authorization header, or null. */
export function basicAuth(headers: IncomingHttpHeaders): [string, string] | null {
  const m = /^Basic (.+)$/.exec(headers.authorization ?? '');
  if (!m) return null;
  const text = Buffer.from(m[1]!, 'base64').toString();
  const at = text.indexOf(':');
  return at < 0 ? null : [text.slice(0, at), text.slice(at + 1)];
}
