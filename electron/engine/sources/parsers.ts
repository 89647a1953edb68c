/**
 * Pure text helpers of the sources: cut the raw answer out of a reply body, split
 * `host:port`. Judging the answer is validateAnswer's job, not theirs.
 */
import { SourceError } from './types';

export type AnswerFormat = 'text' | 'json' | 'kv';

const DEFAULT_FIELD = 'ip';

/**
 * The raw answer inside a body: `text` is the whole body, `json` the string at a dotted
 * path (`field`, default `ip`), `kv` the value of a `field=value` line (Cloudflare trace).
 * Throws SourceError 'parse' when the answer is not where the format says.
 */
export function extractAnswer(body: string, format: AnswerFormat, field: string = DEFAULT_FIELD): string {
  if (format === 'text') return body.trim();
  if (format === 'kv') return fromKeyValue(body, field);
  return fromJson(body, field);
}

/** The values of `keys` among a body's `key=value` lines (the first line of each key); absent keys are left out. */
export function keyValues(body: string, keys: readonly string[]): Record<string, string> {
  const wanted = new Set(keys);
  const out: Record<string, string> = {};
  for (const line of body.split(/\r?\n/)) {
    const eq = line.indexOf('=');
    const key = eq > 0 ? line.slice(0, eq).trim() : '';
    if (wanted.has(key) && !Object.hasOwn(out, key)) out[key] = line.slice(eq + 1).trim();
  }
  return out;
}

function fromKeyValue(body: string, key: string): string {
  for (const line of body.split(/\r?\n/)) {
    const eq = line.indexOf('=');
    if (eq > 0 && line.slice(0, eq).trim() === key) return line.slice(eq + 1).trim();
  }
  throw new SourceError('parse', `no "${key}=" line in the reply`);
}

function fromJson(body: string, path: string): string {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new SourceError('parse', 'the reply is not valid JSON');
  }
  for (const key of path.split('.')) {
    // Own properties only: a path like `constructor` must not reach the prototype.
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) {
      throw new SourceError('parse', `no JSON field "${path}" in the reply`);
    }
    value = (value as Record<string, unknown>)[key];
  }
  if (typeof value !== 'string') throw new SourceError('parse', `JSON field "${path}" is not a string`);
  return value.trim();
}

/**
 * Splits `host:port` or `[v6]:port`. Throws a plain Error: a bad server is a configuration
 * mistake caught when the source is built, not a failure of one query.
 */
export function parseHostPort(server: string): { host: string; port: number } {
  const m = /^(?:\[([^\]]+)\]|([^\s:[\]]+)):(\d{1,5})$/.exec(server);
  const host = m?.[1] ?? m?.[2];
  const port = Number(m?.[3]);
  if (!host || !Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`bad server address "${server}", expected host:port`);
  }
  return { host, port };
}
