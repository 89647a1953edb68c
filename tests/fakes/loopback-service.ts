/**
 * The bare server under the stand-ins of services that answer JSON over HTTP (Twilio, Matrix,
 * signal-cli-rest-api, Bark): it reads each request whole, hands it to the service's own
 * `answer`, and writes what that returns, or drops the connection without a word (`drop`: an
 * answer lost on the way, after the service did the work). Binds 127.0.0.1 on a free port.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ServiceRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export type ServiceAnswer =
  { status: number; json?: unknown; text?: string; headers?: Record<string, string> } | { drop: true };

export interface LoopbackService {
  url: string;
  /** Every request, with the status answered (0 for a dropped one). */
  requests: (ServiceRequest & { status: number })[];
  close(): Promise<void>;
}

export async function startLoopbackService(answer: (req: ServiceRequest) => ServiceAnswer): Promise<LoopbackService> {
  const sockets = new Set<Socket>();
  const requests: LoopbackService['requests'] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r: ServiceRequest = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      const a = answer(r);
      if ('drop' in a) {
        requests.push({ ...r, status: 0 });
        req.socket.destroy();
        return;
      }
      requests.push({ ...r, status: a.status });
      const json = a.json !== undefined;
      res.writeHead(a.status, {
        'content-type': json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
        ...a.headers,
      });
      res.end(json ? JSON.stringify(a.json) : (a.text ?? ''));
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
