/**
 * The Host rule (electron/engine/api/access/host-header.ts, issue 73) as a property (fast-check, seeded
 * by tests/helpers/properties.ts), with oracles apart from the code under test:
 * - a Host accepted is RFC 3986's `host [ ":" port ]` by the ABNF written out here (section 3.2.2:
 *   IP-literal / IPv4address / reg-name; section 3.2.3: port), and the WHATWG URL parser (Node's)
 *   reads `http://<Host>/` as that host alone: no userinfo, no path, query or fragment, the port given;
 * - a Host built from that grammar (names of unreserved characters, the last label not a number, IPv4 and IPv6 addresses, a port
 *   from 1 to 65535) is accepted.
 * Strings around `.localhost` with `/`, `@`, spaces, controls, brackets and colons are the input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { hostHeaderWhy } from '../../../../electron/engine/api/access/host-header';
import { propertyRun } from '../../../helpers/properties';

// RFC 3986 appendix A, as written there.
const UNRESERVED = '[A-Za-z0-9\\-._~]';
const PCT = '%[0-9A-Fa-f]{2}';
const SUB_DELIMS = "[!$&'()*+,;=]";
const REG_NAME = `(?:${UNRESERVED}|${PCT}|${SUB_DELIMS})*`;
const DEC_OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])';
const IPV4 = `${DEC_OCTET}\\.${DEC_OCTET}\\.${DEC_OCTET}\\.${DEC_OCTET}`;
const IP_LITERAL = '\\[[0-9A-Fa-f:.]+\\]'; // IPv6address's characters; WHATWG below reads it whole
const RFC3986_HOST_PORT = new RegExp(`^(?:${IP_LITERAL}|${IPV4}|${REG_NAME})(?::[0-9]*)?$`);

/** Node's WHATWG URL parser reads `host` as a host (and port) alone. */
function whatwgReadsAsHost(host: string): boolean {
  let u: URL;
  try {
    u = new URL(`http://${host}/`);
  } catch {
    return false;
  }
  const port = /:(\d+)$/.exec(host)?.[1];
  const samePort = port === undefined || Number(port) === 80 ? u.port === '' : u.port === String(Number(port));
  return u.pathname === '/' && !u.username && !u.password && !u.search && !u.hash && u.hostname !== '' && samePort;
}

const piece = fc.constantFrom(
  'localhost',
  '.localhost',
  'evil.com',
  'a',
  'b',
  '127.0.0.1',
  '[::1]',
  '[',
  ']',
  '::1',
  ':',
  ':8080',
  ':0',
  ':65536',
  ':99999',
  ':',
  '/',
  '@',
  '.',
  ' ',
  '\t',
  '\u0000',
  '\u007f',
  '\r\n',
  '%2e',
  '%',
  '\\',
  '?',
  '#',
  'é',
  '~',
  '_',
  '-',
  '!',
  ';',
  '1',
  'x@',
  'LOCALHOST',
);
const messy = fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => p.join(''));

const label = fc.stringMatching(/^[A-Za-z0-9\-_~]{1,20}$/);
// The last label starts with a letter (RFC 1123 2.1: a top-level name is never all digits).
const lastLabel = fc.stringMatching(/^[A-Za-z][A-Za-z0-9\-_~]{0,19}$/);
const regName = fc.tuple(fc.array(label, { maxLength: 3 }), lastLabel).map(([l, last]) => [...l, last].join('.'));
const grammarHost = fc
  .tuple(
    fc.oneof(
      regName,
      fc.ipV4(),
      fc.ipV6().map((a) => `[${a}]`),
      fc.constant('localhost'),
    ),
    fc.option(fc.integer({ min: 1, max: 65_535 })),
  )
  .map(([h, port]) => (port === null ? h : `${h}:${port}`));

describe('a Host header', () => {
  it('accepted is an RFC 3986 host and port that a WHATWG parser reads as that host alone', () => {
    fc.assert(
      fc.property(fc.oneof(messy, grammarHost, fc.string({ maxLength: 30 })), (host) => {
        if (hostHeaderWhy(host) !== null) return;
        expect(RFC3986_HOST_PORT.test(host), host).toBe(true);
        expect(whatwgReadsAsHost(host), host).toBe(true);
      }),
      propertyRun('host-header: accepted is a host', 2_000),
    );
  });

  it('built from the grammar (a name, an IPv4 or IPv6 address, a port of 1 to 65535) is accepted', () => {
    fc.assert(
      fc.property(grammarHost, (host) => {
        expect(hostHeaderWhy(host), host).toBeNull();
      }),
      propertyRun('host-header: the grammar is accepted', 1_000),
    );
  });

  it.each([
    'evil.com/.localhost',
    'a b.localhost',
    'x@localhost',
    'localhost:0',
    'localhost:65536',
    'localhost:',
    'localhost:8o',
    'local\thost',
    'localhost\u0000',
    '[::1',
    '[evil.com]',
    '',
  ])('%j is refused in words', (host) => {
    expect(hostHeaderWhy(host)).toMatch(/^[a-z][a-z0-9 ,":.()_~-]+$/i);
  });
});
