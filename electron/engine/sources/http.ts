/**
 * HTTP echo sources (ipify, icanhazip, Cloudflare trace...): one GET over the forced family,
 * the answer cut out of the body by its format. Status codes are judged here, not in the client.
 */
import type { Family } from '../../../shared/types';
import { parseRetryAfter } from '../net/retry-after';
import { type AnswerFormat, extractAnswer, keyValues } from './parsers';
import { SourceError, type IpSource, type SourceDeps } from './types';

export interface HttpSourceSpec {
  kind: 'http';
  id: string;
  provider: string;
  family: Family;
  url: string;
  format: AnswerFormat;
  /** JSON dotted path or kv key; `ip` when absent. */
  field?: string;
}

/**
 * The `key=value` lines a kv answer (Cloudflare's trace, built in or a user's own) passes on
 * beside the address (SourceDeps.onWords): `warp=on` (or `plus`) says the connection went through
 * Cloudflare WARP, which the identity flags "VPN service".
 */
const KV_WORDS = ['warp'] as const;

const ACCEPT: Record<AnswerFormat, string> = {
  // Some echo services answer browsers with an HTML page; asking for text avoids that.
  text: 'text/plain, */*;q=0.5',
  kv: 'text/plain, */*;q=0.5',
  json: 'application/json, */*;q=0.5',
};

export function createHttpSource(spec: HttpSourceSpec, deps: SourceDeps): IpSource {
  // A TLS handshake costs a round trip or two more than plain HTTP.
  const cost = spec.url.startsWith('https:') ? 3 : 2;

  async function query(signal: AbortSignal): Promise<string> {
    const res = await deps.net.http.get({
      url: spec.url,
      family: spec.family,
      signal,
      headers: { 'user-agent': deps.userAgent, accept: ACCEPT[spec.format] },
    });
    if (res.status === 429 || res.status === 403) {
      const retryAfterMs = parseRetryAfter(res.headers['retry-after'], deps.now());
      const hint = retryAfterMs === undefined ? '' : `, retry after ${Math.ceil(retryAfterMs / 1000)} s`;
      throw new SourceError('rate-limited', `HTTP ${res.status}${hint}`, retryAfterMs);
    }
    if (res.status < 200 || res.status > 299) throw new SourceError('http-status', `HTTP ${res.status}`);
    const answer = extractAnswer(res.body, spec.format, spec.field);
    if (spec.format === 'kv' && deps.onWords) {
      const words = keyValues(res.body, KV_WORDS);
      if (Object.keys(words).length) deps.onWords({ sourceId: spec.id, family: spec.family, answer, words });
    }
    return answer;
  }

  return { id: spec.id, provider: spec.provider, kind: 'http', family: spec.family, cost, query };
}
