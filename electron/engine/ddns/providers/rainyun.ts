/**
 * Rainyun's (雨云) API v2 (https://s.apifox.cn/a4595cc8-44c5-4678-a2a3-eed7738dab03/api-153559362,
 * the page ddns-go cites; not read here), as jeessy2/ddns-go's dns/rainyun.go sends it, which is
 * what this follows: the key in an `x-api-key` header, the domain named by its ID in the path,
 * JSON bodies; every answer `{"code":200,"message":..,"data":..}`, a refusal another code with its
 * words in `message`. The domain itself is the host "@"; a record has a line ("DEFAULT") and a
 * level (10) ddns-go sends back as found.
 *
 *   GET   /product/domain/<id>/dns/?limit=100&page_no=1  -> {code,data:{TotalRecords,Records:[{record_id,host,type,value,line,ttl,level}]}}
 *   PATCH /product/domain/<id>/dns  {record_id,host,type,value,line,level,ttl}    -> {code:200}
 *   POST  /product/domain/<id>/dns  {record_id:0,host,type,value,line:"DEFAULT",level:10,ttl} -> {code:200}
 *
 * As ddns-go, only the list's first page (100 records) is read. ddns-go's default TTL is 600.
 */
import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiOutcome, isDdnsOutcome, objectOf, restRecordUpdater } from '../rest-record';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';

/** Rainyun's own words in a body that is not a success (`message`, else its code), or null. */
export function rainyunSaid(body: unknown): string | null {
  const b = objectOf(body);
  if (b.code === 200) return null;
  if (typeof b.message === 'string' && b.message.trim()) return b.message.trim();
  return `code ${String(b.code)}`;
}

interface Ref {
  id: number;
  line: string;
  level: number;
}

function createUpdater(r: DdnsRecordOf<'rainyun'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'Rainyun', label: `Rainyun ${r.name} ${r.type}` };
  const at = `${r.apiBase.replace(/\/+$/, '')}/product/domain/${encodeURIComponent(r.domainId)}/dns`;
  const host = r.name === r.domain ? '@' : r.name.slice(0, -r.domain.length - 1);
  const record = (address: string, ref: Ref) =>
    JSON.stringify({
      host,
      line: ref.line,
      level: ref.level,
      ttl: r.ttl,
      type: r.type,
      value: address,
      record_id: ref.id,
    });
  return restRecordUpdater<Ref>(r, deps, {
    ...api,
    headers: { 'x-api-key': r.apiKey as string },
    message: (body) => {
      try {
        return rainyunSaid(JSON.parse(body));
      } catch {
        return null;
      }
    },
    refusedIn: rainyunSaid,
    async find(call) {
      const got = await call({ method: 'GET', url: `${at}/?limit=100&page_no=1` });
      if (isDdnsOutcome(got)) return got;
      const list = objectOf(objectOf(got).data).Records;
      if (list === null || list === undefined) return null;
      if (!Array.isArray(list)) return apiOutcome('retry', api, 'notApi');
      const rows = list
        .map(objectOf)
        .filter((x) => String(x.host).toLowerCase() === host.toLowerCase() && String(x.type).toUpperCase() === r.type);
      if (rows.length === 0) return null;
      if (rows.length > 1) return apiOutcome('stop', api, 'several', { count: rows.length });
      const row = rows[0]!;
      if (typeof row.record_id !== 'number') return apiOutcome('retry', api, 'notApi');
      const line = typeof row.line === 'string' && row.line ? row.line : 'DEFAULT';
      const level = typeof row.level === 'number' ? row.level : 10;
      return { holds: [String(row.value)], ref: { id: row.record_id, line, level } };
    },
    async write(call, found, address) {
      const done = await call({ method: 'PATCH', url: at, body: record(address, found.ref) });
      return isDdnsOutcome(done) ? done : undefined;
    },
    async create(call, address) {
      const done = await call({
        method: 'POST',
        url: at,
        body: record(address, { id: 0, line: 'DEFAULT', level: 10 }),
      });
      return isDdnsOutcome(done) ? done : undefined;
    },
  });
}

/** ddns-go's rainyun entry: `id` the domain's ID at Rainyun, `secret` the API key; its TTL (600 when unset) is kept. */
const fromDdnsGo: ImportsFrom = {
  names: ['rainyun'],
  fields: (e, name) => {
    const ttl = Number(str(e.ttl) ?? e.ttl);
    return {
      provider: 'rainyun',
      domain: str(e.zone) ?? getDomain(name) ?? name,
      name,
      domainId: str(e.id),
      apiKey: str(e.secret),
      ttl: Number.isInteger(ttl) && ttl >= 1 && ttl <= 86_400 ? ttl : 600,
    };
  },
};

export const rainyun: DdnsProvider<'rainyun'> = {
  id: 'rainyun',
  label: 'Rainyun',
  create: createUpdater,
  fromDdnsGo,
};
