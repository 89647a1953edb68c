/**
 * Todaynic's (时代互联) DNS API (https://www.todaynic.com/docApi/; the page was not read here, the
 * requests below are jeessy2/ddns-go's dns/nowcn.go, dns/eranet.go and dns/tnethk.go, one file
 * three times over with another host: api.now.cn, www.eranet.com, www.tnet.hk). Each provider's
 * file (providers/nowcn.ts, eranet.ts, tnethk.ts) is a preset of this one. Every call is a GET
 * whose query is signed as Alibaba Cloud's RPC calls are (sign/aliyun.ts: parameters sorted and
 * RFC 3986-encoded, StringToSign "GET&%2F&" + the encoded query, Base64 HMAC-SHA1 keyed with
 * secret + "&"), with the common parameters AccessInstanceID, SignatureMethod=HMAC-SHA1,
 * SignatureNonce and Timestamp (no Version or Format). Every answer is JSON: a refusal carries
 * its words in `error` (ddns-go's only test of one), beside a RequestId.
 *
 *   GET /api/Dns/DescribeRecordIndex?Domain&Host&Type        -> {RequestId,Data:[{id,Domain,Host,Type,Value,State}]}
 *   GET /api/Dns/UpdateDomainRecord?Id&Domain&Host&Type&Value&Ttl -> {RequestId,Id}
 *   GET /api/Dns/AddDomainRecord?Domain&Host&Type&Value&Ttl      -> {RequestId,Id}
 *
 * The domain itself is the host "@". ddns-go's default TTL is 600.
 */
import { randomUUID } from 'node:crypto';

import { getDomain } from 'tldts';

import { type ImportsFrom, str } from './import-entry';
import { apiOutcome, isDdnsOutcome, objectOf, restRecordUpdater } from './rest-record';
import { aliyunCanonical, aliyunEncode, aliyunSignature } from './sign/aliyun';
import type { DdnsDeps, DdnsUpdater } from './types';

/** A record of any of the three providers, as its schema (todaynic-preset.ts) makes it. */
export interface TodaynicRecord {
  id: string;
  type: 'A' | 'AAAA';
  domain: string;
  name: string;
  accessInstanceId: string;
  secret: unknown;
  ttl: number;
  apiBase: string;
}

/** The provider's own words in an answer's `error`, or null. */
export function todaynicSaid(body: unknown): string | null {
  const e = objectOf(body).error;
  return typeof e === 'string' && e.trim() ? e.trim() : null;
}

/** The signed query of one call of `params` at `time` with `nonce`. */
export function todaynicQuery(
  key: { accessInstanceId: string; secret: string },
  params: Record<string, string>,
  time: Date,
  nonce: string,
): string {
  const all: Record<string, string> = {
    ...params,
    AccessInstanceID: key.accessInstanceId,
    SignatureMethod: 'HMAC-SHA1',
    SignatureNonce: nonce,
    Timestamp: time.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
  return `${aliyunCanonical(all)}&Signature=${aliyunEncode(aliyunSignature(key.secret, 'GET', all))}`;
}

export function todaynicUpdater(provider: string, r: TodaynicRecord, deps: DdnsDeps): DdnsUpdater {
  const api = { provider, label: `${provider} ${r.name} ${r.type}` };
  const base = r.apiBase.replace(/\/+$/, '');
  const host = r.name === r.domain ? '@' : r.name.slice(0, -r.domain.length - 1);
  const key = { accessInstanceId: r.accessInstanceId, secret: r.secret as string };
  const get = (action: string, params: Record<string, string>) => ({
    method: 'GET' as const,
    url: `${base}/api/Dns/${action}?${todaynicQuery(key, { Domain: r.domain, Host: host, Type: r.type, ...params }, new Date(deps.clock.now()), randomUUID())}`,
    headers: { accept: 'application/json' },
  });
  return restRecordUpdater<string>(r, deps, {
    ...api,
    message: (body) => {
      try {
        return todaynicSaid(JSON.parse(body));
      } catch {
        return null;
      }
    },
    refusedIn: todaynicSaid,
    async find(call) {
      const got = await call(get('DescribeRecordIndex', {}));
      if (isDdnsOutcome(got)) return got;
      const data = objectOf(got).Data;
      if (data === null || data === undefined) return null;
      if (!Array.isArray(data)) return apiOutcome('retry', api, 'notApi');
      const field = (x: Record<string, unknown>, k: string) => String(x[k] ?? x[k.toLowerCase()] ?? '');
      const rows = data
        .map(objectOf)
        .filter((x) => field(x, 'Host') === host && field(x, 'Type').toUpperCase() === r.type);
      if (rows.length === 0) return null;
      if (rows.length > 1) return apiOutcome('stop', api, 'several', { count: rows.length });
      const row = rows[0]!;
      if (typeof row.id !== 'number' && typeof row.id !== 'string') return apiOutcome('retry', api, 'notApi');
      return { holds: [field(row, 'Value')], ref: String(row.id) };
    },
    async write(call, found, address) {
      const done = await call(get('UpdateDomainRecord', { Id: found.ref, Value: address, Ttl: String(r.ttl) }));
      return isDdnsOutcome(done) ? done : undefined;
    },
    async create(call, address) {
      const done = await call(get('AddDomainRecord', { Value: address, Ttl: String(r.ttl) }));
      return isDdnsOutcome(done) ? done : undefined;
    },
  });
}

/** ddns-go's entry of one of the three (`name`): `id` the AccessInstanceID, `secret` its secret; its TTL (600 when unset) kept. */
export const todaynicFromDdnsGo = (name: string): ImportsFrom => ({
  names: [name],
  fields: (e, host) => {
    const ttl = Number(str(e.ttl) ?? e.ttl);
    return {
      provider: name,
      domain: str(e.zone) ?? getDomain(host) ?? host,
      name: host,
      accessInstanceId: str(e.id),
      secret: str(e.secret),
      ttl: Number.isInteger(ttl) && ttl >= 1 && ttl <= 86_400 ? ttl : 600,
    };
  },
});
