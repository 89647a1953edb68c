/**
 * DNSPod's token API (https://docs.dnspod.cn/api/: Record.List, Record.Modify, Record.Create, the
 * common parameters and status codes), as qdm12/ddns-updater's internal/provider/providers/dnspod/
 * provider.go and jeessy2/ddns-go's dns/dnspod.go send it: every call a POST of a form to
 * https://dnsapi.cn/<Action>, the key in its body as login_token=ID,TOKEN (never the query), with
 * format=json. Every answer is a 200; its status.code says: "1" done, anything else refused in
 * status.message ("-1" login failed, "6" a wrong domain, "8" a wrong record ID...), except
 * Record.List's "10", no records, which is a missing record.
 *
 *   POST /Record.List   domain&sub_domain&record_type                       -> {status,records:[{id,name,line,type,ttl,value}]}
 *   POST /Record.Modify domain&record_id&sub_domain&record_type&record_line&value&ttl -> {status,record:{id,name,value}}
 *   POST /Record.Create domain&sub_domain&record_type&record_line&value&ttl  -> {status,record:{id,name,status}}
 * sub_domain is "@" for the domain itself; record_line is the found record's line, "默认" (default) for a new one.
 */
import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiOutcome, isDdnsOutcome, type JsonCall, objectOf, restRecordUpdater } from '../rest-record';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';

const statusOf = (body: unknown) => objectOf(objectOf(body).status);

/** DNSPod's own words in an answer's status.message, or null. */
export function dnspodMessage(body: string): string | null {
  try {
    const m = statusOf(JSON.parse(body)).message;
    return typeof m === 'string' && m.trim() ? m.trim() : null;
  } catch {
    return null;
  }
}

/** The default line, as DNSPod names it. */
const DEFAULT_LINE = '默认';

function createUpdater(r: DdnsRecordOf<'dnspod'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'DNSPod', label: `DNSPod ${r.name} ${r.type}` };
  const base = r.apiBase.replace(/\/+$/, '');
  const sub = r.name === r.domain ? '@' : r.name.slice(0, -r.domain.length - 1);
  const post = (call: JsonCall, action: string, more: Record<string, string>) =>
    call({
      method: 'POST',
      url: `${base}/${action}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        login_token: `${r.tokenId},${r.token as string}`,
        format: 'json',
        domain: r.domain,
        sub_domain: sub,
        record_type: r.type,
        ...more,
      }).toString(),
    });
  return restRecordUpdater<{ id: string; line: string }>(r, deps, {
    ...api,
    message: dnspodMessage,
    refusedIn: (body) => {
      const code = statusOf(body).code;
      if (code === '1' || code === '10') return null;
      return dnspodMessage(JSON.stringify(body)) ?? `status ${String(code)}`;
    },
    async find(call) {
      const got = await post(call, 'Record.List', {});
      if (isDdnsOutcome(got)) return got;
      if (statusOf(got).code === '10') return null;
      const records = objectOf(got).records;
      if (!Array.isArray(records)) return apiOutcome('retry', api, 'notApi');
      const rows = records.map(objectOf).filter((x) => x.type === r.type && x.name === sub);
      if (rows.length === 0) return null;
      if (rows.length > 1) return apiOutcome('stop', api, 'several', { count: rows.length });
      const row = rows[0]!;
      if (typeof row.id !== 'string' && typeof row.id !== 'number') return apiOutcome('retry', api, 'notApi');
      const line = typeof row.line === 'string' && row.line ? row.line : DEFAULT_LINE;
      return { holds: [String(row.value)], ref: { id: String(row.id), line } };
    },
    async write(call, found, address) {
      const more = { record_id: found.ref.id, record_line: found.ref.line, value: address, ttl: String(r.ttl) };
      const done = await post(call, 'Record.Modify', more);
      return isDdnsOutcome(done) ? done : undefined;
    },
    async create(call, address) {
      const done = await post(call, 'Record.Create', { record_line: DEFAULT_LINE, value: address, ttl: String(r.ttl) });
      return isDdnsOutcome(done) ? done : undefined;
    },
  });
}

/** ddns-updater's dnspod entry (docs/dnspod.md): `token` is DNSPod's login token, "ID,TOKEN". */
const fromDdnsUpdater: ImportsFrom = {
  names: ['dnspod'],
  fields: (e, name) => {
    const [id, ...rest] = (str(e.token) ?? '').split(',');
    if (!id || rest.length !== 1 || !rest[0])
      return 'a DNSPod token is written "ID,TOKEN" (its ID, a comma, the token)';
    return {
      provider: 'dnspod',
      domain: getDomain(name) ?? name,
      name: name.replace(/^\*\./, ''),
      tokenId: id.trim(),
      token: rest[0].trim(),
    };
  },
};

/** ddns-go's dnspod entry: `id` the token's ID, `secret` the token; its TTL (600 when unset) is kept. */
const fromDdnsGo: ImportsFrom = {
  names: ['dnspod'],
  fields: (e, name) => {
    const ttl = Number(str(e.ttl) ?? e.ttl);
    return {
      provider: 'dnspod',
      domain: str(e.zone) ?? getDomain(name) ?? name,
      name,
      tokenId: str(e.id),
      token: str(e.secret),
      ttl: Number.isInteger(ttl) && ttl >= 1 && ttl <= 604_800 ? ttl : 600,
    };
  },
};

export const dnspod: DdnsProvider<'dnspod'> = {
  id: 'dnspod',
  label: 'DNSPod',
  create: createUpdater,
  fromDdnsUpdater,
  fromDdnsGo,
};
