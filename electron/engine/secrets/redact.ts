/**
 * Keeps secrets out of everything IPWatch prints or stores as text (logs, status, audit
 * rows, channel errors, --json lines): every secret value it was told about, in its plain,
 * JSON-escaped and URL-encoded forms, and the token part of well-known URL shapes, even
 * when the value was never registered.
 */
import { URL_TOKENS } from '../../../shared/settings/secret';

export { urlSecrets } from '../../../shared/settings/secret';

export const MASK = '***';

/** Shorter values would mask ordinary words all over the logs. */
const MIN_SECRET_LENGTH = 4;

/** URL_TOKENS without the global flag, so test() keeps no state between calls. */
const TOKEN_SHAPES = URL_TOKENS.map((re) => new RegExp(re.source, re.flags.replace('g', '')));

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
  /**
   * Whether `s` holds a registered secret (in any of its forms) or a URL token's shape: when
   * it does not, text(s) is s, and deep(v) equals v for a value whose JSON is s.
   */
  touches(s: string): boolean;
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
    touches(s) {
      for (const v of ordered) if (s.includes(v)) return true;
      return TOKEN_SHAPES.some((re) => re.test(s));
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
