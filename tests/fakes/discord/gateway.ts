/**
 * The gateway half of the Discord stand-in: API v10, JSON encoding, no compression, over
 * `ws` on the REST server's port (path /gateway). Built from discord-api-docs
 * docs/topics/Gateway.md and Opcodes_and_Status_Codes.md, and from what discord.js's
 * @discordjs/ws WebSocketShard expects (src/ws/WebSocketShard.ts):
 * - HELLO (op 10) with `heartbeat_interval`; HEARTBEAT (op 1) is answered by ACK (op 11).
 * - IDENTIFY (op 2) with a wrong token closes with 4004 "Authentication failed".
 * - READY (op 0, t READY) carries `session_id`, `resume_gateway_url` and the application,
 *   then one GUILD_CREATE per guild; sequence numbers `s` grow per session.
 * - RESUME (op 6) of a known session replays what was missed, then RESUMED; an unknown
 *   session gets INVALID SESSION (op 9, d: false) and the client identifies again.
 * - RECONNECT (op 7) asks the client to resume on a new connection.
 */
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';

import { WebSocket, WebSocketServer } from 'ws';

import { type FakeGuild, type FakeUser, guildCreate, userObject } from './payloads';

interface Session {
  id: string;
  seq: number;
  /** Dispatches sent, for a resume's replay. */
  log: { s: number; t: string; d: unknown }[];
  socket: WebSocket | null;
}

export interface GatewayOptions {
  server: Server;
  token: () => string;
  appId: string;
  bot: FakeUser;
  guilds: FakeGuild[];
  heartbeatMs: number;
  url: () => string;
  /** READY's resume_gateway_url; `url` by default. */
  resumeUrl?: () => string;
}

export class FakeGateway {
  readonly wss: WebSocketServer;
  readonly sessions = new Map<string, Session>();
  identifies = 0;
  resumes = 0;
  /** WebSocket upgrades asked of this server, answered or not: what reached the gateway at all. */
  upgrades = 0;
  /** Close codes the fake sent. */
  closes: number[] = [];
  /** Refuse new connections (an outage): the upgrade is answered 503. */
  down = false;
  /** Leave new upgrades unanswered (a handshake that hangs); their sockets are kept in `held`. */
  hold = false;
  readonly held: Duplex[] = [];
  private current: Session | null = null;

  constructor(private o: GatewayOptions) {
    this.wss = new WebSocketServer({ noServer: true });
    o.server.on('upgrade', (req, socket, head) => {
      this.upgrades += 1;
      if (this.hold || this.down || !req.url?.startsWith('/gateway')) {
        // Node takes its own 'error' listener off a socket it hands to 'upgrade': a client's
        // reset of one not given to ws would throw out of the test process.
        socket.on('error', () => undefined);
        if (this.hold) this.held.push(socket);
        else socket.end('HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws, req.url ?? ''));
    });
  }

  /** Sockets open now: one per client, never two (a doubled client would show here). */
  get openSockets(): number {
    return [...this.wss.clients].filter((c) => c.readyState === WebSocket.OPEN).length;
  }

  get ready(): boolean {
    return this.current?.socket?.readyState === WebSocket.OPEN;
  }

  private accept(ws: WebSocket, url: string): void {
    const q = new URLSearchParams(url.split('?')[1] ?? '');
    if (q.get('v') !== '10' || q.get('encoding') !== 'json') {
      ws.close(4012, 'Invalid API version');
      return;
    }
    let session: Session | null = null;
    const send = (op: number, d: unknown, t: string | null = null, s: number | null = null) =>
      ws.send(JSON.stringify({ op, d, t, s }));
    send(10, { heartbeat_interval: this.o.heartbeatMs });
    ws.on('message', (raw: Buffer) => {
      let msg: { op?: number; d?: Record<string, unknown> | number | null };
      try {
        msg = JSON.parse(raw.toString()) as typeof msg;
      } catch {
        this.close(ws, 4002, 'Error while decoding payload.');
        return;
      }
      const d = (typeof msg.d === 'object' && msg.d !== null ? msg.d : {}) as Record<string, unknown>;
      switch (msg.op) {
        case 1:
          send(11, null);
          return;
        case 2: {
          if (session) return this.close(ws, 4005, 'Already authenticated.');
          if (d.token !== this.o.token()) return this.close(ws, 4004, 'Authentication failed.');
          this.identifies += 1;
          session = { id: randomBytes(16).toString('hex'), seq: 0, log: [], socket: ws };
          this.sessions.set(session.id, session);
          this.current = session;
          this.dispatch(session, 'READY', {
            v: 10,
            user: userObject(this.o.bot, true),
            guilds: this.o.guilds.map((g) => ({ id: g.id, unavailable: true })),
            session_id: session.id,
            resume_gateway_url: (this.o.resumeUrl ?? this.o.url)(),
            shard: [0, 1],
            application: { id: this.o.appId, flags: 0 },
          });
          for (const g of this.o.guilds) this.dispatch(session, 'GUILD_CREATE', guildCreate(g, this.o.bot));
          return;
        }
        case 6: {
          const known = typeof d.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
          if (!known || d.token !== this.o.token() || typeof d.seq !== 'number') {
            send(9, false);
            return;
          }
          this.resumes += 1;
          session = known;
          known.socket = ws;
          this.current = known;
          for (const e of known.log.filter((x) => x.s > (d.seq as number))) send(0, e.d, e.t, e.s);
          this.dispatch(known, 'RESUMED', null);
          return;
        }
        default:
          if (!session) this.close(ws, 4003, 'Not authenticated.');
      }
    });
  }

  private close(ws: WebSocket, code: number, reason: string): void {
    this.closes.push(code);
    ws.close(code, reason);
  }

  private dispatch(session: Session, t: string, d: unknown): void {
    session.seq += 1;
    const e = { s: session.seq, t, d };
    session.log.push(e);
    if (session.log.length > 500) session.log.shift();
    if (session.socket?.readyState === WebSocket.OPEN)
      session.socket.send(JSON.stringify({ op: 0, d, t, s: session.seq }));
  }

  /** Sends an event to the current session; false when no client is connected. */
  event(t: string, d: unknown): boolean {
    if (!this.current || !this.ready) return false;
    this.dispatch(this.current, t, d);
    return true;
  }

  /** op 9: `resumable` false forgets every session, so the client must identify again. */
  invalidSession(resumable: boolean): void {
    if (!resumable) this.sessions.clear();
    this.current?.socket?.send(JSON.stringify({ op: 9, d: resumable, t: null, s: null }));
  }

  /** op 7: the client should reconnect and resume. */
  requestReconnect(): void {
    this.current?.socket?.send(JSON.stringify({ op: 7, d: null, t: null, s: null }));
  }

  /** Drops every connection without a close frame (a network cut). */
  cut(): void {
    for (const c of this.wss.clients) c.terminate();
  }

  /** Closes every connection with a code, e.g. 4004 when the token was reset. */
  closeAll(code: number, reason: string): void {
    for (const c of this.wss.clients) this.close(c, code, reason);
  }

  async stop(): Promise<void> {
    this.cut();
    await new Promise<void>((r) => this.wss.close(() => r()));
  }
}
