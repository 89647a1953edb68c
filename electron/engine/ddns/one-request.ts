/**
 * The updater of a provider whose update is one HTTP request (DuckDNS, deSEC, dyndns2): an address of the
 * other family is refused before anything is sent, the HTTP status is read as every provider
 * reads it (http.ts), and a 2xx body the provider's own way. Each provider file keeps what is
 * its own: the request and the reading of the answer.
 */
import { recordFamily, wrongFamily } from './family';
import { type DdnsHttpRequest, isOutcome, oneLine, providerHttp, type ProviderMessage } from './http';
import { objectOf } from './rest-record';
import type { DdnsDeps, DdnsOutcome, DdnsUpdater } from './types';

export interface OneRequestApi {
  /** Names the record in every outcome ("DuckDNS home.duckdns.org"). */
  label: string;
  /** The request that makes the record hold `address` (of `family`, the record's). */
  request(address: string, family: 4 | 6): Omit<DdnsHttpRequest, 'signal'>;
  /** The outcome a 2xx answer's body says, to a request that sent `address`. */
  read(body: string, address: string): DdnsOutcome;
  /** The provider's own words in an answer that is not 2xx (its return code's meaning), if any. */
  message?: ProviderMessage;
}

export function oneRequestUpdater(
  record: { id: string; type: 'A' | 'AAAA' },
  deps: Pick<DdnsDeps, 'http' | 'clock'>,
  api: OneRequestApi,
): DdnsUpdater {
  const send = providerHttp(deps.http, () => deps.clock.now(), api.label, api.message);
  const family = recordFamily(record.type);
  return {
    id: record.id,
    async update(address, signal) {
      const wrong = wrongFamily(address, record.type);
      if (wrong) return wrong;
      const answer = await send({ ...api.request(address, family), signal });
      return isOutcome(answer) ? answer : api.read(answer.body, address);
    },
  };
}

/** `path` under a provider's API base (a trailing slash or none), with `params` as its query. */
export function apiUrl(apiBase: string, path: string, params: Record<string, string>): string {
  const url = new URL(path, `${apiBase.replace(/\/+$/, '')}/`);
  url.search = new URLSearchParams(params).toString();
  return url.toString();
}

/**
 * The provider's own words in a text answer when they are among its documented `phrases` (matched
 * without case, in the phrase's own spelling), else null: a body is never shown as it came.
 */
export function saidOneOf(body: string, phrases: readonly string[]): string | null {
  const said = body.trim().toLowerCase();
  return phrases.find((p) => said === p.toLowerCase() || said.startsWith(p.toLowerCase())) ?? null;
}

/** A JSON answer's object, or null when the body is not JSON or not an object (a proxy's page). */
export function jsonObjectOf(body: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(body);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? objectOf(v) : null;
  } catch {
    return null;
  }
}

/** A provider's list of messages (its `messages`, its `content`) as one short line of its words, or null. */
export function saidIn(list: unknown): string | null {
  const words = (Array.isArray(list) ? list : [])
    .filter((m): m is string => typeof m === 'string' && m.trim() !== '')
    .join(', ');
  return words ? oneLine(words) : null;
}
