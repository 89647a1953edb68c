/**
 * A local stand-in for the Apprise API (caronc/apprise-api), answering as its README ("API
 * Details") and apprise_api/api/views.py do:
 * - POST /notify/{KEY}: `body` required, `title`, `type` (info, success, warning, failure),
 *   `format` (text, markdown, html), `tag` ("a, b": either; "a b": both). No configuration
 *   under the key: 204 "There was no configuration found.".
 * - POST /notify/ (stateless): `urls` (separated by commas and/or spaces), or the server's
 *   APPRISE_STATELESS_URLS; none at all: 204 "There was no services to notify.".
 * - JSON or form bodies; a payload lacking `body` or with an unknown type/format: 400; one or
 *   more services not reached: 424 "One or more notification could not be sent." (the others
 *   were notified); all sent: 200. With `Accept: application/json` errors come as {"error"}.
 *
 * The "services" are Apprise URLs this fake knows: a URL in `failing` is one whose service is
 * down. Binds 127.0.0.1 on a free port.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface AppriseRequest {
  path: string;
  body: Record<string, unknown>;
  status: number;
}

export interface AppriseFake {
  url: string;
  requests: AppriseRequest[];
  /** Each service URL with the titles it received. */
  sent: Map<string, string[]>;
  /** Saves a configuration: URLs with their tags (POST /add/{KEY} in the real server). */
  addConfig(key: string, urls: { url: string; tags?: string[] }[]): void;
  /** Services that are down. */
  failing: Set<string>;
  /** The server's APPRISE_STATELESS_URLS. */
  statelessUrls: string;
  close(): Promise<void>;
}

const TYPES = ['info', 'success', 'warning', 'failure'];
const FORMATS = ['text', 'markdown', 'html'];
const split = (s: string) => s.split(/[\s,]+/).filter(Boolean);

/** Apprise's tag logic: "a, b" is a OR b; "a b" is a AND b. */
const tagged = (tags: string[], want: string) =>
  want.split(',').some((group) => split(group).every((t) => tags.includes(t)));

export async function startAppriseFake(): Promise<AppriseFake> {
  const configs = new Map<string, { url: string; tags: string[] }[]>();
  const sockets = new Set<Socket>();

  function reply(req: IncomingMessage, res: ServerResponse, status: number, text: string): number {
    const json = /application\/json/.test(req.headers.accept ?? '');
    res.writeHead(status, { 'content-type': json ? 'application/json' : 'text/plain' });
    res.end(status === 204 ? '' : json ? JSON.stringify(status < 300 ? {} : { error: text }) : text);
    return status;
  }

  function answer(req: IncomingMessage, res: ServerResponse, rec: AppriseRequest): number {
    const m = /^\/notify\/?([\w-]{1,64})?\/?$/.exec(new URL(rec.path, 'http://x').pathname);
    if (!m) return reply(req, res, 404, 'Not Found');
    const c = rec.body;
    const type = c.type ?? 'info';
    if (typeof c.body !== 'string' || !c.body || typeof type !== 'string' || !TYPES.includes(type))
      return reply(req, res, 400, 'Payload lacks minimum requirements.');
    if (c.format !== undefined && !FORMATS.includes(String(c.format)))
      return reply(req, res, 400, 'An invalid body input format was specified.');
    let targets: string[];
    if (m[1]) {
      const config = configs.get(m[1]);
      if (!config) return reply(req, res, 204, 'There was no configuration found.');
      const tag = typeof c.tag === 'string' ? c.tag : null;
      targets = config.filter((u) => tag === null || tagged(u.tags, tag)).map((u) => u.url);
    } else {
      targets = split(typeof c.urls === 'string' && c.urls ? c.urls : fake.statelessUrls);
      if (!targets.length) return reply(req, res, 204, 'There was no services to notify.');
    }
    let ok = true;
    for (const t of targets) {
      if (fake.failing.has(t)) ok = false;
      else fake.sent.set(t, [...(fake.sent.get(t) ?? []), String(c.title ?? '')]);
    }
    return ok
      ? reply(req, res, 200, 'Notification(s) sent.')
      : reply(req, res, 424, 'One or more notification could not be sent.');
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const rec: AppriseRequest = { path: req.url ?? '', body: {}, status: 0 };
      fake.requests.push(rec);
      if ((req.headers['content-type'] ?? '').startsWith('application/json')) {
        try {
          rec.body = JSON.parse(text) as Record<string, unknown>;
        } catch {
          rec.status = reply(req, res, 400, 'Invalid JSON specified.');
          return;
        }
      } else rec.body = Object.fromEntries(new URLSearchParams(text));
      rec.status = req.method === 'POST' ? answer(req, res, rec) : reply(req, res, 405, 'Method Not Allowed');
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const fake: AppriseFake = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: [],
    sent: new Map(),
    failing: new Set(),
    statelessUrls: '',
    addConfig: (key, urls) =>
      void configs.set(
        key,
        urls.map((u) => ({ url: u.url, tags: u.tags ?? [] })),
      ),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  return fake;
}
