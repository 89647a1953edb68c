/**
 * ClouDNS's HTTP API (https://www.cloudns.net/wiki/article/41/: records.json article 57,
 * add-record.json 58, mod-record.json 60), as jeessy2/ddns-go's dns/cloudns.go uses it: every
 * call a POST of a form with `auth-id` (or `sub-auth-id`, `sub-auth-user`) and `auth-password`
 * (in the body, never the address), on api.cloudns.net/dns. ClouDNS answers a refusal with
 * 200 and its words: `{"status":"Failed","statusDescription":"Invalid authentication, ..."}`.
 *
 *   POST /records.json     domain-name, host, type        -> {"<id>":{id,type,host,record,ttl}} ([] for none)
 *   POST /mod-record.json  domain-name, record-id, host, record, ttl   -> {"status":"Success",...}
 *   POST /add-record.json  domain-name, record-type, host, record, ttl -> {"status":"Success","data":{"id":N}}
 *
 * ddns-go posts `modify-record.json` and `type` to add-record.json; the documentation's names
 * (mod-record.json, record-type) are sent here. A TTL is one of CLOUDNS_TTLS: another goes up to the next.
 */
import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { CLOUDNS_TTLS } from '../../../../shared/settings/ddns-providers/cloudns';
import { type ImportsFrom, str } from '../import-entry';
import { apiOutcome, isDdnsOutcome, objectOf, restRecordUpdater } from '../rest-record';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';

/** ClouDNS's own words in a body (`statusDescription` of a `Failed` status), or null. */
export function cloudnsSaid(body: unknown): string | null {
  const b = objectOf(body);
  if (b.status !== 'Failed') return null;
  const d = b.statusDescription;
  return typeof d === 'string' && d.trim() ? d.trim() : 'Failed';
}

/** The TTL ClouDNS takes for `ttl`: the smallest of its steps not below it. */
export const cloudnsTtl = (ttl: number): number => CLOUDNS_TTLS.find((t) => t >= ttl) ?? CLOUDNS_TTLS.at(-1)!;

function createUpdater(r: DdnsRecordOf<'cloudns'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'ClouDNS', label: `ClouDNS ${r.name} ${r.type}` };
  const base = r.apiBase.replace(/\/+$/, '');
  const host = r.name === r.domain ? '' : r.name.slice(0, -r.domain.length - 1);
  const ttl = String(cloudnsTtl(r.ttl));
  const post = (action: string, fields: Record<string, string>) => ({
    method: 'POST' as const,
    url: `${base}/${action}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      [r.authKind]: r.authId,
      'auth-password': r.password as string,
      'domain-name': r.domain,
      ...fields,
    }).toString(),
  });
  return restRecordUpdater<string>(r, deps, {
    ...api,
    message: (body) => {
      try {
        return cloudnsSaid(JSON.parse(body));
      } catch {
        return null;
      }
    },
    refusedIn: cloudnsSaid,
    async find(call) {
      const got = await call(post('records.json', { host, type: r.type }));
      if (isDdnsOutcome(got)) return got;
      if (Array.isArray(got) && got.length === 0) return null;
      if (typeof got !== 'object' || got === null || Array.isArray(got)) return apiOutcome('retry', api, 'notApi');
      const rows = Object.values(got)
        .map(objectOf)
        .filter((x) => x.type === r.type && String(x.host ?? '') === host && x.id !== undefined);
      if (rows.length === 0) return null;
      if (rows.length > 1) return apiOutcome('stop', api, 'several', { count: rows.length });
      return { holds: [String(rows[0]!.record)], ref: String(rows[0]!.id) };
    },
    async write(call, found, address) {
      const done = await call(post('mod-record.json', { 'record-id': found.ref, host, record: address, ttl }));
      return isDdnsOutcome(done) ? done : undefined;
    },
    async create(call, address) {
      const done = await call(post('add-record.json', { 'record-type': r.type, host, record: address, ttl }));
      return isDdnsOutcome(done) ? done : undefined;
    },
  });
}

/** ddns-go's cloudns entry (dns/cloudns.go): `id` is the auth-id, `secret` the auth-password; ddns-go sends TTL 3600 unless set. */
const fromDdnsGo: ImportsFrom = {
  names: ['cloudns'],
  fields: (e, name) => {
    const ttl = Number(str(e.ttl) ?? e.ttl);
    return {
      provider: 'cloudns',
      domain: getDomain(name) ?? name,
      name,
      authId: str(e.id) ?? str(e.ID),
      password: str(e.secret) ?? str(e.Secret),
      ttl: Number.isInteger(ttl) && ttl >= 60 ? cloudnsTtl(ttl) : 3600,
    };
  },
};

export const cloudns: DdnsProvider<'cloudns'> = {
  id: 'cloudns',
  label: 'ClouDNS',
  create: createUpdater,
  fromDdnsGo,
};
