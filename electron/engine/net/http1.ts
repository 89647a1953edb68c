/**
 * The HTTP/1.1 wire format of one GET, for the sources' client (http.ts): the request's
 * bytes, and an incremental reader of the response (RFC 9112): status line, headers, and a
 * body framed by Content-Length, chunked coding or the connection's close. Interim 1xx
 * responses are skipped. Pure: no sockets, so every framing case is table-tested.
 *
 * Why not node:http: for one tiny GET per source and check, its ClientRequest, agent and
 * streams were most of the check's CPU on a small machine (bench/runner: CPU per check).
 */

export class HttpProtocolError extends Error {
  readonly code = 'HPE_INVALID';
  constructor(message: string) {
    super(`invalid HTTP response: ${message}`);
    this.name = 'HttpProtocolError';
  }
}

/** As Node's default --max-http-header-size. */
export const MAX_HEAD_BYTES = 16 * 1024;

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const BAD_VALUE = /[\r\n\0]/;
const DIGITS = /^\d{1,15}$/;

/** The request's bytes; `headers` are sent as given, after Host. */
export function requestHead(url: Pick<URL, 'host' | 'pathname' | 'search'>, headers: Record<string, string>): string {
  let head = `GET ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\n`;
  for (const [name, value] of Object.entries(headers)) {
    if (!TOKEN.test(name) || BAD_VALUE.test(value) || name.toLowerCase() === 'host')
      throw new TypeError(`invalid request header: ${name}`);
    head += `${name}: ${value}\r\n`;
  }
  return `${head}\r\n`;
}

export interface ResponseHead {
  status: number;
  headers: Record<string, string | string[]>;
}

type Framing = { kind: 'length'; left: number } | { kind: 'chunked' } | { kind: 'close' } | { kind: 'none' };

const CRLF = Buffer.from('\r\n');
const HEAD_END = Buffer.from('\r\n\r\n');

/**
 * Feed it the connection's bytes in order; `done` turns true once the body is complete (or
 * reached `maxBytes`), and `end()` tells it the peer closed. Throws HttpProtocolError.
 */
export class ResponseReader {
  head: ResponseHead | null = null;
  done = false;
  /** The body ended by its framing, on a connection the server keeps open: it may carry another request. */
  reusable = false;
  /** Bytes of the response seen so far (a reused connection that closes with none may be retried). */
  seen = 0;
  private buf: Buffer = Buffer.alloc(0);
  private framing: Framing = { kind: 'none' };
  private keepAlive = false;
  private readonly body: Buffer[] = [];
  private size = 0;
  /** Chunked: bytes of the current chunk still to come, or -1 while a size line is awaited. */
  private chunkLeft = -1;
  private trailers = false;

  constructor(private readonly maxBytes: number) {}

  push(chunk: Buffer): void {
    if (this.done) return;
    this.seen += chunk.length;
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    while (!this.done && this.step());
  }

  /** The peer closed the connection. */
  end(): void {
    if (this.done) return;
    if (this.head && this.framing.kind === 'close') return this.finish(false);
    throw new HttpProtocolError(
      this.head
        ? 'the connection closed before the body ended'
        : this.seen
          ? 'the connection closed before the end of the headers'
          : 'no response',
    );
  }

  text(): string {
    return Buffer.concat(this.body).subarray(0, this.maxBytes).toString('utf8');
  }

  /** One parsing step; false when more bytes are needed. */
  private step(): boolean {
    if (!this.head) return this.readHead();
    switch (this.framing.kind) {
      case 'none':
        this.finish(true);
        return false;
      case 'close':
        this.take(this.buf.length);
        return false;
      case 'length': {
        const n = Math.min(this.framing.left, this.buf.length);
        this.framing.left -= n;
        this.take(n);
        if (this.framing.left === 0) this.finish(true);
        return false;
      }
      case 'chunked':
        return this.readChunked();
    }
  }

  private readHead(): boolean {
    const end = this.buf.indexOf(HEAD_END);
    if (end < 0) {
      // Up to 3 bytes of the final CRLFCRLF may be here already: they do not count.
      if (this.buf.length > MAX_HEAD_BYTES + 3) throw new HttpProtocolError('headers too large');
      return false;
    }
    if (end > MAX_HEAD_BYTES) throw new HttpProtocolError('headers too large');
    const lines = this.buf.subarray(0, end).toString('latin1').split('\r\n');
    this.buf = this.buf.subarray(end + 4);
    const m = /^HTTP\/1\.([01]) (\d{3})(?: .*)?$/.exec(lines[0] ?? '');
    if (!m) throw new HttpProtocolError(`bad status line ${JSON.stringify((lines[0] ?? '').slice(0, 40))}`);
    const status = Number(m[2]);
    if (status < 100) throw new HttpProtocolError(`status ${m[2]}`);
    const headers: Record<string, string | string[]> = {};
    for (const line of lines.slice(1)) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).toLowerCase();
      if (colon <= 0 || !TOKEN.test(name))
        throw new HttpProtocolError(`bad header line ${JSON.stringify(line.slice(0, 40))}`);
      const value = line.slice(colon + 1).trim();
      const had = headers[name];
      if (had === undefined) headers[name] = name === 'set-cookie' ? [value] : value;
      else if (Array.isArray(had)) had.push(value);
      else headers[name] = `${had}, ${value}`;
    }
    // 1xx (100 Continue, 103 Early Hints) come before the real answer; 101 would switch protocols.
    if (status === 101) throw new HttpProtocolError('unexpected protocol switch');
    if (status < 200) return true;
    this.head = { status, headers };
    const connection = String(headers['connection'] ?? '').toLowerCase();
    this.keepAlive = m[1] === '1' ? !/\bclose\b/.test(connection) : /\bkeep-alive\b/.test(connection);
    // Both framings at once may be a smuggling attempt: chunked wins, and the connection is not reused (RFC 9112 6.3).
    if (headers['transfer-encoding'] !== undefined && headers['content-length'] !== undefined) this.keepAlive = false;
    this.framing = framingOf(status, headers);
    return true;
  }

  private readChunked(): boolean {
    if (this.trailers) {
      const eol = this.buf.indexOf(CRLF);
      if (eol < 0) return this.tooLong('trailer');
      const empty = eol === 0;
      this.buf = this.buf.subarray(eol + 2);
      if (empty) this.finish(true);
      return !empty;
    }
    if (this.chunkLeft < 0) {
      const eol = this.buf.indexOf(CRLF);
      if (eol < 0) return this.tooLong('chunk size');
      const line = this.buf.subarray(0, eol).toString('latin1');
      const m = /^([0-9A-Fa-f]{1,8})[ \t]*(?:;.*)?$/.exec(line);
      if (!m) throw new HttpProtocolError(`bad chunk size ${JSON.stringify(line.slice(0, 20))}`);
      this.buf = this.buf.subarray(eol + 2);
      this.chunkLeft = parseInt(m[1]!, 16);
      if (this.chunkLeft === 0) this.trailers = true;
      return true;
    }
    // The chunk's data, then its CRLF.
    const n = Math.min(this.chunkLeft, this.buf.length);
    this.take(n);
    this.chunkLeft -= n;
    if (this.done || this.chunkLeft > 0) return false;
    if (this.buf.length < 2) {
      this.chunkLeft = 0;
      return false;
    }
    if (this.buf[0] !== 13 || this.buf[1] !== 10) throw new HttpProtocolError('chunk not followed by CRLF');
    this.buf = this.buf.subarray(2);
    this.chunkLeft = -1;
    return true;
  }

  private tooLong(what: string): boolean {
    if (this.buf.length > MAX_HEAD_BYTES) throw new HttpProtocolError(`${what} line too long`);
    return false;
  }

  /** Moves n bytes of body out of the buffer; the cap ends the response (and its connection). */
  private take(n: number): void {
    if (n > 0) {
      this.body.push(this.buf.subarray(0, n));
      this.size += n;
    }
    this.buf = this.buf.subarray(n);
    if (this.size >= this.maxBytes) this.finish(false);
  }

  private finish(complete: boolean): void {
    this.done = true;
    this.reusable = complete && this.keepAlive && this.buf.length === 0;
  }
}

function framingOf(status: number, headers: Record<string, string | string[]>): Framing {
  if (status === 204 || status === 304) return { kind: 'none' };
  const te = headers['transfer-encoding'];
  if (te !== undefined) {
    if (/(?:^|,)\s*chunked\s*$/i.test(String(te))) return { kind: 'chunked' };
    return { kind: 'close' };
  }
  const cl = headers['content-length'];
  if (typeof cl === 'string' && DIGITS.test(cl)) {
    // The usual single value: no list to split.
    const left = Number(cl);
    return left === 0 ? { kind: 'none' } : { kind: 'length', left };
  }
  if (cl !== undefined) {
    const values = new Set(
      String(cl)
        .split(',')
        .map((v) => v.trim()),
    );
    const [only] = values;
    if (values.size !== 1 || !only || !DIGITS.test(only))
      throw new HttpProtocolError(`bad Content-Length ${String(cl)}`);
    const left = Number(only);
    return left === 0 ? { kind: 'none' } : { kind: 'length', left };
  }
  return { kind: 'close' };
}
