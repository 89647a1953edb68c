/**
 * A Host header is a host, or the request is refused (issue 73): RFC 3986's host (a reg-name of
 * unreserved characters, an IPv4 address, or an IPv6 literal in brackets) and an optional port of 1
 * to 65535, nothing else. Checked first, before any decision that reads the Host (the loopback and
 * certificate checks of guards.ts, the security headers, Discord's return address): a name such as
 * `evil.com/.localhost` ends in `.localhost` as text yet is no host at all, and a browser or client
 * would read it as another host and a path. A reg-name is kept to unreserved characters (no
 * sub-delims, no percent escapes), as no name IPWatch answers to needs them.
 */
import { isIPv6 } from 'node:net';

import type { FastifyInstance } from 'fastify';

/** RFC 1035's bound on a name's length; a Host longer than this and a port is no host. */
const MAX_NAME = 253;
/** How much of a refused Host the answer repeats (escaped as JSON). */
const SHOWN = 80;

/** RFC 3986 unreserved: ALPHA / DIGIT / "-" / "." / "_" / "~". */
const REG_NAME = /^[A-Za-z0-9\-._~]+$/;
/** A dotted IPv4 address as RFC 3986 writes one (dec-octet: no leading zeros). */
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** Why `host` is not a Host header IPWatch answers (host[:port]), in words; null when it is one. */
export function hostHeaderWhy(host: string | undefined): string | null {
  if (host === undefined || host === '') return 'the request has no Host header';
  const m = /^(\[[^\]]*\]|[^:[\]]*)(?::(.*))?$/s.exec(host);
  if (!m) return 'a Host header is a name or an address, and a port after one ":"';
  const [, name = '', port] = m;
  if (port !== undefined && !/^\d{1,5}$/.test(port)) return 'a port is 1 to 5 digits';
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65_535)) return 'a port is from 1 to 65535';
  if (name.startsWith('[')) return isIPv6(name.slice(1, -1)) ? null : 'the brackets hold no IPv6 address';
  if (name === '') return 'the Host header names no host';
  if (name.length > MAX_NAME) return `a host name is at most ${MAX_NAME} characters`;
  if (!REG_NAME.test(name)) return 'a host name holds only letters, digits, "-", ".", "_" and "~"';
  // A name that ends in a number is an IPv4 address to a browser (WHATWG), which reads `1.2.3` as
  // 1.2.0.3 and `0x7f.1` as 127.0.0.1: only four decimal parts of 0 to 255 are one here.
  const last = name.replace(/\.$/, '').split('.').at(-1)!;
  if (/^(?:\d+|0x[0-9a-f]*)$/i.test(last) && !IPV4.test(name))
    return 'a name that ends in a number is an IPv4 address: four numbers from 0 to 255, without leading zeros';
  return null;
}

/** Registers the refusal: a plain 400 in words, before every hook that reads the Host. */
export function refuseBadHost(app: FastifyInstance): void {
  app.addHook('onRequest', async (req, reply) => {
    const why = hostHeaderWhy(req.headers.host);
    if (!why) return;
    const shown = JSON.stringify((req.headers.host ?? '').slice(0, SHOWN));
    return reply
      .code(400)
      .send({ error: { code: 'bad_host', message: `the Host header ${shown} is not a host: ${why}` } });
  });
}
