/**
 * A network failure, as the engine reports it (Node's codes, node:dns's (c-ares's)
 * codes and a DNS answer's RCODE name, `HTTP 404: body`, a source's `network: ...`), said in words a person can act on: "Nothing answered at
 * 127.0.0.1:18999: is the service running?". Test buttons, source and channel states use it,
 * and the Connections page its short form (errorShort).
 * What it does not recognise comes back as the raw text made a sentence. In the language of the
 * Translator given (the catalogue's `error.*`); the engine's stored texts and the API's say it in
 * English. Pure.
 */
import type { MessageId, Translator } from '../i18n/translator';
import { settingName } from './setting-label';

/** The first capital and a full stop: "other side closed" -> "Other side closed." */
export function asSentence(text: string): string {
  const t = text.trim();
  if (t === '') return t;
  const first = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?…]$/.test(first) ? first : `${first}.`;
}

/** An IPv4 or bracketed IPv6 address with an optional port, or a host:port, after the code in Node's text. */
const ADDRESS = /(\[[0-9a-fA-F:.]+\](?::\d+)?|\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?|[0-9a-fA-F]*:[0-9a-fA-F:]+)/;
/** The path a file system call of Node names last: `..., open '/data/settings.json'`. */
const FILE = /^E[A-Z]+: [^,]+, \w+ '([^']+)'/;
const NAME = /(?:ENOTFOUND|EAI_AGAIN|NXDOMAIN(?: for)?)\s+([^\s()]+)/;

/** Where it happened: the address in the text, else the host of `url`, else null. */
function placeOf(raw: string, url: string | undefined): string | null {
  const named = NAME.exec(raw)?.[1];
  if (named) return named;
  // Node's file system: `ENOENT: no such file or directory, open '/data/settings.json'`.
  const file = FILE.exec(raw)?.[1];
  if (file) return file;
  const attempted = /attempted address: ([^,)\s]+)/.exec(raw)?.[1];
  if (attempted) return attempted;
  // Node's `connect ECONNREFUSED 127.0.0.1:22`: an address after any code.
  const after = /\bE[A-Z_]{4,}\s+(\S+)/.exec(raw)?.[1];
  if (after && ADDRESS.test(after)) return after.replace(/[),]+$/, '');
  if (url) {
    try {
      return new URL(url).host || null;
    } catch {
      // Not a URL (a DNS server's host:port): said as given.
      return url;
    }
  }
  return null;
}

const HTTP = /\bHTTP (\d{3})(?::\s*(.*))?$/s;

function httpWords(status: number, body: string | undefined, words: Translator): string {
  if (status === 401) return words.t('error.http401');
  if (status === 403) return words.t('error.http403');
  if (status === 404) return words.t('error.http404');
  if (status === 429) return words.t('error.http429');
  const code = String(status);
  if (status >= 500) return words.t('error.http5xx', { status: code });
  const said = body === undefined ? undefined : body.length > 120 ? `${body.slice(0, 120)}…` : body;
  const refused = status >= 400;
  if (said === undefined) return asSentence(words.t(refused ? 'error.http4xx' : 'error.httpOther', { status: code }));
  return asSentence(words.t(refused ? 'error.http4xxSaid' : 'error.httpOtherSaid', { status: code, body: said }));
}

/** A sentence about a place or none: `known` selects the message's words with the place or without. */
const placed = (p: string | null) => ({ known: p ? 'yes' : 'no', place: p ?? '' });

/**
 * A code (or the words Node puts beside it) to a sentence's message id, said about the place (or
 * none), and its short form for a line that names the failure among other words (the Connections
 * page's result column: "failed: the connection was cut"). One table, so a code reads the same
 * everywhere; the short forms are the Connections page's words, its only reader.
 */
const RULES: [RegExp, MessageId, MessageId][] = [
  // A browser's own words when the page's request got no answer (Chromium, Firefox, Safari).
  [
    /^(?:TypeError: )?(?:Failed to fetch|NetworkError when attempting to fetch resource\.?|Load failed)$/,
    'error.pageUnreachable',
    'web.connections.error.network',
  ],
  // net/egress-gate.ts EgressRefusedError: IPWatch's own gate refused an undeclared connection (egress.enforce).
  [
    /EEGRESSREFUSED|is not declared and egress\.enforce is on/,
    'error.egressRefused',
    'web.connections.error.refusedByEnforce',
  ],
  // net/egress-gate.ts EgressLocalError: a public name resolved to a local address it is not declared for (DNS rebinding).
  [/EEGRESSLOCAL|a local address it is not declared for/, 'error.egressLocal', 'web.connections.error.refusedLocal'],
  // net/proxy-env.ts ProxyUnusableError: the proxy variable holds no http(s) proxy (socks5://, unreadable text).
  [/EPROXYUNUSABLE/, 'error.proxyUnusable', 'error.short.proxyUnusable'],
  // net/client.ts ProxyRefusedError: the proxy of HTTPS_PROXY or HTTP_PROXY answered its CONNECT with other than 200.
  [/EPROXYREFUSED/, 'error.proxyRefused', 'error.short.proxyRefused'],
  // Node's HTTP parser (llhttp) could not read the answer: not HTTP, or HTTP broken on the way.
  [/\bHPE_(?!HEADER_OVERFLOW)[A-Z_]+/, 'error.notHttp', 'web.connections.error.unreadable'],
  [/ECONNREFUSED/, 'error.connectionRefused', 'web.connections.error.connectionRefused'],
  [/ENOTFOUND|EAI_NONAME|ENODATA|NXDOMAIN/, 'error.nameNotFound', 'web.connections.error.nameNotFound'],
  [/EAI_AGAIN/, 'error.nameNotNow', 'web.connections.error.lookupFailed'],
  // A time limit of IPWatch's own passed (net/deadline.ts; the egress gate records it by this name).
  [/\bTimeoutError\b/, 'error.timeLimit', 'error.short.timeLimit'],
  // undici's UND_ERR_CONNECT_TIMEOUT, _HEADERS_TIMEOUT, _BODY_TIMEOUT: `\b` does not part TIMEOUT from the underscore.
  [
    /ETIMEDOUT|ETIMEOUT|timed out|\btimeout\b|UND_ERR_[A-Z_]*TIMEOUT/i,
    'error.timeout',
    'web.connections.error.timeout',
  ],
  [
    /ECONNRESET|ECONNABORTED|ERR_STREAM_PREMATURE_CLOSE|UND_ERR_SOCKET|UND_ERR_CLOSED|other side closed|socket hang up|EPIPE|\bEOF\b/i,
    'error.closed',
    'web.connections.error.connectionCut',
  ],
  [
    /EHOSTUNREACH|ENETUNREACH|ENETDOWN|EADDRNOTAVAIL|EAFNOSUPPORT/,
    'error.noRoute',
    'web.connections.error.unreachable',
  ],
  [/ABORT_ERR|AbortError|ECANCELLED|\bcancelled\b/, 'error.cancelled', 'error.short.cancelled'],
  // A DNS server's answer code (RFC 1035 4.1.1, RFC 6895 2.3), as c-ares's code (ESERVFAIL) or by its name.
  [/ESERVFAIL|\bSERVFAIL\b/, 'error.servfail', 'web.connections.error.lookupFailed'],
  [/EREFUSED|\bREFUSED\b/, 'error.dnsRefused', 'web.connections.error.lookupFailed'],
  [/EFORMERR|\bFORMERR\b/, 'error.formerr', 'web.connections.error.lookupFailed'],
  [/ENOTIMP|\bNOTIMP\b/, 'error.notimp', 'web.connections.error.lookupFailed'],
  [/EBADRESP/, 'error.badDnsAnswer', 'web.connections.error.lookupFailed'],
  // Node's file system (its message starts with the code: `ENOENT: no such file or directory, open '…'`),
  // not a connection's `connect EACCES 10.0.0.2:22`.
  [/^ENOENT: /, 'error.fileMissing', 'error.short.fileMissing'],
  [/^(?:EACCES|EPERM|EROFS): /, 'error.fileRefused', 'error.short.fileRefused'],
  [/\bENOSPC\b/, 'error.diskFull', 'error.short.diskFull'],
  [/EBODYTOOLARGE|body (?:is )?too (?:large|long)/i, 'error.tooLarge', 'error.short.tooLarge'],
  [/CERT_HAS_EXPIRED|certificate has expired/i, 'error.certExpired', 'web.connections.error.tls'],
  [/SELF_SIGNED|self[- ]signed/i, 'error.certSelfSigned', 'web.connections.error.tls'],
  [/ALTNAME|altnames|HOSTNAME_MISMATCH/i, 'error.certOtherName', 'web.connections.error.tls'],
  [/UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|CERT_|certificate/i, 'error.certUntrusted', 'web.connections.error.tls'],
  [/EPROTO|ERR_SSL_|ERR_TLS_|wrong version number/, 'error.noTls', 'web.connections.error.tls'],
  // A source's failure kind alone (net/errors.ts SourceErrorCode, the egress gate's `timeout`): nothing after it.
  [/^network$/, 'error.network', 'web.connections.error.network'],
  [/^unreachable$/, 'error.noRoute', 'web.connections.error.unreachable'],
  [/^http-status$/, 'error.httpStatus', 'web.connections.error.httpStatus'],
  [/^rate-limited$/, 'error.rateLimited', 'web.connections.error.rateLimited'],
  [/^parse$/, 'error.unreadable', 'web.connections.error.unreadable'],
];

/** Any other code of Node (its HTTP parser's HPE_ ones too) or node:dns: no sentence of its own, so said plainly (OTHER_CODE). */
const OTHER_CODE = /\b(?:HPE_[A-Z_]+|ERR_[A-Z_]+|E[A-Z]{4,})\b/;

/** A failure as a person reads it: the sentence, and the text it came from, folded under "Details". */
export interface ErrorWords {
  words: string;
  /** The engine's own text (codes included), when the words say it differently; null when they are the same. */
  details: string | null;
}

/** The message a failure is said with, when the table names one (a source's words choose theirs by it). */
export function errorMessageOf(raw: string): MessageId | null {
  const text = withoutKind(raw.trim());
  if (HTTP.test(text)) return null;
  return RULES.find(([re]) => re.test(text))?.[1] ?? null;
}

/** `raw` in words, with the raw text kept for a "Details" disclosure when it says more than the words. */
export function errorWords(raw: string, words: Translator, url?: string): ErrorWords {
  const said = errorInWords(raw, words, url);
  return { words: said, details: said === asSentence(raw) ? null : raw.trim() };
}

/** What a failure is said with: the place, and for the gate's refusal the setting's label. */
function valuesOf(id: MessageId, place: ReturnType<typeof placed>, words: Translator) {
  return id === 'error.egressRefused' || id === 'error.egressLocal'
    ? { ...place, setting: settingName('egress.enforce', words) }
    : place;
}

/** A source's failure kind before a colon (`network: ...`, net/errors.ts SourceErrorCode). */
const KIND = /^(network|timeout|unreachable|http-status|rate-limited|parse):\s*/;
/** The kind is said by what follows it. */
const withoutKind = (raw: string) => raw.replace(KIND, '');

/**
 * `raw` in words. A code no sentence covers is said plainly: in a line (`inLine`) named there,
 * else left to the "Details" beside the words.
 */
function read(raw: string, words: Translator, url: string | undefined, inLine: boolean): string {
  const text = withoutKind(raw);
  const http = HTTP.exec(text);
  if (http) return httpWords(Number(http[1]), http[2]?.trim() || undefined, words);
  const place = placed(placeOf(text, url));
  for (const [re, id] of RULES) if (re.test(text)) return words.t(id, valuesOf(id, place, words));
  const code = OTHER_CODE.exec(text)?.[0];
  if (!code) return asSentence(text);
  return inLine ? words.t('error.otherCodeInLine', { ...place, code }) : words.t('error.otherCode', place);
}

/**
 * A failure's short form, for a line that says more around it ("failed: the connection was cut"):
 * the same table as the sentences; an HTTP status is "answered with an error" (429: "asked to slow
 * down"), anything the table does not know "an unknown error" (never the code alone).
 */
export function errorShort(raw: string, words: Translator): string {
  return words.t(errorShortId(raw));
}

/** errorShort's message id: failures of one kind have one id (the Sources card groups by it). */
export function errorShortId(raw: string): MessageId {
  const text = withoutKind(raw.trim());
  const status = HTTP.exec(text)?.[1];
  if (status !== undefined)
    return status === '429' ? 'web.connections.error.rateLimited' : 'web.connections.error.httpStatus';
  // What follows the kind may be words of no code ("parse: no address in the answer"): the kind says it then.
  const kind = KIND.exec(raw.trim())?.[1] ?? '';
  const rule = RULES.find(([re]) => re.test(text)) ?? RULES.find(([re]) => re.test(kind));
  return rule ? rule[2] : 'web.connections.error.unknown';
}

/**
 * `raw` (an engine's error text) in words; `url` is where the request went (a channel's or a
 * source's address), used when the text names no place.
 */
export const errorInWords = (raw: string, words: Translator, url?: string): string => read(raw, words, url, false);

/**
 * `raw` in words for a line with no "Details" beside it (an engine's status reason, a DNS
 * server's answer inside a record's state): as errorInWords, but a code without a sentence of
 * its own is named in the line, since nothing else would keep it.
 */
export const errorInLine = (raw: string, words: Translator, url?: string): string => read(raw, words, url, true);

/**
 * `raw` in words for a line, when it names a failure the table knows (a code of Node or a
 * library, an HTTP status, a time limit); null when it is text of no code, which only its
 * writer's words can say (the bot's reply to a failed command then quotes it as it is).
 */
export function knownErrorInLine(raw: string, words: Translator, url?: string): string | null {
  const text = withoutKind(raw.trim());
  const known = HTTP.test(text) || OTHER_CODE.test(text) || RULES.some(([re]) => re.test(text));
  return known ? read(raw, words, url, true) : null;
}
