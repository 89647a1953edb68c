/**
 * A local stand-in for Pushover's message API, answering as pushover.net/api documents:
 * - POST /1/messages.json with `token`, `user`, `message` (required; at most 1024 characters),
 *   `title` (250), `url` (512), `priority` (-2..2), `device`, `sound`, form-encoded or JSON.
 * - "Response": 200 `{"status":1,"request":"<uuid>"}`; on bad input a 4xx with `"status":0`,
 *   an `errors` array of readable lines and the bad parameter named (`"token":"invalid"`,
 *   `"user":"invalid"`); "do not send the same request again" after a 4xx.
 * - "Message Limits": every answer carries X-Limit-App-Limit, -Remaining and -Reset (Unix time
 *   of the monthly reset); an application over its limit gets 429.
 * - "Being Friendly": a 5xx (or no answer) is Pushover's trouble: try again later.
 *
 * Binds 127.0.0.1 on a free port.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export const PUSHOVER_TOKEN = 'azGDORePK8gMaC0QOYAMyEEuzJnyUi';
export const PUSHOVER_USER = 'uQiRzpo4DXghDmr9QzzfQu27cmVRsG';

export interface PushoverRequest {
  params: Record<string, string>;
  status: number;
}

export interface PushoverFake {
  url: string;
  requests: PushoverRequest[];
  /** The messages delivered (their parameters). */
  delivered: Record<string, string>[];
  /** Messages left this month; 0: every message answers 429. */
  setRemaining(n: number): void;
  /** The Unix time (seconds) the monthly count resets. */
  resetAt: number;
  /** The next `n` requests answer 500. */
  failNext(n: number): void;
  close(): Promise<void>;
}

const DEVICES = new Set(['phone', 'tablet']);

export async function startPushoverFake(opts: { resetAt: number }): Promise<PushoverFake> {
  let remaining = 10_000;
  let failing = 0;
  const sockets = new Set<Socket>();

  function reply(res: ServerResponse, status: number, body: Record<string, unknown>): number {
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-limit-app-limit': '10000',
      'x-limit-app-remaining': String(remaining),
      'x-limit-app-reset': String(fake.resetAt),
    });
    res.end(JSON.stringify({ ...body, request: randomUUID() }));
    return status;
  }
  const refuse = (res: ServerResponse, field: Record<string, string>, error: string) =>
    reply(res, 400, { ...field, errors: [error], status: 0 });

  function answer(p: Record<string, string>, res: ServerResponse): number {
    if (failing > 0) {
      failing--;
      res.writeHead(500, { 'content-type': 'text/html' });
      res.end('<h1>Internal Server Error</h1>');
      return 500;
    }
    if (p.token !== PUSHOVER_TOKEN)
      return refuse(res, { token: 'invalid' }, 'application token is invalid, see https://pushover.net/api');
    if (remaining <= 0)
      return reply(res, 429, { errors: ['application has exceeded its monthly message limit'], status: 0 });
    if (p.user !== PUSHOVER_USER)
      return refuse(res, { user: 'invalid' }, 'user identifier is not a valid user, group, or subscribed user key');
    if (!p.message) return refuse(res, { message: 'cannot be blank' }, 'message cannot be blank');
    if (p.message.length > 1024) return refuse(res, { message: 'is too long' }, 'message is more than 1024 characters');
    if ((p.title ?? '').length > 250) return refuse(res, { title: 'is too long' }, 'title is more than 250 characters');
    if (p.priority !== undefined && !/^(-2|-1|0|1|2)$/.test(p.priority))
      return refuse(res, { priority: 'is invalid' }, 'priority is invalid');
    if (p.priority === '2' && (!p.retry || !p.expire))
      return refuse(res, { retry: 'must be supplied with priority=2' }, 'retry must be supplied with priority=2');
    if (p.device && p.device.split(',').some((d) => !DEVICES.has(d)))
      return refuse(res, { device: 'invalid' }, 'device name is not valid for user');
    remaining--;
    fake.delivered.push(p);
    return reply(res, 200, { status: 1 });
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let params: Record<string, string> = {};
      if ((req.headers['content-type'] ?? '').startsWith('application/json')) {
        try {
          params = JSON.parse(text) as Record<string, string>;
        } catch {
          // Answered as a request without parameters.
        }
      } else params = Object.fromEntries(new URLSearchParams(text));
      const rec: PushoverRequest = { params, status: 0 };
      fake.requests.push(rec);
      if (req.method !== 'POST' || req.url !== '/1/messages.json') {
        res.writeHead(404).end();
        rec.status = 404;
      } else rec.status = answer(params, res);
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const fake: PushoverFake = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: [],
    delivered: [],
    resetAt: opts.resetAt,
    setRemaining: (n) => void (remaining = n),
    failNext: (n) => void (failing = n),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  return fake;
}
