/**
 * One GET exchanged over a TCP or TLS socket (the bytes from http1.ts), and the kept-alive
 * sockets between requests: per origin and family, unreferenced so they never hold the
 * process, dropped when the server closes them or after IDLE_MS, and not kept at all when
 * the next request would come after the server or IDLE_MS closed them (keep-alive.ts).
 *
 * Each socket gets one set of listeners for its whole life (a Connection). They hand its
 * bytes and its end to the request it carries, or, while it idles in the pool, drop it.
 * Adding and removing a dozen listeners and an idle timer around every request was a visible
 * part of a steady check's CPU (bench/runner), most of it on cold caches after the idle gap.
 */
import type { Socket } from 'node:net';

import { ResponseReader } from './http1';
import { KeepAliveBook } from './keep-alive';
import type { HttpResponse } from './types';

/**
 * A kept-alive socket nobody uses is closed after this (by default). Long enough for the next
 * check of a source at the default 60 s interval, and for a source asked in turn with two
 * others at 10 s, when its server keeps the connection that long: Cloudflare, in front of
 * several built-in sources, keeps an idle HTTP/1.1 connection 400 s. A reused connection saves the check a TCP
 * (and TLS) handshake and the close. NATs keep an established TCP mapping idle for at least
 * 2 h 4 min (RFC 5382, REQ-5), so a kept connection is not lost on the way; servers that close
 * theirs sooner (node's and Apache's 5 s) are learnt in keep-alive.ts and not kept at all.
 */
export const IDLE_MS = 120_000;
/** Idle sockets kept per origin and family: a source makes one request per check. */
const MAX_IDLE = 2;

/** A connection closed (or reset) before a single byte of the response: nothing was answered. */
export class ClosedUnansweredError extends Error {
  readonly code = 'ECONNRESET';
  constructor(cause?: unknown) {
    super('the connection closed before any response', { cause });
    this.name = 'ClosedUnansweredError';
  }
}

export interface Exchanged extends HttpResponse {
  /** The socket may carry another request. */
  reusable: boolean;
}

const isReset = (err: unknown) => {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'ECONNRESET' || code === 'EPIPE';
};

/** The request a connection carries. */
interface Pending {
  reader: ResponseReader;
  signal: AbortSignal;
  resolve: (r: Exchanged) => void;
  reject: (err: unknown) => void;
}

/** A socket and its one set of listeners: busy with one request, idle in the pool, or done. */
export class Connection {
  private pending: Pending | null = null;
  /** While parked: the pool's key and when it was parked. */
  parked: { key: string; at: number } | null = null;
  private readonly onAbort = () => this.fail(this.pending?.signal.reason);

  constructor(
    readonly socket: Socket,
    private readonly pool: SocketPool,
  ) {
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('end', () => this.onEnd());
    socket.on('close', () => this.onEnd());
    socket.on('error', (err: Error) => this.onError(err));
    // Any traffic restarts it; only an idle socket is dropped (a request has its own deadline).
    socket.on('timeout', () => this.parked && this.pool.drop(this));
    socket.setTimeout(pool.idleMs);
  }

  get live(): boolean {
    return !this.socket.destroyed && this.socket.writable && this.socket.readable;
  }

  /** Writes `head` and reads the response; the socket is destroyed unless the response leaves it reusable. */
  exchange(head: string, maxBytes: number, signal: AbortSignal): Promise<Exchanged> {
    return new Promise<Exchanged>((resolve, reject) => {
      if (signal.aborted) {
        this.socket.destroy();
        return reject(signal.reason);
      }
      this.pending = { reader: new ResponseReader(maxBytes), signal, resolve, reject };
      signal.addEventListener('abort', this.onAbort, { once: true });
      this.socket.write(head);
    });
  }

  private onData(chunk: Buffer): void {
    const p = this.pending;
    // Bytes nobody asked for: from an idle socket, or a server talking out of turn.
    if (!p) return void (this.parked ? this.pool.drop(this) : this.socket.destroy());
    try {
      p.reader.push(chunk);
    } catch (err) {
      return this.fail(err);
    }
    this.settleIfDone(p);
  }

  /** The server's end or the socket's close. */
  private onEnd(): void {
    const p = this.pending;
    if (!p) return void (this.parked && this.pool.closedByServer(this));
    try {
      p.reader.end();
    } catch (err) {
      return this.fail(p.reader.seen === 0 ? new ClosedUnansweredError() : err);
    }
    this.settleIfDone(p);
  }

  /** While idle, the close that follows tells the pool; while busy, the request fails. */
  private onError(err: Error): void {
    const p = this.pending;
    if (p) this.fail(p.reader.seen === 0 && isReset(err) ? new ClosedUnansweredError(err) : err);
  }

  private settleIfDone(p: Pending): void {
    const { reader } = p;
    if (!reader.done || !reader.head) return;
    this.release(p);
    if (!reader.reusable) this.socket.destroy();
    const { status, headers } = reader.head;
    p.resolve({ status, headers, body: reader.text(), reusable: reader.reusable });
  }

  private fail(err: unknown): void {
    const p = this.pending;
    if (!p) return;
    this.release(p);
    this.socket.destroy();
    p.reject(err);
  }

  private release(p: Pending): void {
    this.pending = null;
    p.signal.removeEventListener('abort', this.onAbort);
  }
}

export class SocketPool {
  private readonly book: KeepAliveBook;
  private readonly idle = new Map<string, Connection[]>();
  private readonly all = new Set<Connection>();

  /**
   * `now`: a monotonic clock in ms, for the gaps between requests and how long a socket idled;
   * `idleMs`: how long an unused socket is kept.
   */
  constructor(
    private readonly now: () => number = () => performance.now(),
    readonly idleMs = IDLE_MS,
  ) {
    this.book = new KeepAliveBook(now, idleMs);
  }

  /** A request to `key` starts (before take()): the gap since the last one is learnt. */
  started(key: string): void {
    this.book.started(key);
  }

  /** A new socket: never an unhandled 'error', and closed by destroy(). */
  open(socket: Socket): Connection {
    const conn = new Connection(socket, this);
    this.all.add(conn);
    socket.once('close', () => this.all.delete(conn));
    return conn;
  }

  /** A live idle connection for `key`, taken out of the pool. */
  take(key: string): Connection | undefined {
    const list = this.idle.get(key);
    while (list?.length) {
      const conn = list.pop()!;
      conn.parked = null;
      if (conn.live) {
        conn.socket.ref();
        return conn;
      }
      conn.socket.destroy();
    }
    return undefined;
  }

  /** After an exchange: keeps the connection for `key` if it may and will be reused, else closes it; gives the response. */
  settle(key: string, conn: Connection, r: Exchanged): HttpResponse {
    const worth = this.book.answered(key, r.headers['keep-alive']);
    if (r.reusable && !conn.socket.destroyed) {
      if (worth) this.park(key, conn);
      else conn.socket.destroy();
    }
    return { status: r.status, headers: r.headers, body: r.body };
  }

  /** Out of the pool and closed: it idled too long, or spoke out of turn. */
  drop(conn: Connection): void {
    this.unpark(conn);
    conn.socket.destroy();
  }

  /** The server closed (or reset) an idle connection: how long it kept it is learnt. */
  closedByServer(conn: Connection): void {
    const { parked } = conn;
    if (parked) this.book.serverClosed(parked.key, this.now() - parked.at);
    this.drop(conn);
  }

  destroy(): void {
    for (const c of this.all) {
      c.parked = null;
      c.socket.destroy();
    }
    this.all.clear();
    this.idle.clear();
  }

  private park(key: string, conn: Connection): void {
    let list = this.idle.get(key);
    if (!list) this.idle.set(key, (list = []));
    if (list.length >= MAX_IDLE) return void conn.socket.destroy();
    list.push(conn);
    conn.parked = { key, at: this.now() };
    conn.socket.unref();
  }

  private unpark(conn: Connection): void {
    const { parked } = conn;
    if (!parked) return;
    conn.parked = null;
    const list = this.idle.get(parked.key);
    const at = list?.indexOf(conn) ?? -1;
    if (at >= 0) list!.splice(at, 1);
  }
}
