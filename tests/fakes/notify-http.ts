/**
 * A local stand-in for every HTTP notification service (Discord, Slack, Telegram, ntfy,
 * Gotify, a generic webhook): it records each request (method, path, headers, body, arrival
 * time, the status it answered) and answers 200 with `okBody`, or a fault set at run time:
 *
 *   { mode: 'status', status: 500 }                       a plain error
 *   { mode: 'status', status: 429, retryAfter: '1' }      rate limited, with Retry-After
 *   { mode: 'hang' }                                      accepts and never answers
 *
 * Binds 127.0.0.1 on a free port.
 *
 * @example
 *   const fake = await startNotifyFake();
 *   fake.setFault({ mode: 'status', status: 503 });
 *   await fake.waitFor((reqs) => reqs.some((r) => r.status === 200));
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { performance } from 'node:perf_hooks';

import { credentialsOf } from './ddns-http';

export type NotifyFault =
  { mode: 'ok' } | { mode: 'status'; status: number; retryAfter?: string; body?: string } | { mode: 'hang' };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** performance.now() when the whole body had arrived. */
  at: number;
  /** What the fake answered (0 for a request left hanging). */
  status: number;
}

export interface NotifyFake {
  url: string;
  port: number;
  requests: RecordedRequest[];
  /** The requests answered 2xx. */
  delivered(): RecordedRequest[];
  /** Every credential received so far (Authorization, X-Gotify-Key, a token in the query), request by request. */
  credentials(): string[];
  setFault(fault: NotifyFault): void;
  /** Called for every request as it arrives (benchmarks). */
  onRequest: ((r: RecordedRequest) => void) | null;
  /** Resolves once `pred(requests)` holds; rejects after `timeoutMs`. */
  waitFor(pred: (requests: RecordedRequest[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startNotifyFake(
  opts: {
    okBody?: string;
    okStatus?: number;
    /** A given port: a service coming back where it was. */ port?: number;
  } = {},
): Promise<NotifyFake> {
  let fault: NotifyFault = { mode: 'ok' };
  const requests: RecordedRequest[] = [];
  const waiters = new Set<() => void>();
  const sockets = new Set<Socket>();
  const fake: NotifyFake = {
    url: '',
    port: 0,
    requests,
    delivered: () => requests.filter((r) => r.status >= 200 && r.status < 300),
    credentials: () => requests.flatMap((r) => credentialsOf(r.headers, new URL(r.path, 'http://x'))),
    setFault: (f) => {
      fault = f;
    },
    onRequest: null,
    waitFor(pred, timeoutMs = 10_000) {
      if (pred(requests)) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `waitFor timed out after ${timeoutMs} ms; ${requests.length} requests: ${requests.map((r) => r.status).join(',')}`,
            ),
          );
        }, timeoutMs);
        const check = () => {
          if (!pred(requests)) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const f = fault;
      const status = f.mode === 'ok' ? (opts.okStatus ?? 200) : f.mode === 'status' ? f.status : 0;
      const rec: RecordedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: performance.now(),
        status,
      };
      requests.push(rec);
      fake.onRequest?.(rec);
      for (const w of [...waiters]) w();
      if (f.mode === 'hang') return;
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (f.mode === 'status' && f.retryAfter !== undefined) headers['retry-after'] = f.retryAfter;
      res.writeHead(status, headers);
      res.end(f.mode === 'ok' ? (opts.okBody ?? '{"ok":true}') : (f.body ?? `{"error":"fake ${status}"}`));
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  fake.port = (server.address() as AddressInfo).port;
  fake.url = `http://127.0.0.1:${fake.port}`;
  return fake;
}
