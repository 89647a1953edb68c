/**
 * One Discord address for several bot applications: Discord has one API host for every
 * application, and the request says whose it is. Each application is its own stand-in
 * (index.ts, one application each, with its own token, bot user and guilds); this front takes
 * every REST request at one address and hands it to the application it belongs to, as Discord
 * tells them apart (discord-api-docs):
 * - docs/reference.md "Authentication": a bot's request carries `Authorization: Bot TOKEN`, and
 *   the token is the application's; a token of no application is 401 (the first stand-in answers
 *   it, knowing no such token).
 * - docs/interactions/Receiving_and_Responding.md: an interaction's callback
 *   (POST /interactions/{id}/{token}/callback) needs no Authorization, the interaction's id and
 *   token say which it is; followups and the original response (/webhooks/{application.id}/
 *   {token}/...) name the application in their path.
 * The gateway is not fronted: GET /gateway/bot answers with the URL of the application's own
 * gateway (docs/topics/Gateway.md "Get Gateway Bot"), so each bot's session goes there.
 */
import { createServer, request } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

import type { DiscordFake } from './index';

export interface DiscordFront {
  apiBase: string;
  /** Requests handed to each application, by its index in `apps`. */
  routed: number[];
  close(): Promise<void>;
}

/** The application a request is for; the first when nothing in it names one. */
function owner(apps: DiscordFake[], authorization: string | undefined, path: string): number {
  const byToken = apps.findIndex((a) => authorization === `Bot ${a.token}`);
  if (byToken >= 0) return byToken;
  const callback = /\/interactions\/(\d+)\/[^/]+\/callback$/.exec(path);
  if (callback) {
    const i = apps.findIndex((a) => a.interactions.has(callback[1]!));
    if (i >= 0) return i;
  }
  const hook = /\/webhooks\/(\d+)\//.exec(path);
  if (hook) {
    const i = apps.findIndex((a) => a.appId === hook[1]);
    if (i >= 0) return i;
  }
  return 0;
}

export async function startDiscordFront(apps: DiscordFake[]): Promise<DiscordFront> {
  const routed = apps.map(() => 0);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const to = owner(apps, req.headers.authorization, path);
    routed[to]! += 1;
    const target = new URL(apps[to]!.apiBase);
    const out = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    out.on('error', () => res.destroy());
    req.pipe(out);
  });
  const sockets = new Set<Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  return {
    apiBase: `http://127.0.0.1:${port}/api`,
    routed,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
