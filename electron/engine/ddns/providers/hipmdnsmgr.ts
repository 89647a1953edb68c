/**
 * HiPM DNSMgr, a self-hosted DNS manager: no API documentation was found, so this follows
 * jeessy2/ddns-go's dns/hipmdnsmgr.go alone (qdm12/ddns-updater has none). The address is the
 * user's own (its "/api" added); every call carries `Authorization: Bearer <token>`, a JSON body
 * for a write; every answer is `{"code":0,"msg":..,"data":..}`, a refusal another code with its
 * words in `msg`. The domain is found by name first, then its record by name and type:
 *
 *   GET  /api/domains?page=1&pageSize=100&keyword=<domain>        -> {code:0,data:{list:[{id,name}],total}} (or data:[...])
 *   GET  /api/domains/<id>/records?page=1&pageSize=100&subdomain=<name>&type=A -> {code:0,data:{list:[{id,name,type,value,ttl}],total}}
 *   PUT  /api/domains/<id>/records/<rid> {name,type,value,ttl,line:"0"} -> {code:0}
 *   POST /api/domains/<id>/records       {name,type,value,ttl,line:"0"} -> {code:0}
 *
 * As ddns-go, the name is the part before the domain, empty for the domain itself; ddns-go's
 * default TTL is 600. Unlike ddns-go, the domain is looked for by keyword only (not page by page).
 */
import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiOutcome, isDdnsOutcome, objectOf, restRecordUpdater } from '../rest-record';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';

/** DNSMgr's own words in a body that is not a success (`msg`, else its code), or null. */
export function dnsmgrSaid(body: unknown): string | null {
  const b = objectOf(body);
  if (b.code === 0) return null;
  if (typeof b.msg === 'string' && b.msg.trim()) return b.msg.trim();
  return `code ${String(b.code)}`;
}

/** The rows of a `data` that is a list or `{list}`. */
const rowsOf = (data: unknown): Record<string, unknown>[] | null => {
  const list = Array.isArray(data) ? data : objectOf(data).list;
  return Array.isArray(list) ? list.map(objectOf) : null;
};

function createUpdater(r: DdnsRecordOf<'hipmdnsmgr'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'HiPM DNSMgr', label: `HiPM DNSMgr ${r.name} ${r.type}` };
  const base = `${r.apiBase.replace(/\/+$/, '').replace(/\/api$/, '')}/api`;
  const name = r.name === r.domain ? '' : r.name.slice(0, -r.domain.length - 1);
  const body = (address: string) => JSON.stringify({ name, type: r.type, value: address, ttl: r.ttl, line: '0' });
  // The domain's id, as the last look found it: a create (after a look found no record) needs it.
  let lastDomainId = '';
  return restRecordUpdater<{ domainId: string; recordId: string }>(r, deps, {
    ...api,
    headers: { authorization: `Bearer ${r.token as string}` },
    message: (text) => {
      try {
        return dnsmgrSaid(JSON.parse(text));
      } catch {
        return null;
      }
    },
    refusedIn: dnsmgrSaid,
    async find(call) {
      const q = new URLSearchParams({ page: '1', pageSize: '100', keyword: r.domain });
      const got = await call({ method: 'GET', url: `${base}/domains?${q.toString()}` });
      if (isDdnsOutcome(got)) return got;
      const domains = rowsOf(objectOf(got).data);
      if (!domains) return apiOutcome('retry', api, 'notApi');
      const domain = domains.find((d) => d.name === r.domain);
      if (!domain || (typeof domain.id !== 'number' && typeof domain.id !== 'string'))
        return apiOutcome('stop', api, 'noZone', { zone: r.domain });
      const domainId = String(domain.id);
      lastDomainId = domainId;
      const rq = new URLSearchParams({ page: '1', pageSize: '100', subdomain: name, type: r.type });
      const listed = await call({
        method: 'GET',
        url: `${base}/domains/${encodeURIComponent(domainId)}/records?${rq.toString()}`,
      });
      if (isDdnsOutcome(listed)) return listed;
      const records = rowsOf(objectOf(listed).data);
      if (!records) return apiOutcome('retry', api, 'notApi');
      const rows = records.filter((x) => x.name === name && x.type === r.type);
      if (rows.length === 0) return null;
      if (rows.length > 1) return apiOutcome('stop', api, 'several', { count: rows.length });
      const row = rows[0]!;
      if (typeof row.id !== 'number' && typeof row.id !== 'string') return apiOutcome('retry', api, 'notApi');
      return { holds: [String(row.value)], ref: { domainId, recordId: String(row.id) } };
    },
    async write(call, found, address) {
      const at = `${base}/domains/${encodeURIComponent(found.ref.domainId)}/records/${encodeURIComponent(found.ref.recordId)}`;
      const done = await call({ method: 'PUT', url: at, body: body(address) });
      return isDdnsOutcome(done) ? done : undefined;
    },
    async create(call, address) {
      const at = `${base}/domains/${encodeURIComponent(lastDomainId)}/records`;
      const done = await call({ method: 'POST', url: at, body: body(address) });
      return isDdnsOutcome(done) ? done : undefined;
    },
  });
}

/** ddns-go's hipmdnsmgr entry: `id` is DNSMgr's address (ddns-go's example host when empty), `secret` the API token. */
const fromDdnsGo: ImportsFrom = {
  names: ['hipmdnsmgr'],
  fields: (e, host) => {
    const ttl = Number(str(e.ttl) ?? e.ttl);
    const address = str(e.id);
    if (!address) return "the entry has no DNSMgr address (ddns-go's ID field), which IPWatch needs";
    return {
      provider: 'hipmdnsmgr',
      apiBase: address,
      domain: str(e.zone) ?? host,
      name: host,
      token: str(e.secret),
      ttl: Number.isInteger(ttl) && ttl >= 1 && ttl <= 86_400 ? ttl : 600,
    };
  },
};

export const hipmdnsmgr: DdnsProvider<'hipmdnsmgr'> = {
  id: 'hipmdnsmgr',
  label: 'HiPM DNSMgr',
  create: createUpdater,
  fromDdnsGo,
};
