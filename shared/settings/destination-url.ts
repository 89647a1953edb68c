/**
 * The one parse of an address IPWatch sends to (issue 58). A URL is read once, by WHATWG `URL`,
 * and both the destination rule (destinations.ts) and the client that connects (mqtt.js,
 * discord.js, the HTTP client) take the scheme, host and port of that one reading. Text that
 * another parser could read otherwise is refused instead of read: Node's legacy `url.parse`,
 * which mqtt.js uses on a string, reads `mqtt://127.0.0.1:41883\@localhost:41884` as host
 * 127.0.0.1 port 41883 where WHATWG reads localhost:41884, and `mqtt://127.0.0.1:41885\x` as
 * 127.0.0.1:41885 where WHATWG reads nothing at all.
 *
 * | text                                                   | read        |
 * | a backslash anywhere                                   | refused     |
 * | a control character or any white space                 | refused     |
 * | no scheme://, or WHATWG cannot read it (port 99999,    | refused     |
 * |   an IPv6 zone id, an empty host)                      |             |
 * | an authority WHATWG writes otherwise (a %-encoded or   | refused,    |
 * |   non-ASCII host, 0x7f.1, port 0080, `host:`,          | with the    |
 * |   [0:0::1], user@info with characters it encodes)      | form to use |
 * | a host a resolver reads as another (mqtt://0x7f.1)     | refused     |
 * | the scheme's own port written out (https://h:443)      | read        |
 * | upper case in the scheme or host                       | read        |
 *
 * Pure.
 */
import { settingsSays as SAYS } from '../i18n/catalogues/en/settings-says';

/** The port each scheme uses when the URL names none (0: the scheme has none). */
export const DEFAULT_PORTS: Readonly<Record<string, number>> = {
  http: 80,
  https: 443,
  ws: 80,
  wss: 443,
  mqtt: 1883,
  mqtts: 8883,
  smtp: 587,
  smtps: 465,
  dns: 53,
};

/** A URL as WHATWG reads it, in the parts a client connects with. */
export interface ParsedUrl {
  /** Lower case, without the colon: `https`, `mqtt`. */
  scheme: string;
  /** Lower case; an IPv6 address without brackets: what `net.connect` takes. */
  hostname: string;
  /** As a URL writes it: an IPv6 address in brackets. */
  host: string;
  /** The port given, else the scheme's (DEFAULT_PORTS; 0 when it has none). */
  port: number;
  /** True when the URL names user or password (`user:pass@`). */
  userinfo: boolean;
  pathname: string;
  search: string;
  hash: string;
  /** The URL as WHATWG writes it: what an HTTP client is given. */
  href: string;
  /** scheme://host, with the port when it is not the scheme's own. */
  origin: string;
}

export type UrlReading = { ok: true; url: ParsedUrl } | { ok: false; problem: string };

const refused = (problem: string): UrlReading => ({ ok: false, problem });

/** readUrl's refusal of text that does not start with scheme:// (a field may say which schemes instead). */
export const NO_SCHEME = SAYS['settings.schemaSays.noScheme'];

// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** The text between `scheme://` and the first `/`, `?` or `#`: the authority as written. */
const writtenAuthority = (text: string): string | null => /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(text)?.[1] ?? null;

/** The authority as WHATWG writes it back: user:pass@host:port. */
function readAuthority(u: URL): string {
  const user = u.username || u.password ? `${u.username}${u.password ? `:${u.password}` : ''}@` : '';
  return `${user}${u.host}`;
}

/**
 * An authority with its password put as `***` (`user:***@host`): the refusal's words are shown
 * and may be logged, and a password never is. WHATWG splits the userinfo at the last `@`.
 */
function withoutPassword(authority: string): string {
  const at = authority.lastIndexOf('@');
  const colon = authority.slice(0, Math.max(at, 0)).indexOf(':');
  return at < 0 || colon < 0 ? authority : `${authority.slice(0, colon)}:***${authority.slice(at)}`;
}

/**
 * Reads `text` as a URL the way every client of IPWatch will, or says in words why it is refused
 * (see the table above). Upper case in the scheme and host and the scheme's own port written
 * out are read, since every parser agrees on them.
 */
export function readUrl(text: string): UrlReading {
  // Text that is no address at all ("not a url") is told so first, whatever else it holds.
  if (!text.includes('://')) return refused(NO_SCHEME);
  if (text.includes('\\')) return refused(SAYS['settings.schemaSays.backslash']);
  if (CONTROL_OR_SPACE.test(text)) return refused(SAYS['settings.schemaSays.spaces']);
  const written = writtenAuthority(text);
  if (written === null) return refused(NO_SCHEME);
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return refused(SAYS['settings.schemaSays.notAnAddress']);
  }
  const scheme = u.protocol.replace(/:$/, '').toLowerCase();
  if (u.hostname === '') return refused(SAYS['settings.schemaSays.noHost']);
  if (u.hostname.includes('%')) return refused(SAYS['settings.schemaSays.percentHost']);
  const defaultPort = DEFAULT_PORTS[scheme] ?? 0;
  const read = readAuthority(u).toLowerCase();
  const given = written.toLowerCase();
  const readWithPort = u.port === '' && defaultPort ? `${read}:${defaultPort}` : read;
  if (given !== read && given !== readWithPort)
    return refused(
      `write the address as ${scheme}://${withoutPassword(readAuthority(u))} (other programs could read "${withoutPassword(written)}" otherwise)`,
    );
  const host = u.hostname.toLowerCase();
  // mqtt: is no scheme WHATWG knows, so its host is kept as written; a resolver would still read
  // 0x7f.1 or 127.1 as 127.0.0.1. Such a host is read as an http:// one's would be.
  const asDomain = domainForm(host);
  if (asDomain !== host)
    return refused(
      `write the host as ${asDomain ?? 'a name or an address'} (other programs could read "${host}" otherwise)`,
    );
  return {
    ok: true,
    url: {
      scheme,
      host,
      hostname: host.replace(/^\[|\]$/g, ''),
      port: u.port === '' ? defaultPort : Number(u.port),
      userinfo: u.username !== '' || u.password !== '',
      pathname: u.pathname,
      search: u.search,
      hash: u.hash,
      href: u.href,
      origin: `${scheme}://${u.host.toLowerCase()}`,
    },
  };
}

/** A host as WHATWG reads the host of an http:// URL (IPv4 forms, IDN, case), or null when it cannot. */
function domainForm(host: string): string | null {
  try {
    return new URL(`http://${host}/`).hostname;
  } catch {
    return null;
  }
}

/** What a field of URL holds beyond scheme, host and port. */
export type UrlShape =
  /** Anything after the host (a webhook's path and query). */
  | 'any'
  /** A base with a path under which calls are made: no query, no fragment. */
  | 'base'
  /** Scheme, host and port only (an optional final `/`): a base the client adds the secret's path to. */
  | 'origin';

/**
 * Why `text` is refused as an address of this shape, or null: readUrl's refusals, then userinfo
 * where credentials have fields of their own (a broker), then what the shape leaves out.
 */
export function urlProblem(text: string, o: { shape?: UrlShape; userinfo?: boolean } = {}): string | null {
  const r = readUrl(text);
  if (!r.ok) return r.problem;
  const { url } = r;
  if (o.userinfo === false && url.userinfo) return SAYS['settings.schemaSays.userinfo'];
  const shape = o.shape ?? 'any';
  if (shape !== 'any' && /[?#]/.test(text)) return SAYS['settings.schemaSays.baseQuery'];
  if (shape === 'origin' && url.pathname !== '/' && url.pathname !== '')
    return `expected only the scheme, host and port, e.g. ${url.origin}`;
  return null;
}

/**
 * A server named by a bare host field (an SMTP server, an RFC 2136 primary): why it is refused,
 * or null. It is read as the host of an http:// address, so the same table applies, and must be
 * only a host: no port, user or path (those have fields of their own).
 */
export function hostProblem(host: string): string | null {
  if (/[/?#@]/.test(host)) return SAYS['settings.schemaSays.hostOnly'];
  const bracketed = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  const r = readUrl(`http://${bracketed}/`);
  return r.ok ? null : r.problem.replace('write the address as http://', 'write the host as ');
}
