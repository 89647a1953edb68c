/**
 * A local stand-in for Discord: REST API v10 plus the gateway (gateway.ts), on 127.0.0.1,
 * good enough for discord.js 14 to run unmodified against it (`rest.api` set to `apiBase`;
 * the gateway URL then comes from GET /gateway/bot). Built from discord-api-docs:
 * - docs/reference.md: `Authorization: Bot TOKEN`; a wrong token is 401 `{message: "401:
 *   Unauthorized", code: 0}`; errors are JSON `{code, message}` (and `errors` for 50035).
 * - docs/topics/rate-limits.md and 5xx: the answers a test orders (injected.ts).
 * - docs/resources/Message.md "Get Channel Messages": View Channel is required (else 403
 *   50001); without Read Message History the list is empty.
 * - docs/resources/Message.md "Create Message": `nonce` is at most 25 characters; with
 *   `enforce_nonce` a second message of the same author with the same nonce within a few
 *   minutes returns the first message and creates none. Without Send Messages / Embed Links
 *   the answer is 403 50013 "Missing Permissions"; an unknown channel is 404 10003.
 * - docs/interactions/Receiving_and_Responding.md: one callback per interaction within
 *   3 s (after that 404 10062 "Unknown interaction"; a second one is 400 40060 "Interaction
 *   has already been acknowledged"); deferred replies are edited with PATCH
 *   /webhooks/{app}/{token}/messages/@original; files come as multipart/form-data with
 *   `payload_json` and `files[n]`.
 * - docs/interactions/Application_Commands.md: PUT bulk-overwrites global or guild commands,
 *   refusing names, descriptions and localisations Discord refuses (commands.ts).
 * - docs/resources/Guild.md and Receiving_and_Responding.md: a guild's `preferred_locale`, an
 *   interaction's `locale` (the member's) and `guild_locale`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { performance } from 'node:perf_hooks';

import { commandListProblems } from './commands';
import { FakeGateway } from './gateway';
import { type InteractionLog, json, type PostedMessage, readBody, type RestRequest } from './http';
import { InjectedAnswers } from './injected';
import {
  type FakeChannel,
  type FakeGuild,
  type FakeUser,
  type Invoker,
  interactionBase,
  messageObject,
  PERM,
  snowflake,
} from './payloads';

export { PERM, type FakeGuild, type Invoker };
export type { InteractionLog, PostedMessage, RestRequest } from './http';

export interface DiscordFakeOptions {
  token?: string;
  guilds?: FakeGuild[];
  heartbeatMs?: number;
  /** Roles of the default guild (ids), for members that carry them. */
  roles?: string[];
  /** How long enforce_nonce remembers a nonce, ms ("a few minutes"). */
  nonceWindowMs?: number;
  /** The gateway's host in GET /gateway/bot's answer: 127.0.0.1, or `localhost` (this server by another name). */
  gatewayHost?: string;
  /** The host of READY's resume_gateway_url; gatewayHost's by default. */
  resumeHost?: string;
  /** The bot user's name (IPWatch by default): several applications (front.ts) each have their own. */
  botName?: string;
}

export type DiscordFake = Awaited<ReturnType<typeof startDiscordFake>>;

export async function startDiscordFake(opts: DiscordFakeOptions = {}) {
  let token = opts.token ?? 'fake-bot-token';
  const appId = snowflake();
  const bot: FakeUser = { id: appId, username: opts.botName ?? 'IPWatch' };
  const guilds: FakeGuild[] = opts.guilds ?? [
    {
      id: snowflake(),
      name: 'Home',
      roles: opts.roles ?? [],
      channels: [
        { id: snowflake(), name: 'ip', denyBot: 0n },
        { id: snowflake(), name: 'chat', denyBot: 0n },
      ],
    },
  ];
  const nonceWindowMs = opts.nonceWindowMs ?? 5 * 60_000;
  const requests: RestRequest[] = [];
  const posted: PostedMessage[] = [];
  const nonces = new Map<string, { at: number; message: Record<string, unknown> }>();
  const interactions = new Map<string, InteractionLog>();
  const byToken = new Map<string, InteractionLog>();
  const commands = { global: [] as Record<string, unknown>[], guild: new Map<string, Record<string, unknown>[]>() };
  const injected = new InjectedAnswers();
  /** How REST fails during an outage: a 502 from Discord's edge, or a reset connection. */
  let restDown: false | 'bad-gateway' | 'reset' = false;
  /** Posts are saved but never answered: the answer is lost (a crash right after the post). */
  let holdPosts = false;

  const channel = (id: string): { guild: FakeGuild; channel: FakeChannel } | null => {
    for (const g of guilds) {
      const c = g.channels.find((x) => x.id === id);
      if (c) return { guild: g, channel: c };
    }
    return null;
  };

  const route = async (
    req: IncomingMessage,
    res: ServerResponse,
    r: RestRequest,
  ): Promise<[number, unknown, Record<string, string>?]> => {
    const p = r.path;
    const authed = req.headers.authorization === `Bot ${token}`;
    const ordered = injected.take(r.method, p);
    if (ordered) return ordered;
    let m: RegExpMatchArray | null;
    if ((m = p.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/)) && r.method === 'POST') {
      const i = interactions.get(m[1]!);
      if (!i || i.token !== m[2] || Date.now() - i.createdAt > 3000)
        return [404, { message: 'Unknown interaction', code: 10062 }];
      if (i.callbacks.length) return [400, { message: 'Interaction has already been acknowledged.', code: 40060 }];
      i.callbacks.push(r.body);
      i.files.push(...r.files);
      if (r.query.get('with_response') === 'true')
        return [200, { interaction: { id: i.id, type: i.payload.type }, resource: { type: r.body.type } }];
      return [204, null];
    }
    if ((m = p.match(/^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/))) {
      const i = byToken.get(m[2]!);
      if (!i || m[1] !== appId) return [404, { message: 'Unknown Webhook', code: 10015 }];
      const channelId = String(i.payload.channel_id);
      if (m[3] && r.method === 'PATCH') {
        i.edits.push(r.body);
        i.files.push(...r.files);
        return [200, messageObject({ channelId, author: bot, body: r.body, webhookId: appId })];
      }
      if (m[3] && r.method === 'GET')
        return [200, messageObject({ channelId, author: bot, body: i.edits.at(-1) ?? {} })];
      if (!m[3] && r.method === 'POST') {
        i.followups.push(r.body);
        i.files.push(...r.files);
        return [200, messageObject({ channelId, author: bot, body: r.body, webhookId: appId })];
      }
    }
    if (!authed) return [401, { message: '401: Unauthorized', code: 0 }];
    if (p === '/gateway/bot' && r.method === 'GET')
      return [
        200,
        {
          url: gatewayUrl(),
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
        },
      ];
    if (p === '/users/@me') return [200, { id: bot.id, username: bot.username, discriminator: '0', bot: true }];
    if ((m = p.match(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/)) && r.method === 'PUT') {
      if (m[1] !== appId) return [403, { message: 'Missing Access', code: 50001 }];
      if (m[2] && !guilds.some((g) => g.id === m![2])) return [403, { message: 'Missing Access', code: 50001 }];
      const problems = commandListProblems(r.body);
      if (problems.length) return [400, { message: 'Invalid Form Body', code: 50035, errors: problems }];
      const list = (Array.isArray(r.body) ? (r.body as Record<string, unknown>[]) : []).map((c) => ({
        ...c,
        id: snowflake(),
        application_id: appId,
        version: snowflake(),
        ...(m![2] ? { guild_id: m![2] } : {}),
      }));
      if (m[2]) commands.guild.set(m[2], list);
      else commands.global = list;
      return [200, list];
    }
    if ((m = p.match(/^\/channels\/(\d+)\/messages$/)) && r.method === 'GET') {
      const found = channel(m[1]!);
      if (!found) return [404, { message: 'Unknown Channel', code: 10003 }];
      // Message.md "Get Channel Messages": View Channel is required; without Read Message
      // History the answer is no messages, not an error.
      if ((found.channel.denyBot & PERM.ViewChannel) !== 0n) return [403, { message: 'Missing Access', code: 50001 }];
      if ((found.channel.denyBot & PERM.ReadMessageHistory) !== 0n) return [200, []];
      const limit = Math.min(100, Math.max(1, Number(r.query.get('limit') ?? 50)));
      // Newest first; a fetched message carries no nonce (only the create answer and the gateway do).
      const list = posted
        .filter((x) => x.channelId === m![1])
        .reverse()
        .slice(0, limit);
      return [200, list.map((x) => ({ ...x.message, nonce: undefined }))];
    }
    if ((m = p.match(/^\/channels\/(\d+)\/messages$/)) && r.method === 'POST') {
      const found = channel(m[1]!);
      if (!found) return [404, { message: 'Unknown Channel', code: 10003 }];
      const needed =
        PERM.ViewChannel |
        PERM.SendMessages |
        (Array.isArray(r.body.embeds) && r.body.embeds.length ? PERM.EmbedLinks : 0n);
      if ((found.channel.denyBot & PERM.ViewChannel) !== 0n) return [403, { message: 'Missing Access', code: 50001 }];
      if ((found.channel.denyBot & needed) !== 0n) return [403, { message: 'Missing Permissions', code: 50013 }];
      const nonce = r.body.nonce;
      if (nonce !== undefined && String(nonce).length > 25)
        return [
          400,
          {
            message: 'Invalid Form Body',
            code: 50035,
            errors: {
              nonce: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' }] },
            },
          },
        ];
      const key = `${m[1]}:${String(nonce)}`;
      if (nonce !== undefined && r.body.enforce_nonce === true) {
        const seen = nonces.get(key);
        if (seen && Date.now() - seen.at < nonceWindowMs) return [200, seen.message];
      }
      const message = messageObject({ channelId: m[1]!, author: bot, body: r.body });
      if (nonce !== undefined) nonces.set(key, { at: Date.now(), message });
      posted.push({ channelId: m[1]!, message, body: r.body });
      if (holdPosts) return new Promise<never>(() => undefined);
      return [200, message];
    }
    return [404, { message: '404: Not Found', code: 0 }];
  };

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
      const r: RestRequest = {
        at: Date.now(),
        t: performance.now(),
        method: req.method ?? 'GET',
        path,
        query: url.searchParams,
        body: {},
        files: [],
        status: 0,
      };
      try {
        const read = await readBody(req);
        r.body = read.body;
        r.files = read.files;
      } catch {
        r.status = 400;
        requests.push(r);
        json(res, 400, { message: '400: Bad Request', code: 50109 });
        return;
      }
      if (restDown === 'reset') {
        // No answer at all: the connection is reset (TCP RST), as a cut network or a proxy does.
        r.status = 0;
        requests.push(r);
        req.socket.resetAndDestroy();
        return;
      }
      if (restDown) {
        r.status = 502;
        requests.push(r);
        res.writeHead(502, { 'content-type': 'text/html' }).end('<html>502 Bad Gateway</html>');
        return;
      }
      if (!url.pathname.startsWith('/api/v10/')) {
        r.status = 404;
        requests.push(r);
        json(res, 404, { message: '404: Not Found', code: 0 });
        return;
      }
      const [status, body, headers] = await route(req, res, r);
      r.status = status;
      requests.push(r);
      json(res, status, body, headers);
    })();
  });
  const sockets = new Set<Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  const gatewayUrl = () => `ws://${opts.gatewayHost ?? '127.0.0.1'}:${port}/gateway`;
  const gateway = new FakeGateway({
    server,
    token: () => token,
    appId,
    bot,
    guilds,
    heartbeatMs: opts.heartbeatMs ?? 41_250,
    url: gatewayUrl,
    resumeUrl: () => `ws://${opts.resumeHost ?? opts.gatewayHost ?? '127.0.0.1'}:${port}/gateway`,
  });

  const home = guilds[0]!;
  const findChannel = (id?: string) => (id ? channel(id)?.channel : home.channels[0]) ?? home.channels[0]!;

  /** Creates an interaction and sends it over the gateway; resolves with its log. */
  function send(
    type: number,
    data: Record<string, unknown>,
    who: Invoker,
    channelId?: string,
    extra: Record<string, unknown> = {},
  ): InteractionLog {
    const ch = findChannel(channelId);
    const guild = channel(ch.id)?.guild ?? home;
    const guildId = guild.id;
    const base = interactionBase({ type, appId, guildId, channel: ch, who, botId: bot.id });
    const locales = { locale: who.locale ?? base.locale, guild_locale: guild.preferredLocale ?? base.guild_locale };
    const payload = { ...base, ...locales, data, ...extra };
    const log: InteractionLog = {
      id: payload.id,
      token: payload.token,
      payload,
      callbacks: [],
      edits: [],
      followups: [],
      files: [],
      createdAt: Date.now(),
    };
    interactions.set(log.id, log);
    byToken.set(log.token, log);
    if (!gateway.event('INTERACTION_CREATE', payload)) throw new Error('no client is connected to the fake gateway');
    return log;
  }

  const commandId = (name: string, guildId: string) =>
    String((commands.guild.get(guildId) ?? commands.global).find((c) => c.name === name)?.id ?? snowflake());

  return {
    apiBase: `http://127.0.0.1:${port}/api`,
    appId,
    bot,
    guilds,
    home,
    gateway,
    requests,
    posted,
    commands,
    interactions,
    get token() {
      return token;
    },
    /** Resets the token: the old one gets 401 and 4004 from now on. */
    resetToken(next: string) {
      token = next;
    },
    /** The next `count` requests matching `route` (tested against "METHOD /path") get a 429. */
    rateLimit(route: RegExp, count: number, retryAfterSec: number) {
      injected.rateLimit(route, count, retryAfterSec);
    },
    /** The next `count` requests matching `route` ("METHOD /path") get a 5xx. */
    failNext(route: RegExp, count: number, status = 500) {
      injected.failNext(route, count, status);
    },
    /** From now on, message posts are saved but their answers never come. */
    holdPostAnswers(hold: boolean) {
      holdPosts = hold;
    },
    /**
     * A Discord outage: REST answers 502 (or, `reset`, resets each connection unanswered) and
     * the gateway refuses and drops connections.
     */
    setDown(down: boolean, how: 'bad-gateway' | 'reset' = 'bad-gateway') {
      restDown = down && how;
      gateway.down = down;
      if (down) gateway.cut();
    },
    /** A slash command, as a member types it: options as name → value. */
    command(name: string, options: Record<string, string | number | boolean>, who: Invoker, channelId?: string) {
      const guildId = channel(findChannel(channelId).id)?.guild.id ?? home.id;
      const typeOf = (v: unknown) =>
        typeof v === 'number' ? (Number.isInteger(v) ? 4 : 10) : typeof v === 'boolean' ? 5 : 3;
      const [sub, ...rest] = name.split(' ');
      const opts = Object.entries(options).map(([n, value]) => ({ name: n, type: typeOf(value), value }));
      const data = {
        id: commandId(sub!, guildId),
        name: sub,
        type: 1,
        guild_id: guildId,
        options: rest.length ? [{ name: rest[0], type: 1, options: opts }] : opts,
      };
      return send(2, data, who, channelId);
    },
    /** Autocomplete of one option while the member types `value`. */
    autocomplete(name: string, option: string, value: string, who: Invoker) {
      return send(
        4,
        { id: commandId(name, home.id), name, type: 1, options: [{ name: option, type: 3, value, focused: true }] },
        who,
      );
    },
    /** A button click on a message the bot sent (a reply, an edit or a post). */
    click(message: Record<string, unknown>, customId: string, who: Invoker, channelId?: string) {
      const ch = channelId ?? (typeof message.channel_id === 'string' ? message.channel_id : undefined);
      const full = messageObject({
        id: typeof message.id === 'string' ? message.id : undefined,
        channelId: ch ?? home.channels[0]!.id,
        author: bot,
        body: message,
      });
      return send(3, { custom_id: customId, component_type: 2 }, who, ch, { message: full });
    },
    async close() {
      await gateway.stop();
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
