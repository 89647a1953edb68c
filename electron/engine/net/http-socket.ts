/**
 * One GET exchanged over a TCP or TLS socket (the bytes from http1.ts), and the kept-alive
 * sockets between requests: per origin and family, unreferenced so they never hold the
 * process, dropped when the server closes them or after IDLE_MS, and not kept at all when
 * the next request would come after the server or IDLE_MS closed them (keep-alive.ts).
 */
import type { Socket } from 'node:net';

import { ResponseReader } from './http1';
import { KeepAliveBook } from './keep-alive';
import type { HttpResponse } from './types';

/**
 * A kept-alive socket nobody uses is closed after this. Long enough for the next check of a
 * source at the default 60 s interval, and for a source asked in turn with two others at 10 s,
 * when its server keeps the connection that long: Cloudflare, in front of several built-in
 * sources, keeps an idle HTTP/1.1 connection 400 s. A reused connection saves the check a TCP
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

/** Writes `head` and reads the response; the socket is destroyed unless the response leaves it reusable. */
export function exchange(socket: Socket, head: string, maxBytes: number, signal: AbortSignal): Promise<Exchanged> {
  return new Promise<Exchanged>((resolve, reject) => {
    const reader = new ResponseReader(maxBytes);
    const cleanup = () => {
      socket.off('data', onData);
      socket.off('end', onEnd);
      socket.off('close', onEnd);
      socket.off('error', onError);
      signal.removeEventListener('abort', onAbort);
    };
    const fail = (err: unknown) => {
      cleanup();
      socket.destroy();
      reject(err);
    };
    const settleIfDone = () => {
      if (!reader.done || !reader.head) return;
      cleanup();
      if (!reader.reusable) socket.destroy();
      const { status, headers } = reader.head;
      resolve({ status, headers, body: reader.text(), reusable: reader.reusable });
    };
    function onData(chunk: Buffer) {
      try {
        reader.push(chunk);
      } catch (err) {
        return fail(err);
      }
      settleIfDone();
    }
    function onEnd() {
      try {
        reader.end();
      } catch (err) {
        return fail(reader.seen === 0 ? new ClosedUnansweredError() : err);
      }
      settleIfDone();
    }
    function onError(err: Error) {
      fail(reader.seen === 0 && isReset(err) ? new ClosedUnansweredError(err) : err);
    }
    function onAbort() {
      fail(signal.reason);
    }
    if (signal.aborted) return fail(signal.reason);
    socket.on('data', onData);
    socket.once('end', onEnd);
    socket.once('close', onEnd);
    socket.on('error', onError);
    signal.addEventListener('abort', onAbort, { once: true });
    socket.write(head);
  });
}

const noop = () => undefined;

export class SocketPool {
  private readonly book: KeepAliveBook;
  private readonly idle = new Map<string, Socket[]>();
  private readonly all = new Set<Socket>();
  /** Removes a parked socket's idle handlers. */
  private readonly unpark = new Map<Socket, () => void>();

  /** `now`: a monotonic clock in ms, for the gaps between requests and how long a socket idled. */
  constructor(private readonly now: () => number = () => performance.now()) {
    this.book = new KeepAliveBook(now, IDLE_MS);
  }

  /** A request to `key` starts (before take()): the gap since the last one is learnt. */
  started(key: string): void {
    this.book.started(key);
  }

  /** A new socket: never an unhandled 'error', and closed by destroy(). */
  track(socket: Socket): Socket {
    socket.on('error', noop);
    this.all.add(socket);
    socket.once('close', () => this.all.delete(socket));
    return socket;
  }

  /** A live idle socket for `key`, taken out of the pool. */
  take(key: string): Socket | undefined {
    const list = this.idle.get(key);
    while (list?.length) {
      const socket = list.pop()!;
      this.unpark.get(socket)?.();
      if (!socket.destroyed && socket.writable && socket.readable) {
        socket.ref();
        return socket;
      }
    }
    return undefined;
  }

  /** After an exchange: keeps the socket for `key` if it may and will be reused, else closes it; gives the response. */
  settle(key: string, socket: Socket, r: Exchanged): HttpResponse {
    const worth = this.book.answered(key, r.headers['keep-alive']);
    if (r.reusable && !socket.destroyed) {
      if (worth) this.park(key, socket);
      else socket.destroy();
    }
    return { status: r.status, headers: r.headers, body: r.body };
  }

  destroy(): void {
    for (const s of this.all) s.destroy();
    this.all.clear();
    this.idle.clear();
    this.unpark.clear();
  }

  private park(key: string, socket: Socket): void {
    let list = this.idle.get(key);
    if (!list) this.idle.set(key, (list = []));
    if (list.length >= MAX_IDLE) return void socket.destroy();
    list.push(socket);
    const parkedAt = this.now();
    const drop = () => {
      unpark();
      socket.destroy();
    };
    const closedByServer = () => {
      this.book.serverClosed(key, this.now() - parkedAt);
      drop();
    };
    // Anything from the server while idle (data, its close, a reset) ends the socket.
    const unpark = () => {
      socket.off('data', drop);
      socket.off('end', closedByServer);
      socket.off('close', closedByServer);
      socket.off('timeout', drop);
      socket.setTimeout(0);
      this.unpark.delete(socket);
      const at = list.indexOf(socket);
      if (at >= 0) list.splice(at, 1);
    };
    this.unpark.set(socket, unpark);
    socket.once('data', drop);
    socket.once('end', closedByServer);
    socket.once('close', closedByServer);
    socket.once('timeout', drop);
    socket.setTimeout(IDLE_MS);
    socket.unref();
  }
}
