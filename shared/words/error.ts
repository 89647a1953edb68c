/**
 * A network failure, as the engine reports it (Node's codes, node:dns's (c-ares's)
 * codes and a DNS answer's RCODE name, `HTTP 404: body`, a source's `network: ...`), said in words a person can act on: "Nothing answered at
 * 127.0.0.1:18999: is the service running?". Test buttons, source and channel states use it.
 * What it does not recognise comes back as the raw text made a sentence. Pure.
 */

/** The first capital and a full stop: "other side closed" -> "Other side closed." */
export function asSentence(text: string): string {
  const t = text.trim();
  if (t === '') return t;
  const first = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?…]$/.test(first) ? first : `${first}.`;
}

/** An IPv4 or bracketed IPv6 address with an optional port, or a host:port, after the code in Node's text. */
const ADDRESS = /(\[[0-9a-fA-F:.]+\](?::\d+)?|\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?|[0-9a-fA-F]*:[0-9a-fA-F:]+)/;
const NAME = /(?:ENOTFOUND|EAI_AGAIN|NXDOMAIN(?: for)?)\s+([^\s()]+)/;

/** Where it happened: the address in the text, else the host of `url`, else null. */
function placeOf(raw: string, url: string | undefined): string | null {
  const named = NAME.exec(raw)?.[1];
  if (named) return named;
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

function httpWords(status: number, body: string | undefined): string {
  const said = body ? ` It said: ${body.length > 120 ? `${body.slice(0, 120)}…` : body}` : '';
  if (status === 401) return 'The service refused the credentials (HTTP 401): check the token or password.';
  if (status === 403)
    return 'The service refused access (HTTP 403): check what the token may do; some services refuse automated requests.';
  if (status === 404)
    return 'Nothing is at this address (HTTP 404): check the URL; a deleted webhook answers this too.';
  if (status === 429) return 'Too many requests (HTTP 429): the service asks to wait before the next one.';
  if (status >= 500) return `The service failed on its side (HTTP ${status}): try again later.`;
  if (status >= 400) return asSentence(`The service refused the request (HTTP ${status}).${said}`);
  return asSentence(`Unexpected answer (HTTP ${status}).${said}`);
}

const at = (p: string | null) => (p ? ` at ${p}` : '');
const to = (p: string | null) => (p ? ` to ${p}` : '');
const of = (p: string | null) => (p ? ` of ${p}` : '');
const from = (p: string | null) => (p ? ` from ${p}` : '');

/** A code (or the words Node puts beside it) to a sentence about `p`, the place (or null). */
const RULES: [RegExp, (p: string | null) => string][] = [
  // A browser's own words when the page's request got no answer (Chromium, Firefox, Safari).
  [
    /^(?:TypeError: )?(?:Failed to fetch|NetworkError when attempting to fetch resource\.?|Load failed)$/,
    () => 'IPWatch did not answer: is it still running? The page retries when it is back.',
  ],
  // net/client.ts ProxyRefusedError: the proxy of HTTPS_PROXY or HTTP_PROXY answered its CONNECT with other than 200.
  [
    /EPROXYREFUSED/,
    (p) =>
      `The proxy on the way${to(p)} refused the connection: check HTTPS_PROXY, HTTP_PROXY and NO_PROXY, and what the proxy asks for (the details say what it answered).`,
  ],
  // Node's HTTP parser (llhttp) could not read the answer: not HTTP, or HTTP broken on the way.
  [
    /\bHPE_(?!HEADER_OVERFLOW)[A-Z_]+/,
    (p) => `The answer${from(p)} is not HTTP that can be read: is an HTTP service at that address?`,
  ],
  [/ECONNREFUSED/, (p) => `Nothing answered${p ? at(p) : ' there'}: is the service running?`],
  [
    /ENOTFOUND|EAI_NONAME|ENODATA|NXDOMAIN/,
    (p) => `The name ${p ?? 'of the server'} was not found (DNS): check it for typos.`,
  ],
  [/EAI_AGAIN/, (p) => `The name ${p ?? 'of the server'} could not be looked up just now: is this machine online?`],
  [
    /ETIMEDOUT|ETIMEOUT|timed out|\btimeout\b/i,
    (p) => `No answer in time${from(p)}: the service may be down, or a firewall drops the traffic.`,
  ],
  [
    /ECONNRESET|ECONNABORTED|ERR_STREAM_PREMATURE_CLOSE|other side closed|socket hang up|EPIPE|\bEOF\b/i,
    (p) =>
      `The connection${to(p)} was closed before an answer: try again; if it keeps happening, the service or a proxy on the way refuses it.`,
  ],
  [
    /EHOSTUNREACH|ENETUNREACH|ENETDOWN|EADDRNOTAVAIL|EAFNOSUPPORT/,
    (p) => `No route${to(p)}: is this machine on the network?`,
  ],
  [/ABORT_ERR|AbortError|ECANCELLED|\bcancelled\b/, () => 'The request was cancelled before an answer came.'],
  // A DNS server's answer code (RFC 1035 4.1.1, RFC 6895 2.3), as c-ares's code (ESERVFAIL) or by its name.
  [
    /ESERVFAIL|\bSERVFAIL\b/,
    (p) =>
      `The DNS server${at(p)} failed to answer (SERVFAIL): try again later; if it lasts, the zone's servers have a fault.`,
  ],
  [
    /EREFUSED|\bREFUSED\b/,
    (p) =>
      `The DNS server${at(p)} refused the question (REFUSED): it does not answer for this name, or not to this machine.`,
  ],
  [
    /EFORMERR|\bFORMERR\b/,
    (p) => `The DNS server${at(p)} could not read the question (FORMERR): it may not be a DNS server.`,
  ],
  [/ENOTIMP|\bNOTIMP\b/, (p) => `The DNS server${at(p)} does not answer this kind of question (NOTIMP).`],
  [/EBADRESP/, (p) => `The answer${from(p)} was not a DNS answer that can be read: is a DNS server at that address?`],
  [/EBODYTOOLARGE|body (?:is )?too (?:large|long)/i, (p) => `The answer${from(p)} was too large to read.`],
  [
    /CERT_HAS_EXPIRED|certificate has expired/i,
    (p) => `The certificate${of(p)} has expired: the service must renew it.`,
  ],
  [
    /SELF_SIGNED|self[- ]signed/i,
    (p) => `The certificate${of(p)} is self-signed, so it is not trusted: use one from a known authority.`,
  ],
  [/ALTNAME|altnames/i, (p) => `The certificate${of(p)} is for another name: check the address.`],
  [
    /UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|CERT_|certificate/i,
    (p) => `The certificate${of(p)} cannot be verified: its issuer is not trusted on this machine.`,
  ],
  [
    /EPROTO|ERR_SSL_|ERR_TLS_|wrong version number/,
    (p) => `No secure connection could be set up${to(p)}: is it an https address of a TLS service?`,
  ],
];

/** Any other code of Node (its HTTP parser's HPE_ ones too) or node:dns: no sentence of its own, so said plainly (OTHER_CODE). */
const OTHER_CODE = /\b(?:HPE_[A-Z_]+|ERR_[A-Z_]+|E[A-Z]{4,})\b/;

/** A failure as a person reads it: the sentence, and the text it came from, folded under "Details". */
export interface ErrorWords {
  words: string;
  /** The engine's own text (codes included), when the words say it differently; null when they are the same. */
  details: string | null;
}

/** `raw` in words, with the raw text kept for a "Details" disclosure when it says more than the words. */
export function errorWords(raw: string, url?: string): ErrorWords {
  const words = errorInWords(raw, url);
  return { words, details: words === asSentence(raw) ? null : raw.trim() };
}

/**
 * `raw` in words. A code no sentence covers is said plainly: in a line (`inLine`) named there,
 * else left to the "Details" beside the words.
 */
function read(raw: string, url: string | undefined, inLine: boolean): string {
  const text = raw.replace(/^(network|timeout|unreachable|http-status|rate-limited|parse):\s*/, '');
  const http = HTTP.exec(text);
  if (http) return httpWords(Number(http[1]), http[2]?.trim() || undefined);
  const place = placeOf(text, url);
  for (const [re, words] of RULES) if (re.test(text)) return words(place);
  const code = OTHER_CODE.exec(text)?.[0];
  if (!code) return asSentence(text);
  return inLine
    ? `The request${to(place)} failed on the way (${code}): try again.`
    : `The request${to(place)} failed on the way: try again; the details name the cause.`;
}

/**
 * `raw` (an engine's error text) in words; `url` is where the request went (a channel's or a
 * source's address), used when the text names no place.
 */
export const errorInWords = (raw: string, url?: string): string => read(raw, url, false);

/**
 * `raw` in words for a line with no "Details" beside it (an engine's status reason, a DNS
 * server's answer inside a record's state): as errorInWords, but a code without a sentence of
 * its own is named in the line, since nothing else would keep it.
 */
export const errorInLine = (raw: string, url?: string): string => read(raw, url, true);
