/**
 * DNS.LA's open API (https://www.dns.la/docs/ApiDoc), as jeessy2/ddns-go's dns/dnsla.go sends it
 * (no copy of the documentation page was found to check against; the requests below
 * are ddns-go's): every call to api.dns.la carries `Authorization: Basic base64(APIID:APISecret)`,
 * a JSON body for a write; every answer is `{"code":200,"msg":"","data":...}`, a refusal another
 * code with its words in `msg` (ddns-go also fails on a non-200 HTTP status). A record's type is a
 * number: 1 for A, 28 for AAAA; its host is "@" for the domain itself.
 *
 *   GET  /api/recordList?domain=&host=&type=1&pageIndex=1&pageSize=999 -> {code,data:{total,results:[{id,host,type,data,ttl}]}}
 *   PUT  /api/record  {"id","host","type","data","ttl"}           -> {code:200,data:{}}
 *   POST /api/record  {"domain","host","type","data","ttl"}       -> {code:200,data:{"id":"..."}}
 *
 * ddns-go writes the body's keys capitalised (Id, Host...); the documentation's lower-case names
 * are sent here. ddns-go's default TTL is 600.
 */
import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiOutcome, isDdnsOutcome, objectOf, restRecordUpdater } from '../rest-record';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';

/** DNS.LA's own words in a body that is not a success (`msg`, else its code), or null. */
export function dnslaSaid(body: unknown): string | null {
  const b = objectOf(body);
  if (b.code === 200) return null;
  if (typeof b.msg === 'string' && b.msg.trim()) return b.msg.trim();
  return `code ${String(b.code)}`;
}

const TYPE_NUMBER = { A: 1, AAAA: 28 } as const;

function createUpdater(r: DdnsRecordOf<'dnsla'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'DNS.LA', label: `DNS.LA ${r.name} ${r.type}` };
  const base = r.apiBase.replace(/\/+$/, '');
  const host = r.name === r.domain ? '@' : r.name.slice(0, -r.domain.length - 1);
  const type = TYPE_NUMBER[r.type];
  const auth = `Basic ${Buffer.from(`${r.apiId}:${r.secret as string}`).toString('base64')}`;
  return restRecordUpdater<string>(r, deps, {
    ...api,
    headers: { authorization: auth },
    message: (body) => {
      try {
        return dnslaSaid(JSON.parse(body));
      } catch {
        return null;
      }
    },
    refusedIn: dnslaSaid,
    async find(call) {
      const q = new URLSearchParams({ domain: r.domain, host, type: String(type), pageIndex: '1', pageSize: '999' });
      const got = await call({ method: 'GET', url: `${base}/api/recordList?${q.toString()}` });
      if (isDdnsOutcome(got)) return got;
      const results = objectOf(objectOf(got).data).results;
      if (results === null || results === undefined) return null;
      if (!Array.isArray(results)) return apiOutcome('retry', api, 'notApi');
      const rows = results.map(objectOf).filter((x) => Number(x.type) === type && x.host === host);
      if (rows.length === 0) return null;
      if (rows.length > 1) return apiOutcome('stop', api, 'several', { count: rows.length });
      const row = rows[0]!;
      if (typeof row.id !== 'string' && typeof row.id !== 'number') return apiOutcome('retry', api, 'notApi');
      return { holds: [String(row.data)], ref: String(row.id) };
    },
    async write(call, found, address) {
      const body = JSON.stringify({ id: found.ref, host, type, data: address, ttl: r.ttl });
      const done = await call({ method: 'PUT', url: `${base}/api/record`, body });
      return isDdnsOutcome(done) ? done : undefined;
    },
    async create(call, address) {
      const body = JSON.stringify({ domain: r.domain, host, type, data: address, ttl: r.ttl });
      const done = await call({ method: 'POST', url: `${base}/api/record`, body });
      return isDdnsOutcome(done) ? done : undefined;
    },
  });
}

/** ddns-go's dnsla entry: `id` the APIID, `secret` the APISecret; its TTL (600 when unset) is kept. */
const fromDdnsGo: ImportsFrom = {
  names: ['dnsla'],
  fields: (e, name) => {
    const ttl = Number(str(e.ttl) ?? e.ttl);
    return {
      provider: 'dnsla',
      domain: str(e.zone) ?? getDomain(name) ?? name,
      name,
      apiId: str(e.id),
      secret: str(e.secret),
      ttl: Number.isInteger(ttl) && ttl >= 1 && ttl <= 86_400 ? ttl : 600,
    };
  },
};

export const dnsla: DdnsProvider<'dnsla'> = {
  id: 'dnsla',
  label: 'DNS.LA',
  create: createUpdater,
  fromDdnsGo,
};
