/**
 * Huawei Cloud DNS (https://support.huaweicloud.com/intl/en-us/api-dns/: ListRecordSets,
 * UpdateRecordSet, CreateRecordSet, ListPublicZones; the error codes), signed with the API
 * Gateway's SDK-HMAC-SHA256 as sign/huawei.ts says, as jeessy2/ddns-go's dns/huawei.go sends it
 * (qdm12/ddns-updater has no Huawei provider): the AK/SK signs X-Sdk-Date alone, as ddns-go and
 * the official SDK do. Names are whole and end in a dot ("home.example.com."); the list's name
 * filter is a fuzzy one (ddns-go keeps the exact name), a create needs the zone's id. A refusal
 * is a 4xx {code, message} (DNS.xxxx) or, from the gateway, {error_code, error_msg} (APIGW.0301
 * a wrong signature, 401).
 *
 *   GET  /v2.1/recordsets?name=&type=                -> 200 {recordsets:[{id,name,type,ttl,records,zone_id,status}]}
 *   PUT  /v2.1/zones/{zone_id}/recordsets/{id}       {name,type,records:[ip],ttl} -> 202 {id,...}
 *   GET  /v2/zones?name=<zone>                       -> 200 {zones:[{id,name}]}
 *   POST /v2.1/zones/{zone_id}/recordsets            {name,type,records:[ip],ttl} -> 202 {id,...}
 */
import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiOutcome, isDdnsOutcome, type JsonCall, objectOf, restRecordUpdater } from '../rest-record';
import { huaweiAuthorization, huaweiQuery, sdkDate } from '../sign/huawei';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';

/** Huawei Cloud's own words in a refusal's body (`message`, or the gateway's `error_msg`), or null. */
export function huaweiMessage(body: string): string | null {
  try {
    const b = objectOf(JSON.parse(body));
    const m = str(b.message) ?? str(b.error_msg);
    return m ? m.trim() : null;
  } catch {
    return null;
  }
}

type Method = 'GET' | 'PUT' | 'POST';

function createUpdater(r: DdnsRecordOf<'huaweicloud'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'Huawei Cloud', label: `Huawei Cloud ${r.name} ${r.type}` };
  const base = r.apiBase.replace(/\/+$/, '');
  const prefix = new URL(base).pathname.replace(/\/+$/, '');
  const key = { ak: r.accessKeyId, sk: r.secret as string };
  const fqdn = `${r.name}.`;
  const send = (call: JsonCall, method: Method, path: string, query: [string, string][], data?: unknown) => {
    const body = data === undefined ? '' : JSON.stringify(data);
    const headers = { 'x-sdk-date': sdkDate(deps.clock.now()) };
    const authorization = huaweiAuthorization(key, { method, path: prefix + path, query, headers, body });
    const q = huaweiQuery(query);
    return call({
      method,
      url: `${base}${path}${q ? `?${q}` : ''}`,
      ...(data === undefined ? {} : { body }),
      headers: { ...headers, authorization },
    });
  };
  const set = (address: string) => ({ name: fqdn, type: r.type, records: [address], ttl: r.ttl });
  const written = (done: unknown) =>
    isDdnsOutcome(done) ? done : typeof objectOf(done).id === 'string' ? undefined : apiOutcome('retry', api, 'notApi');
  const seg = encodeURIComponent;
  return restRecordUpdater<{ zone: string; id: string }>(r, deps, {
    ...api,
    message: huaweiMessage,
    async find(call) {
      const got = await send(call, 'GET', '/v2.1/recordsets', [
        ['name', r.name],
        ['type', r.type],
      ]);
      if (isDdnsOutcome(got)) return got;
      const list = objectOf(got).recordsets;
      if (!Array.isArray(list)) return apiOutcome('retry', api, 'notApi');
      const rows = list.map(objectOf).filter((x) => x.name === fqdn && x.type === r.type);
      if (rows.length === 0) return null;
      if (rows.length > 1) return apiOutcome('stop', api, 'several', { count: rows.length });
      const row = rows[0]!;
      if (typeof row.id !== 'string' || typeof row.zone_id !== 'string') return apiOutcome('retry', api, 'notApi');
      const holds = Array.isArray(row.records) ? row.records.map(String) : [];
      return { holds, ref: { zone: row.zone_id, id: row.id } };
    },
    async write(call, found, address) {
      const path = `/v2.1/zones/${seg(found.ref.zone)}/recordsets/${seg(found.ref.id)}`;
      return written(await send(call, 'PUT', path, [], set(address)));
    },
    async create(call, address) {
      const got = await send(call, 'GET', '/v2/zones', [['name', r.domain]]);
      if (isDdnsOutcome(got)) return got;
      const zones = objectOf(got).zones;
      if (!Array.isArray(zones)) return apiOutcome('retry', api, 'notApi');
      const zone = zones.map(objectOf).find((z) => z.name === `${r.domain}.`);
      if (!zone || typeof zone.id !== 'string') return apiOutcome('stop', api, 'noZone', { zone: r.domain });
      return written(await send(call, 'POST', `/v2.1/zones/${seg(zone.id)}/recordsets`, [], set(address)));
    },
  });
}

/** ddns-go's huaweicloud entry: `id` the AK, `secret` the SK; its TTL (300 when unset) is kept. */
const fromDdnsGo: ImportsFrom = {
  names: ['huaweicloud'],
  fields: (e, name) => {
    const ttl = Number(str(e.ttl) ?? e.ttl);
    return {
      provider: 'huaweicloud',
      domain: str(e.zone) ?? getDomain(name) ?? name,
      name,
      accessKeyId: str(e.id),
      secret: str(e.secret),
      ttl: Number.isInteger(ttl) && ttl >= 1 && ttl <= 2_147_483_647 ? ttl : 300,
    };
  },
};

export const huaweicloud: DdnsProvider<'huaweicloud'> = {
  id: 'huaweicloud',
  label: 'Huawei Cloud',
  create: createUpdater,
  fromDdnsGo,
};
