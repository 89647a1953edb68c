/** The one parse of an address (shared/settings/destination-url.ts): its truth table, row by row. */
import { describe, expect, it } from 'vitest';

import { hostProblem, readUrl, urlProblem } from '../../../shared/settings/destination-url';

describe('readUrl: read as every client reads it, or refused in words', () => {
  const read: [string, { scheme: string; hostname: string; port: number }][] = [
    ['https://Example.COM', { scheme: 'https', hostname: 'example.com', port: 443 }],
    ['HTTPS://example.com:443/x', { scheme: 'https', hostname: 'example.com', port: 443 }],
    ['http://127.0.0.1:8080/a?b#c', { scheme: 'http', hostname: '127.0.0.1', port: 8080 }],
    ['mqtt://Broker.LAN', { scheme: 'mqtt', hostname: 'broker.lan', port: 1883 }],
    ['mqtts://broker.lan', { scheme: 'mqtts', hostname: 'broker.lan', port: 8883 }],
    ['ws://[::1]:9001/mqtt', { scheme: 'ws', hostname: '::1', port: 9001 }],
    ['https://user:pa%20ss@h.example/', { scheme: 'https', hostname: 'h.example', port: 443 }],
  ];
  it.each(read)('%j is read', (text, want) => {
    const r = readUrl(text);
    expect(r.ok && { scheme: r.url.scheme, hostname: r.url.hostname, port: r.url.port }).toEqual(want);
  });

  // Every part a client connects with or writes, as one reading gives them.
  it.each([
    [
      'HTTPS://User:pa%20ss@Example.COM:443/a?b#c',
      {
        scheme: 'https',
        hostname: 'example.com',
        host: 'example.com',
        port: 443,
        userinfo: true,
        pathname: '/a',
        search: '?b',
        hash: '#c',
        href: 'https://User:pa%20ss@example.com/a?b#c',
        origin: 'https://example.com',
      },
    ],
    [
      'ws://[::1]:9001/mqtt',
      {
        scheme: 'ws',
        hostname: '::1',
        host: '[::1]',
        port: 9001,
        userinfo: false,
        pathname: '/mqtt',
        search: '',
        hash: '',
        href: 'ws://[::1]:9001/mqtt',
        origin: 'ws://[::1]:9001',
      },
    ],
    [
      'mqtt://:secret@Broker.LAN:1884',
      {
        scheme: 'mqtt',
        hostname: 'broker.lan',
        host: 'broker.lan',
        port: 1884,
        userinfo: true,
        pathname: '',
        search: '',
        hash: '',
        href: 'mqtt://:secret@Broker.LAN:1884',
        origin: 'mqtt://broker.lan:1884',
      },
    ],
  ])('%j is read in every part', (text, want) => {
    expect(readUrl(text)).toEqual({ ok: true, url: want });
  });

  it.each([
    ['http', 80],
    ['https', 443],
    ['ws', 80],
    ['wss', 443],
    ['mqtt', 1883],
    ['mqtts', 8883],
    ['smtp', 587],
    ['smtps', 465],
    ['dns', 53],
    ['gopher', 0],
  ])('%s:// without a port is read on port %d', (scheme, port) => {
    const r = readUrl(`${scheme}://h.example`);
    expect(r.ok && r.url.port).toBe(port);
  });

  const refused: [string, string][] = [
    ['mqtt://127.0.0.1:41883\\@localhost:41884', 'a backslash is not allowed'],
    ['mqtt://127.0.0.1:41885\\x', 'a backslash is not allowed'],
    ['http://h\t.example/', 'spaces, tabs, line breaks and control characters'],
    ['http://h.example/\n', 'spaces, tabs, line breaks and control characters'],
    ['http://h.example/\u0000', 'spaces, tabs, line breaks and control characters'],
    [' http://h.example/', 'spaces, tabs, line breaks and control characters'],
    ['http://h.example/\u00a0', 'spaces, tabs, line breaks and control characters'],
    ['h.example/x', 'expected an address that starts with its scheme and //'],
    // No address at all is told so first, before its spaces.
    ['not a url', 'expected an address that starts with its scheme and //'],
    // :// but no scheme before it that a URL can start with.
    ['1ab://h.example', 'expected an address that starts with its scheme and //'],
    ['mqtt://', 'the address has no host'],
    // A host mqtt:// keeps as written that an http:// URL cannot hold (punycode that decodes to nothing).
    ['mqtt://xn--a', 'write the host as a name or an address (other programs could read "xn--a" otherwise)'],
    ['http:/h.example', 'expected an address that starts with its scheme and //'],
    ['http://%6c%6fcalhost/', 'write the address as http://localhost'],
    ['mqtt://%6c%6fcalhost', 'write the host without %-encoding'],
    ['http://0x7f.1/', 'write the address as http://127.0.0.1'],
    ['mqtt://127.1:1883', 'write the host as 127.0.0.1'],
    ['http://h:0080/', 'write the address as http://h'],
    ['http://h:/', 'write the address as http://h'],
    ['http://[0:0::1]/', 'write the address as http://[::1]'],
    ['http://[fe80::1%25eth0]/', 'not a valid address'],
    ['http://h:99999/', 'not a valid address'],
    ['https://bücher.example/', 'write the address as https://xn--bcher-kva.example'],
    ['http://a@b@c/', 'write the address as http://a%40b@c'],
    // The words are shown and may be logged: a password in the address is never in them.
    [
      'http://u:s3cret@h:0080/',
      'write the address as http://u:***@h (other programs could read "u:***@h:0080" otherwise)',
    ],
    ['http://u:p@b@c/', 'write the address as http://u:***@c (other programs could read "u:***@c" otherwise)'],
  ];
  // Each kind of space and control character the rule names, at the end of the path (where the
  // URL parser would otherwise encode or drop it).
  for (const c of [
    '\u001f',
    '\u007f',
    '\u0085',
    '\u1680',
    '\u2000',
    '\u200b',
    '\u2028',
    '\u2029',
    '\u202f',
    '\u205f',
    '\u3000',
    '\ufeff',
  ])
    refused.push([`http://h.example/${c}`, 'spaces, tabs, line breaks and control characters']);
  it.each(refused)('%j is refused: %s', (text, words) => {
    const r = readUrl(text);
    expect(r.ok ? null : r.problem).toContain(words);
  });
});

describe('urlProblem: what a field of each shape leaves out', () => {
  const rows: [string, Parameters<typeof urlProblem>[1], string | null][] = [
    ['https://api.telegram.org', { shape: 'origin' }, null],
    ['https://api.telegram.org/', { shape: 'origin' }, null],
    ['https://api.telegram.org:8443', { shape: 'origin' }, null],
    [
      'https://api.telegram.org/x',
      { shape: 'origin' },
      'expected only the scheme, host and port, e.g. https://api.telegram.org',
    ],
    ['http://h:81/x', { shape: 'origin' }, 'expected only the scheme, host and port, e.g. http://h:81'],
    ['https://api.telegram.org?x', { shape: 'origin' }, 'a base address takes no ? query and no # fragment'],
    ['https://api.telegram.org/#x', { shape: 'origin' }, 'a base address takes no ? query and no # fragment'],
    ['https://discord.com/api', { shape: 'base' }, null],
    ['https://discord.com/api?v=10', { shape: 'base' }, 'a base address takes no ? query and no # fragment'],
    ['https://hooks.example/x?token=s', { shape: 'any' }, null],
    ['https://hooks.example/x?token=s#f', {}, null],
    ['hooks.example/x', {}, 'expected an address that starts with its scheme and //, e.g. https://'],
    [
      'mqtt://u:p@broker.lan',
      { userinfo: false },
      'give the user name and password in their own fields, not in the address',
    ],
    [
      'mqtt://u@broker.lan',
      { userinfo: false },
      'give the user name and password in their own fields, not in the address',
    ],
    ['https://u:p@hooks.example/', {}, null],
  ];
  it.each(rows)('%j %j: %j', (text, o, want) => {
    expect(urlProblem(text, o)).toBe(want);
  });
});

describe('hostProblem: a bare host field (SMTP, RFC 2136)', () => {
  const rows: [string, string | null][] = [
    ['smtp.example.org', null],
    ['SMTP.example.org.', null],
    ['192.0.2.1', null],
    ['::1', null],
    ['[::1]', null],
    ['smtp.example.org:25', 'not a valid address'],
    ['u@smtp.example.org', 'expected a host name or address only'],
    ['smtp.example.org/x', 'expected a host name or address only'],
    ['0x7f.1', 'write the host as 127.0.0.1'],
    ['smtp\\.example.org', 'a backslash is not allowed'],
    ['smtp example.org', 'spaces, tabs, line breaks and control characters'],
  ];
  it.each(rows)('%j: %j', (host, words) => {
    const p = hostProblem(host);
    if (words === null) expect(p).toBeNull();
    else expect(p).toContain(words);
  });
});
