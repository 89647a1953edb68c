import { describe, expect, it } from 'vitest';

import { HttpProtocolError, MAX_HEAD_BYTES, requestHead, ResponseReader } from '../../../../electron/engine/net/http1';

function pieces(bytes: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.slice(i, i + size));
  return out;
}

/** How a response's bytes may reach the reader; no framing may depend on it. */
const SPLITS = [
  { split: 'whole', cut: (bytes: string) => [bytes] },
  { split: 'in 7-byte pieces', cut: (bytes: string) => pieces(bytes, 7) },
  { split: 'byte by byte', cut: (bytes: string) => pieces(bytes, 1) },
];

const eachSplit = <T extends object>(rows: T[]) => rows.flatMap((row) => SPLITS.map((s) => ({ ...row, ...s })));

/** A new reader fed `chunks` (latin1, one push each). */
function read(chunks: string[], maxBytes = 1024): ResponseReader {
  const reader = new ResponseReader(maxBytes);
  for (const chunk of chunks) reader.push(Buffer.from(chunk, 'latin1'));
  return reader;
}

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a throw');
}

const OK = 'HTTP/1.1 200 OK\r\n';
const CHUNKED = `${OK}Transfer-Encoding: chunked\r\n\r\n`;
/** Fields and body of a kept-alive "ok". */
const LEN2 = 'Content-Length: 2\r\n\r\nok';
const LAST = '0\r\n\r\n';

const outcome = (r: ResponseReader) => ({ body: r.text(), done: r.done, reusable: r.reusable });

describe('ResponseReader: framing', () => {
  it.each(
    eachSplit([
      { name: 'Content-Length', raw: `${OK}Content-Length: 11\r\n\r\nhello world`, body: 'hello world' },
      { name: 'a repeated equal Content-Length', raw: `${OK}Content-Length: 2\r\n${LEN2}` },
      { name: 'chunked', raw: `${CHUNKED}5\r\nhello\r\n6\r\n world\r\n${LAST}`, body: 'hello world' },
      {
        name: 'chunked, hex size, extensions',
        raw: `${CHUNKED}a;x=1\r\n0123456789\r\n2 ; y="2"\r\nok\r\n0;z\r\n\r\n`,
        body: '0123456789ok',
      },
      { name: 'chunked with trailers', raw: `${CHUNKED}2\r\nok\r\n0\r\nX-Sum: 1\r\nX-More: 2\r\n\r\n` },
      { name: 'gzip, chunked', raw: `${OK}Transfer-Encoding: gzip, chunked\r\n\r\n2\r\nok\r\n${LAST}` },
      {
        // RFC 9112 6.3: chunked wins, and the connection is closed (a smuggling attempt, maybe).
        name: 'chunked over Content-Length',
        raw: `${OK}Content-Length: 9\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n${LAST}`,
        reusable: false,
      },
      { name: 'a 204', raw: 'HTTP/1.1 204 No Content\r\n\r\n', status: 204, body: '' },
      {
        name: 'a 304, whatever its Content-Length',
        raw: 'HTTP/1.1 304 OK\r\nContent-Length: 9\r\n\r\n',
        status: 304,
        body: '',
      },
      { name: 'Content-Length: 0', raw: `${OK}Content-Length: 0\r\n\r\n`, body: '' },
      { name: '100 Continue, then the 200', raw: `HTTP/1.1 100 Continue\r\n\r\n${OK}${LEN2}` },
      {
        name: 'two 103s, then the 200',
        raw: `HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 103\r\n\r\n${OK}${LEN2}`,
      },
      { name: 'HTTP/1.1, Connection: close', raw: `${OK}Connection: close\r\n${LEN2}`, reusable: false },
      {
        name: 'HTTP/1.1, Connection: Upgrade, Close',
        raw: `${OK}Connection: Upgrade, Close\r\n${LEN2}`,
        reusable: false,
      },
      { name: 'HTTP/1.0', raw: `HTTP/1.0 200 OK\r\n${LEN2}`, reusable: false },
      { name: 'HTTP/1.0, Connection: keep-alive', raw: `HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\n${LEN2}` },
    ]),
  )('$name ($split): done by its framing', ({ raw, cut, status = 200, body = 'ok', reusable = true }) => {
    const reader = read(cut(raw));
    expect(reader.head?.status).toBe(status);
    expect(outcome(reader)).toEqual({ body, done: true, reusable });
    expect(reader.seen).toBe(raw.length);
  });

  it.each(
    eachSplit([
      { name: 'no framing', raw: `${OK}Content-Type: text/plain\r\n\r\n1.2.3.4\n`, body: '1.2.3.4\n' },
      { name: 'a transfer coding other than chunked', raw: `${OK}Transfer-Encoding: gzip\r\n\r\nraw`, body: 'raw' },
      {
        name: 'HTTP/1.0, keep-alive but no length',
        raw: 'HTTP/1.0 200 OK\r\nConnection: keep-alive\r\n\r\nok',
        body: 'ok',
      },
    ]),
  )('$name ($split): the close ends the body, and the connection', ({ raw, cut, body }) => {
    const reader = read(cut(raw));
    expect(reader.done).toBe(false);
    reader.end();
    expect(outcome(reader)).toEqual({ body, done: true, reusable: false });
  });

  it.each([
    { name: 'the CRLF after a chunk', chunks: [`${CHUNKED}2\r\nok\r`, `\n${LAST}`] },
    { name: 'a chunk and its CRLF', chunks: [`${CHUNKED}2\r\no`, 'k', '\r', '\n', LAST] },
    { name: 'a size line', chunks: [`${CHUNKED}2\r`, '\nok\r\n0', '\r\n\r', '\n'] },
    { name: 'the end of the head', chunks: [`${OK}Content-Length: 2\r\n\r`, '\nok'] },
  ])('reads $name split between pushes', ({ chunks }) => {
    expect(outcome(read(chunks))).toEqual({ body: 'ok', done: true, reusable: true });
  });

  it('leaves a connection with bytes after the body not reusable', () => {
    expect(outcome(read([`${OK}${LEN2}HTTP/1.1 200 OK\r\n`]))).toEqual({ body: 'ok', done: true, reusable: false });
  });

  it('ignores what comes after the end, and an end() then', () => {
    const reader = read([`${OK}${LEN2}`]);
    reader.push(Buffer.from('more'));
    reader.end();
    expect(outcome(reader)).toEqual({ body: 'ok', done: true, reusable: true });
  });
});

describe('ResponseReader: the maxBytes cap', () => {
  const LONG = 'x'.repeat(20);
  it.each(
    eachSplit([
      { name: 'a Content-Length body', raw: `${OK}Content-Length: 100\r\n\r\n${LONG}` },
      { name: 'a chunked body', raw: `${CHUNKED}40\r\n${LONG}` },
      { name: 'a close-delimited body', raw: `${OK}\r\n${LONG}` },
    ]),
  )('ends $name at the cap, and its connection ($split)', ({ raw, cut }) => {
    const reader = read(cut(raw), 10);
    expect([reader.text(), reader.done, reader.reusable]).toEqual(['x'.repeat(10), true, false]);
  });
});

describe('ResponseReader: the head', () => {
  it('lower-cases names, joins repeated fields with ", ", keeps Set-Cookie as an array', () => {
    const reader = read([
      `${OK}Content-Type: text/plain\r\nX-Seen: a\r\nx-seen: b\r\nX-SEEN:c\r\nSet-Cookie: a=1; Path=/\r\n` +
        'Set-Cookie: b=2\r\nX-Empty:\r\nX-Pad: \t spaced  value \t\r\nContent-Length: 0\r\n\r\n',
    ]);
    expect(reader.head).toEqual({
      status: 200,
      headers: {
        'content-type': 'text/plain',
        'x-seen': 'a, b, c',
        'set-cookie': ['a=1; Path=/', 'b=2'],
        'x-empty': '',
        'x-pad': 'spaced  value',
        'content-length': '0',
      },
    });
  });

  it('gives a single Set-Cookie as an array too, and no field of an interim response', () => {
    const reader = read([
      `HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n${OK}Set-Cookie: a=1\r\nContent-Length: 0\r\n\r\n`,
    ]);
    expect(reader.head?.headers).toEqual({ 'set-cookie': ['a=1'], 'content-length': '0' });
  });

  it.each([
    ['HTTP/1.1 404 Not Found', 404],
    ['HTTP/1.1 200', 200],
    ['HTTP/1.1 503 ', 503],
    ['HTTP/1.0 429 Too Many Requests', 429],
  ])('reads the status of %j', (line, status) => {
    expect(read([`${line}\r\nContent-Length: 0\r\n\r\n`]).head?.status).toBe(status);
  });
});

describe('ResponseReader: malformed responses', () => {
  it.each(
    eachSplit([
      { name: 'not HTTP', raw: 'SSH-2.0-OpenSSH_9.6\r\n\r\n', error: /bad status line "SSH-2.0/ },
      { name: 'HTTP/2', raw: 'HTTP/2 200\r\n\r\n', error: /bad status line/ },
      { name: 'a two-digit status', raw: 'HTTP/1.1 20 OK\r\n\r\n', error: /bad status line/ },
      // RFC 9110 15 defines 100-599 only: below 100 is no interim response to skip.
      { name: 'a status below 100', raw: `HTTP/1.1 099 Odd\r\n${LEN2}`, error: /status 099/ },
      { name: 'a header line without a colon', raw: `${OK}NoColon\r\n\r\n`, error: /bad header line "NoColon"/ },
      { name: 'an empty header name', raw: `${OK}: value\r\n\r\n`, error: /bad header line/ },
      { name: 'a space before the colon', raw: `${OK}Content-Length : 2\r\n\r\nok`, error: /bad header line/ },
      {
        name: 'a 101 protocol switch',
        raw: 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n',
        error: /protocol switch/,
      },
      { name: 'a chunk size not in hex', raw: `${CHUNKED}zz\r\n`, error: /bad chunk size "zz"/ },
      { name: 'an empty chunk size', raw: `${CHUNKED}\r\n`, error: /bad chunk size/ },
      { name: 'a chunk longer than its size', raw: `${CHUNKED}2\r\nokay\r\n`, error: /chunk not followed by CRLF/ },
      {
        name: 'conflicting Content-Lengths',
        raw: `${OK}Content-Length: 2\r\nContent-Length: 3\r\n\r\nok`,
        error: /bad Content-Length 2, 3/,
      },
      { name: 'a negative Content-Length', raw: `${OK}Content-Length: -1\r\n\r\n`, error: /bad Content-Length/ },
      { name: 'a Content-Length not a number', raw: `${OK}Content-Length: two\r\n\r\n`, error: /bad Content-Length/ },
      { name: 'an empty Content-Length', raw: `${OK}Content-Length:\r\n\r\n`, error: /bad Content-Length/ },
    ]),
  )('rejects $name ($split)', ({ raw, cut, error }) => {
    const err = thrown(() => read(cut(raw)));
    expect(err).toBeInstanceOf(HttpProtocolError);
    expect(err.message).toMatch(error);
  });

  /** A header line of exactly `n` bytes. */
  const field = (n: number) => `X-Pad: ${'p'.repeat(n - 9)}\r\n`;
  it.each([
    { name: 'a head over 16 KiB, whole', chunks: [`${OK}${field(MAX_HEAD_BYTES)}\r\nok`], error: /headers too large/ },
    {
      name: 'a head over 16 KiB that never ends',
      chunks: pieces(`${OK}${field(MAX_HEAD_BYTES + 1)}`, 1000),
      error: /headers too large/,
    },
    {
      name: 'a chunk size line over 16 KiB',
      chunks: [CHUNKED, '0'.repeat(MAX_HEAD_BYTES + 1)],
      error: /chunk size line too long/,
    },
    {
      name: 'a trailer over 16 KiB',
      chunks: [`${CHUNKED}0\r\n`, field(MAX_HEAD_BYTES + 3).slice(0, -2)],
      error: /trailer line too long/,
    },
  ])('rejects $name', ({ chunks, error }) => {
    expect(() => read(chunks)).toThrow(error);
  });

  it('applies the 16 KiB head limit however the head is split', () => {
    const start = `${OK}Content-Length: 2\r\nX-Pad: `;
    // The head's CRLFCRLF starts at byte 16,384: just within the limit.
    const raw = `${start}${'p'.repeat(MAX_HEAD_BYTES - start.length)}\r\n\r\nok`;
    expect(read([raw]).text()).toBe('ok');
    expect(read(pieces(raw, 1)).text()).toBe('ok');
  });

  it('reads a head just under 16 KiB, in pieces', () => {
    const raw = `${OK}${field(MAX_HEAD_BYTES - 100)}Content-Length: 2\r\n\r\nok`;
    expect(read(pieces(raw, 1000)).text()).toBe('ok');
  });

  it.each([
    { name: 'any byte', chunks: [], error: /no response/ },
    { name: 'the end of the head', chunks: [`${OK}Content-Le`], error: /closed before the end of the headers/ },
    {
      name: 'the end of a Content-Length body',
      chunks: [`${OK}Content-Length: 9\r\n\r\nok`],
      error: /closed before the body ended/,
    },
    { name: 'the last chunk', chunks: [`${CHUNKED}2\r\nok\r\n`], error: /closed before the body ended/ },
    { name: 'the end of the trailers', chunks: [`${CHUNKED}0\r\n`], error: /closed before the body ended/ },
  ])('rejects a close before $name', ({ chunks, error }) => {
    const reader = read(chunks);
    const err = thrown(() => reader.end());
    expect(err).toBeInstanceOf(HttpProtocolError);
    expect(err.message).toMatch(error);
  });
});

describe('requestHead', () => {
  it.each([
    ['http://example.com', 'GET / HTTP/1.1\r\nHost: example.com\r\n'],
    ['http://example.com:8080/ip?format=json&v=4', 'GET /ip?format=json&v=4 HTTP/1.1\r\nHost: example.com:8080\r\n'],
    ['https://example.com:443/a', 'GET /a HTTP/1.1\r\nHost: example.com\r\n'],
    ['http://[2001:db8::1]:8080/', 'GET / HTTP/1.1\r\nHost: [2001:db8::1]:8080\r\n'],
    ['http://[::1]/x', 'GET /x HTTP/1.1\r\nHost: [::1]\r\n'],
    ['http://example.com/p#fragment', 'GET /p HTTP/1.1\r\nHost: example.com\r\n'],
    ['http://bücher.example/a b', 'GET /a%20b HTTP/1.1\r\nHost: xn--bcher-kva.example\r\n'],
  ])('%s', (url, start) => {
    expect(requestHead(new URL(url), {})).toBe(`${start}\r\n`);
  });

  it('sends the headers as given, after Host, and ends the head with an empty line', () => {
    const head = requestHead(new URL('https://api.example/json'), { 'user-agent': 'UA/1', accept: 'application/json' });
    expect(head).toBe(
      'GET /json HTTP/1.1\r\nHost: api.example\r\nuser-agent: UA/1\r\naccept: application/json\r\n\r\n',
    );
  });

  it.each([
    ['a CR LF in a value', { 'x-a': 'v\r\nInjected: 1' }],
    ['a bare LF in a value', { 'x-a': 'v\nInjected: 1' }],
    ['a NUL in a value', { 'x-a': 'v\0' }],
    ['a space in a name', { 'x a': 'v' }],
    ['a colon in a name', { 'x:a': 'v' }],
    ['an empty name', { '': 'v' }],
    ['a non-ASCII name', { 'x-é': 'v' }],
    ['a second Host', { Host: 'elsewhere.example' }],
  ])('rejects %s', (_, headers) => {
    expect(() => requestHead(new URL('http://example.com/'), headers)).toThrow(TypeError);
  });
});
