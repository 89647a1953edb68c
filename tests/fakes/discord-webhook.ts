/**
 * A local stand-in for Discord's "Execute Webhook" endpoint, with the quirks a real webhook
 * URL shows. Built from:
 * - discord/discord-api-docs docs/resources/Webhook.md, "Execute Webhook": `wait` defaults to
 *   false, and then "a message that is not saved does not return an error" (204); with
 *   `wait=true` the answer is 200 with the created message object.
 * - docs/topics/rate-limits.md: a 429 has a JSON body `{message, retry_after, global}` with
 *   `retry_after` in seconds (float), `Retry-After` in whole seconds, and X-RateLimit-* headers
 *   (Reset-After in seconds with decimals, Scope).
 * - The unversioned path is API v6 (discord-api-docs issues 2360 and 4722, and the v8 change
 *   log, PR 2823): there `Retry-After` and `retry_after` are in milliseconds.
 * - docs/topics/Opcodes_and_Status_Codes.md: 10015 Unknown Webhook (404), 50027 Invalid
 *   webhook token (401), 50035 Invalid Form Body (400, with per-field `_errors`).
 * - Webhook.md "Create Webhook": names containing "clyde" or "discord" are invalid.
 *
 * Routes: POST /api/webhooks/:id/:token (v6) and /api/v{6..10}/webhooks/:id/:token.
 * Binds 127.0.0.1 on a free port.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { performance } from 'node:perf_hooks';

export interface DiscordRequest {
  path: string;
  /** null for the unversioned path. */
  version: number | null;
  wait: boolean;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
  status: number;
}

export interface DiscordWebhookFake {
  url: string;
  /** The URL Discord shows to a user: no version. */
  webhookUrl: string;
  requests: DiscordRequest[];
  /** Messages Discord saved. */
  saved: Record<string, unknown>[];
  /** The next `count` requests are rate limited for `seconds`. */
  rateLimit(seconds: number, count?: number): void;
  /** The webhook was deleted in Discord: 404 Unknown Webhook from now on. */
  deleteWebhook(): void;
  /** A new webhook under the same URL (as if the user recreated it): answers again. */
  restoreWebhook(): void;
  /** The next request fails with a 5xx. */
  failNext(status: number): void;
  /** Drop (do not save) the next message; without wait=true Discord still answers 204. */
  dropNext(): void;
  waitFor(pred: (r: DiscordRequest[]) => boolean, timeoutMs?: number): Promise<void>;
  /** Called for every request as it arrives, with performance.now() (benchmarks). */
  onRequest: ((r: DiscordRequest, at: number) => void) | null;
  close(): Promise<void>;
}

export const WEBHOOK_ID = '1234567890123456789';
export const WEBHOOK_TOKEN = 'AbCdEfGhIjKlMnOpQrStUvWxYz-0123456789_secret';

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, body === null ? headers : { 'content-type': 'application/json', ...headers });
  res.end(body === null ? undefined : JSON.stringify(body));
}

export async function startDiscordWebhookFake(): Promise<DiscordWebhookFake> {
  let limited = { seconds: 0, count: 0 };
  let deleted = false;
  let failStatus = 0;
  let drop = false;
  let nextId = 1n;
  const sockets = new Set<Socket>();
  const waiters = new Set<() => void>();
  const fake: DiscordWebhookFake = {
    url: '',
    webhookUrl: '',
    requests: [],
    saved: [],
    rateLimit: (seconds, count = 1) => (limited = { seconds, count }),
    deleteWebhook: () => (deleted = true),
    restoreWebhook: () => (deleted = false),
    failNext: (status) => (failStatus = status),
    dropNext: () => (drop = true),
    onRequest: null,
    waitFor: (pred, timeoutMs = 10_000) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (!pred(fake.requests)) return false;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`discord fake: condition not reached; ${fake.requests.length} requests`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };

  function answer(rec: DiscordRequest, res: ServerResponse, params: { id: string; token: string }): number {
    const v6 = rec.version === null || rec.version < 8;
    if (deleted || params.id !== WEBHOOK_ID) {
      send(res, 404, { message: 'Unknown Webhook', code: 10015 });
      return 404;
    }
    if (params.token !== WEBHOOK_TOKEN) {
      send(res, 401, { message: 'Invalid Webhook Token', code: 50027 });
      return 401;
    }
    if (limited.count > 0) {
      limited.count -= 1;
      const s = limited.seconds;
      // v6 counts in milliseconds, header and body alike; v8+ in seconds (header rounded up).
      const retryAfter = v6 ? String(Math.round(s * 1000)) : String(Math.ceil(s));
      send(
        res,
        429,
        { message: 'You are being rate limited.', retry_after: v6 ? Math.round(s * 1000) : s, global: false },
        {
          'retry-after': retryAfter,
          'x-ratelimit-limit': '5',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset-after': String(s),
          'x-ratelimit-scope': 'user',
        },
      );
      return 429;
    }
    if (failStatus) {
      const status = failStatus;
      failStatus = 0;
      send(res, status, { message: '500: Internal Server Error', code: 0 });
      return status;
    }
    const username = rec.body.username;
    const bad = typeof username === 'string' && ['clyde', 'discord'].find((w) => username.toLowerCase().includes(w));
    if (bad) {
      send(res, 400, {
        code: 50035,
        errors: {
          username: {
            _errors: [{ code: 'USERNAME_INVALID_CONTAINS', message: `Username cannot contain "${bad}"` }],
          },
        },
        message: 'Invalid Form Body',
      });
      return 400;
    }
    if (drop) {
      drop = false;
      // Not saved. Only a caller that waits learns of it.
      if (!rec.wait) {
        send(res, 204, null);
        return 204;
      }
      send(res, 400, { message: 'Cannot send an empty message', code: 50006 });
      return 400;
    }
    const message = { id: String(nextId++), type: 0, channel_id: '42', webhook_id: WEBHOOK_ID, ...rec.body };
    fake.saved.push(message);
    if (!rec.wait) {
      send(res, 204, null);
      return 204;
    }
    send(res, 200, message);
    return 200;
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const m = /^\/api(?:\/v(\d+))?\/webhooks\/([^/]+)\/([^/]+)$/.exec(url.pathname);
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      } catch {
        // An unreadable body is answered as Discord does, below.
      }
      const rec: DiscordRequest = {
        path: url.pathname + url.search,
        version: m?.[1] ? Number(m[1]) : null,
        wait: url.searchParams.get('wait') === 'true',
        headers: req.headers,
        body,
        status: 0,
      };
      fake.requests.push(rec);
      fake.onRequest?.(rec, performance.now());
      rec.status =
        req.method === 'POST' && m
          ? answer(rec, res, { id: m[2]!, token: m[3]! })
          : (send(res, 404, { message: '404: Not Found', code: 0 }), 404);
      for (const w of [...waiters]) w();
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  fake.url = `http://127.0.0.1:${port}`;
  fake.webhookUrl = `${fake.url}/api/webhooks/${WEBHOOK_ID}/${WEBHOOK_TOKEN}`;
  return fake;
}
