/**
 * An HTTP request whose target goes on the wire exactly as written (fetch() normalises `/./`
 * and sets Host itself): for the tests of the door's reading of paths and Host headers.
 */
import { Agent, request } from 'node:http';

export interface RawAnswer {
  status: number;
  body: string;
  /** The body was cut at `bodyMs` (a stream that does not end: server-sent events). */
  cut: boolean;
}

export interface RawInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  agent?: Agent;
  /** The client address to send from (127.x.y.z: the door counts failures per address). */
  localAddress?: string;
  /** How long the body is read once the answer has begun; then it is cut. Default 2,000 ms. */
  bodyMs?: number;
}

/** Sends `target` (a path, as written) to `base` (http://host:port); resolves with the status and body. */
export function rawRequest(base: string, target: string, init: RawInit = {}): Promise<RawAnswer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: hostname,
        port,
        path: target,
        method: init.method ?? 'GET',
        headers: init.headers ?? {},
        ...(init.agent ? { agent: init.agent } : {}),
        ...(init.localAddress ? { localAddress: init.localAddress } : {}),
      },
      (res) => {
        let body = '';
        const done = (cut: boolean) => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, body, cut });
        };
        const timer = setTimeout(() => {
          done(true);
          req.destroy();
        }, init.bodyMs ?? 2000);
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
        res.on('end', () => done(false));
        res.on('error', () => done(true));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}
