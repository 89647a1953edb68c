/**
 * Keeps secrets out of everything IPWatch prints or stores as text (logs, status, audit
 * rows, channel errors, --json lines): every secret value it was told about, in its plain,
 * JSON-escaped and URL-encoded forms, and the token part of well-known URL shapes, even
 * when the value was never registered.
 */
export const MASK = '***';

/** A secret part of a URL, as the named group `s`. */
const URL_TOKENS: readonly RegExp[] = [
  // Discord webhook: /api/webhooks/ID/TOKEN, or the versioned /api/v10/webhooks/ID/TOKEN we post to
  /\/api(?:\/v\d+)?\/webhooks\/[^/\s"']+\/(?<s>[^/?#\s"']+)/g,
  // Slack incoming webhook: /services/T…/B…/SECRET
  /\/services\/[^/\s"']+\/[^/\s"']+\/(?<s>[^/?#\s"']+)/g,
  // Telegram Bot API: /bot123456:TOKEN/
  /\/bot\d+:(?<s>[\w-]+)/g,
  // A password in a URL's userinfo: scheme://user:PASSWORD@host
  /\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@"']*:(?<s>[^@/\s"']+)@/gi,
  // A token in a query string: ?token=…, &api_key=…
  /[?&](?:token|access_token|auth|api[_-]?key|apikey|key|secret|password|pass|sig|signature)=(?<s>[^&#\s"']+)/gi,
];

/** Shorter values would mask ordinary words all over the logs. */
const MIN_SECRET_LENGTH = 4;

/** The secret parts of one URL-like string (none when it has no known token shape). */
export function urlSecrets(text: string): string[] {
  const found: string[] = [];
  for (const re of URL_TOKENS) for (const m of text.matchAll(re)) if (m.groups?.s) found.push(m.groups.s);
  return found;
}

export function maskUrlTokens(text: string): string {
  let out = text;
  for (const re of URL_TOKENS) {
    out = out.replace(re, (...args: unknown[]) => {
      const match = args[0] as string;
      const s = (args.at(-1) as { s: string }).s;
      const at = match.lastIndexOf(s);
      return `${match.slice(0, at)}${MASK}${match.slice(at + s.length)}`;
    });
  }
  return out;
}

export interface Redactor {
  /** Registers secret values; they stay masked for the life of the process. */
  add(values: Iterable<string>): void;
  text(s: string): string;
  /** A copy of a plain value (status, a log record's data) with every string redacted. */
  deep<T>(v: T): T;
}

export function createRedactor(): Redactor {
  const known = new Set<string>();
  let ordered: string[] = [];
  const redactor: Redactor = {
    add(values) {
      let grew = false;
      for (const v of values) {
        if (v.length < MIN_SECRET_LENGTH) continue;
        for (const form of [v, JSON.stringify(v).slice(1, -1), encodeURIComponent(v)]) {
          if (!known.has(form)) {
            known.add(form);
            grew = true;
          }
        }
      }
      // Longest first, so a secret that contains another is masked whole.
      if (grew) ordered = [...known].sort((a, b) => b.length - a.length);
    },
    text(s) {
      let out = s;
      for (const v of ordered) if (out.includes(v)) out = out.split(v).join(MASK);
      return maskUrlTokens(out);
    },
    deep<T>(v: T): T {
      return deepMap(v, redactor.text, 0) as T;
    },
  };
  return redactor;
}

function deepMap(v: unknown, f: (s: string) => string, depth: number): unknown {
  if (typeof v === 'string') return f(v);
  // An Error's message is where a failing service's answer ends up; JSON would drop it anyway.
  if (v instanceof Error) return f(String(v));
  if (depth > 32 || typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) return v.map((x) => deepMap(x, f, depth + 1));
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deepMap(x, f, depth + 1)]));
}
