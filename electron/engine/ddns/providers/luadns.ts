/**
 * LuaDNS's REST API (https://www.luadns.com/api.html), as qdm12/ddns-updater's
 * internal/provider/providers/luadns/provider.go sends it: HTTP Basic with the account's email and
 * an API key, `Accept: application/json`; the zone found by its name among the account's, its
 * records listed and the one of the full name (with the root dot) and type changed with the whole
 * record sent back (it keeps its TTL), or made when missing.
 *
 *   GET  /zones                       -> [{id,name,...}]
 *   GET  /zones/{id}/records          -> [{id,name:"home.example.org.",type,content,ttl}]
 *   PUT  /zones/{id}/records/{rid}  {name,type,content,ttl}  -> 200 the record
 *   POST /zones/{id}/records        {name,type,content,ttl}  -> 200 the record
 *   a refusal: 401 {"status":"Unauthorized","message":"..."}; 400/404 the same shape
 */
import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import type { ImportsFrom } from '../import-entry';
import { apiOutcome, isDdnsOutcome, objectOf, restRecordUpdater } from '../rest-record';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';

/** LuaDNS's own words in a refusal's body (`message`, else `status`), or null. */
export function luadnsMessage(body: string): string | null {
  try {
    const o = objectOf(JSON.parse(body));
    const m = typeof o.message === 'string' && o.message.trim() ? o.message : o.status;
    return typeof m === 'string' && m.trim() ? m.trim() : null;
  } catch {
    return null;
  }
}

interface Ref {
  zoneId: number;
  record: Record<string, unknown>;
}

function createUpdater(r: DdnsRecordOf<'luadns'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'LuaDNS', label: `LuaDNS ${r.name} ${r.type}` };
  const base = r.apiBase.replace(/\/+$/, '');
  const fqdn = `${r.name}.`;
  const auth = `Basic ${Buffer.from(`${r.email}:${r.apiKey as string}`).toString('base64')}`;
  let zoneId: number | null = null;
  return restRecordUpdater<Ref>(r, deps, {
    ...api,
    message: luadnsMessage,
    headers: { authorization: auth, accept: 'application/json' },
    async find(call) {
      const zones = await call({ method: 'GET', url: `${base}/zones` });
      if (isDdnsOutcome(zones)) return zones;
      if (!Array.isArray(zones)) return apiOutcome('retry', api, 'notApi');
      const zone = zones.map(objectOf).find((z) => z.name === r.zone && typeof z.id === 'number');
      if (!zone) return apiOutcome('stop', api, 'noZone', { zone: r.zone });
      zoneId = zone.id as number;
      const rows = await call({ method: 'GET', url: `${base}/zones/${zoneId}/records` });
      if (isDdnsOutcome(rows)) return rows;
      if (!Array.isArray(rows)) return apiOutcome('retry', api, 'notApi');
      const mine = rows.map(objectOf).filter((x) => x.name === fqdn && x.type === r.type && typeof x.id === 'number');
      if (mine.length === 0) return null;
      if (mine.length > 1) return apiOutcome('stop', api, 'several', { count: mine.length });
      return { holds: [String(mine[0]!.content)], ref: { zoneId, record: mine[0]! } };
    },
    async write(call, found, address) {
      const { zoneId: z, record } = found.ref;
      const body = { name: record.name, type: record.type, content: address, ttl: record.ttl };
      const url = `${base}/zones/${z}/records/${String(record.id)}`;
      const done = await call({ method: 'PUT', url, body: JSON.stringify(body) });
      return isDdnsOutcome(done) ? done : undefined;
    },
    async create(call, address) {
      const body = { name: fqdn, type: r.type, content: address, ttl: r.ttl };
      const done = await call({ method: 'POST', url: `${base}/zones/${zoneId}/records`, body: JSON.stringify(body) });
      return isDdnsOutcome(done) ? done : undefined;
    },
  });
}

/** ddns-updater's luadns entry (docs/luadns.md): `domain` (the host name), `email`, `token` (the API key). */
const fromDdnsUpdater: ImportsFrom = {
  names: ['luadns'],
  fields: (e, name) => {
    const host = name.replace(/^\*\./, '');
    return { provider: 'luadns', zone: getDomain(host) ?? host, name: host, email: e.email, apiKey: e.token };
  },
};

export const luadns: DdnsProvider<'luadns'> = {
  id: 'luadns',
  label: 'LuaDNS',
  create: createUpdater,
  fromDdnsUpdater,
};
