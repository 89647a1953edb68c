/**
 * NameSilo's API (https://www.namesilo.com/api-reference#dns/dns-list-records, dns-add-record,
 * dns-update-record, "Response Codes"), as qdm12/ddns-updater's
 * internal/provider/providers/namesilo/provider.go and jeessy2/ddns-go's dns/namesilo.go send it:
 * every call a GET with `version=1&type=json&key=...&domain=...` in its query. The key rides in
 * the query because the API takes it nowhere else (no header, no body); it goes over https only,
 * and the ddns http client (http.ts) words a failure by the address's origin alone, never the
 * query. Every answer is HTTP 200; `reply.code` says: 300 success, 110 invalid key, 112 no API
 * for sub-accounts, 113 not from this IP, 200 domain not active or not yours, 280 DNS
 * modification error, with `reply.detail` its words. A record's `host` is its full name.
 *
 *   GET /dnsListRecords?...                                  -> {reply:{code:300,resource_record:[{record_id,type,host,value,ttl}]}}
 *   GET /dnsUpdateRecord?...&rrid=&rrhost=&rrvalue=&rrttl=   -> {reply:{code:300,record_id}}
 *   GET /dnsAddRecord?...&rrtype=&rrhost=&rrvalue=&rrttl=    -> {reply:{code:300,record_id}}
 *   TTL 3600 at least
 */
import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiOutcome, isDdnsOutcome, objectOf, restRecordUpdater } from '../rest-record';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';

/** A refusal in a 200 answer: NameSilo's `reply.detail` when `reply.code` is not 300 (success); else null. */
function namesiloRefused(body: unknown): string | null {
  const reply = objectOf(objectOf(body).reply);
  if (Number(reply.code) === 300) return null;
  const detail = str(reply.detail)?.trim();
  return detail ?? `code ${String(reply.code ?? '?')}`;
}

/** NameSilo's own words in a non-2xx body (`reply.detail`), or null. */
export function namesiloMessage(body: string): string | null {
  try {
    return str(objectOf(objectOf(JSON.parse(body)).reply).detail)?.trim() || null;
  } catch {
    return null;
  }
}

function createUpdater(r: DdnsRecordOf<'namesilo'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'NameSilo', label: `NameSilo ${r.name} ${r.type}` };
  const base = r.apiBase.replace(/\/+$/, '');
  const sub = r.name === r.domain ? '' : r.name.slice(0, -r.domain.length - 1);
  const get = (op: string, more: Record<string, string> = {}) => {
    const query = new URLSearchParams({
      version: '1',
      type: 'json',
      key: r.apiKey as string,
      domain: r.domain,
      ...more,
    });
    return { method: 'GET' as const, url: `${base}/${op}?${query}` };
  };
  const fields = (address: string) => ({ rrhost: sub, rrvalue: address, rrttl: String(r.ttl) });
  return restRecordUpdater<string>(r, deps, {
    ...api,
    message: namesiloMessage,
    refusedIn: namesiloRefused,
    headers: { accept: 'application/json' },
    async find(call) {
      const got = await call(get('dnsListRecords'));
      if (isDdnsOutcome(got)) return got;
      const reply = objectOf(objectOf(got).reply);
      // One record comes as an object, none as no field at all.
      const raw = reply.resource_record ?? [];
      const rows = (Array.isArray(raw) ? raw : [raw]).map(objectOf);
      if (!rows.every((x) => typeof x.record_id === 'string')) return apiOutcome('retry', api, 'notApi');
      const mine = rows.filter((x) => x.host === r.name && x.type === r.type);
      if (mine.length === 0) return null;
      if (mine.length > 1) return apiOutcome('stop', api, 'several', { count: mine.length });
      return { holds: [String(mine[0]!.value)], ref: mine[0]!.record_id as string };
    },
    async write(call, found, address) {
      const done = await call(get('dnsUpdateRecord', { rrid: found.ref, ...fields(address) }));
      return isDdnsOutcome(done) ? done : undefined;
    },
    async create(call, address) {
      const done = await call(get('dnsAddRecord', { rrtype: r.type, ...fields(address) }));
      return isDdnsOutcome(done) ? done : undefined;
    },
  });
}

const hostOf = (name: string) => name.replace(/^\*\./, '');

/** ddns-updater's namesilo entry (docs/namesilo.md): `domain` (the host name), `key`, `ttl` (3600 at least). */
const fromDdnsUpdater: ImportsFrom = {
  names: ['namesilo'],
  fields: (e, name) => ({
    provider: 'namesilo',
    domain: getDomain(hostOf(name)) ?? hostOf(name),
    name: hostOf(name),
    apiKey: e.key,
    ...(typeof e.ttl === 'number' ? { ttl: Math.min(2_592_000, Math.max(3600, e.ttl)) } : {}),
  }),
};

/** ddns-go's namesilo entry (dns/namesilo.go): its `secret` is the API key (`#{password}` in its URLs). */
const fromDdnsGo: ImportsFrom = {
  names: ['namesilo'],
  fields: (e, name) => ({
    provider: 'namesilo',
    domain: getDomain(hostOf(name)) ?? hostOf(name),
    name: hostOf(name),
    apiKey: str(e.secret) ?? str(e.Secret),
  }),
};

export const namesilo: DdnsProvider<'namesilo'> = {
  id: 'namesilo',
  label: 'NameSilo',
  create: createUpdater,
  fromDdnsUpdater,
  fromDdnsGo,
};
