/**
 * A local stand-in for the Telegram Bot API's `sendMessage`, answering as Telegram does.
 * Built from core.telegram.org/bots/api: "Making requests" (every answer is a JSON object
 * with `ok`; on failure `error_code`, `description`, and optional `parameters`), and
 * "ResponseParameters" (`migrate_to_chat_id`: the group was migrated to a supergroup with
 * that id; `retry_after`: seconds to wait after flood control). Error descriptions as the
 * Bot API server writes them (tdlib/telegram-bot-api): "Bad Request: group chat was upgraded
 * to a supergroup chat", "Bad Request: chat not found", "Unauthorized",
 * "Too Many Requests: retry after N".
 *
 * Route: POST /bot<token>/sendMessage. Binds 127.0.0.1 on a free port.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface TelegramRequest {
  token: string;
  body: Record<string, unknown>;
  status: number;
}

export interface TelegramFake {
  url: string;
  token: string;
  requests: TelegramRequest[];
  /** Messages delivered, per chat id. */
  delivered: Map<string, string[]>;
  /** A chat that exists (a group, or a user who started the bot). */
  addChat(id: number): void;
  /** The group becomes a supergroup: the old id now answers with migrate_to_chat_id. */
  upgradeToSupergroup(groupId: number, supergroupId: number): void;
  floodNext(seconds: number): void;
  close(): Promise<void>;
}

export async function startTelegramFake(token = '123456:ABC-def_GHI'): Promise<TelegramFake> {
  const chats = new Set<string>();
  const migrated = new Map<string, number>();
  let flood = 0;
  let nextMessageId = 1;
  const sockets = new Set<Socket>();
  const reply = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
    return status;
  };
  const fail = (res: ServerResponse, code: number, description: string, parameters?: Record<string, number>) =>
    reply(res, code, { ok: false, error_code: code, description, ...(parameters ? { parameters } : {}) });

  const fake: TelegramFake = {
    url: '',
    token,
    requests: [],
    delivered: new Map(),
    addChat: (id) => void chats.add(String(id)),
    upgradeToSupergroup(groupId, supergroupId) {
      chats.delete(String(groupId));
      chats.add(String(supergroupId));
      migrated.set(String(groupId), supergroupId);
    },
    floodNext: (seconds) => void (flood = seconds),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };

  function answer(rec: TelegramRequest, res: ServerResponse): number {
    if (rec.token !== token) return fail(res, 401, 'Unauthorized');
    if (flood) {
      const s = flood;
      flood = 0;
      return fail(res, 429, `Too Many Requests: retry after ${s}`, { retry_after: s });
    }
    const chat = String(rec.body.chat_id);
    const to = migrated.get(chat);
    if (to !== undefined)
      return fail(res, 400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: to });
    if (!chats.has(chat)) return fail(res, 400, 'Bad Request: chat not found');
    const text = typeof rec.body.text === 'string' ? rec.body.text : '';
    if (!text) return fail(res, 400, 'Bad Request: message text is empty');
    fake.delivered.set(chat, [...(fake.delivered.get(chat) ?? []), text]);
    const result = {
      message_id: nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: Number(chat) },
      text,
    };
    return reply(res, 200, { ok: true, result });
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const m = /^\/bot([^/]+)\/sendMessage$/.exec(req.url ?? '');
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      } catch {
        // Answered below as a bad request.
      }
      const rec: TelegramRequest = { token: m?.[1] ?? '', body, status: 0 };
      fake.requests.push(rec);
      rec.status = m ? answer(rec, res) : fail(res, 404, 'Not Found');
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
