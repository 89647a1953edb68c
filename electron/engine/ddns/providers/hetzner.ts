/**
 * Hetzner's DNS Console API (https://dns.hetzner.com/api-docs: Zones, Records), which Hetzner is
 * retiring as it moves zones to its Cloud API (providers/hetznercloud.ts), as qdm12/ddns-updater's
 * internal/provider/providers/hetzner/ (common.go, getrecord.go, update.go, create.go) sends it:
 * the token in an `Auth-API-Token` header; a record named relative to the zone ("@" for the zone
 * itself). The documented record list takes only zone_id and paging (ddns-updater's name and type
 * filters are not in it), so the record is picked from the zone's pages here.
 *
 *   GET  /zones?name={zone}                          -> {zones:[{id,name}]} (404 when none)
 *   GET  /records?zone_id=&page=&per_page=100        -> {records:[{id,type,name,value,ttl}],meta:{pagination}}
 *   PUT  /records/{id}  {zone_id,type,name,value,ttl?} -> {record}
 *   POST /records       {zone_id,type,name,value,ttl?} -> {record}
 *   a refusal: 401 {"message":"Invalid authentication credentials"}; else {"error":{"message","code"}}
 */
import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiOutcome, isDdnsOutcome, type JsonCall, objectOf, restRecordUpdater } from '../rest-record';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';

/** Hetzner's own words in a refusal's body (`message`, or `error.message`), or null. */
export function hetznerMessage(body: string): string | null {
  try {
    const b = objectOf(JSON.parse(body));
    const m = str(b.message) ?? str(objectOf(b.error).message);
    return m?.trim() || null;
  } catch {
    return null;
  }
}

const MAX_PAGES = 10;

function createUpdater(r: DdnsRecordOf<'hetzner'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'Hetzner', label: `Hetzner ${r.name} ${r.type}` };
  const base = r.apiBase.replace(/\/+$/, '');
  const sub = r.name === r.zone ? '@' : r.name.slice(0, -r.zone.length - 1);
  let zoneId = r.zoneId ?? null;
  const body = (address: string) =>
    JSON.stringify({ zone_id: zoneId, type: r.type, name: sub, value: address, ...(r.ttl ? { ttl: r.ttl } : {}) });

  async function findZone(call: JsonCall) {
    if (zoneId) return zoneId;
    const got = await call({ method: 'GET', url: `${base}/zones?${new URLSearchParams({ name: r.zone })}` });
    if (isDdnsOutcome(got)) return got;
    const zone = (Array.isArray(objectOf(got).zones) ? (objectOf(got).zones as unknown[]) : [])
      .map(objectOf)
      .find((z) => z.name === r.zone && typeof z.id === 'string');
    if (!zone) return apiOutcome('stop', api, 'noZone', { zone: r.zone });
    return (zoneId = zone.id as string);
  }

  return restRecordUpdater<string>(r, deps, {
    ...api,
    message: hetznerMessage,
    headers: { 'auth-api-token': r.token as string, accept: 'application/json' },
    async find(call) {
      const id = await findZone(call);
      if (isDdnsOutcome(id)) return id;
      const rows: Record<string, unknown>[] = [];
      for (let page = 1; page <= MAX_PAGES; page++) {
        const query = new URLSearchParams({ zone_id: id, page: String(page), per_page: '100' });
        const got = await call({ method: 'GET', url: `${base}/records?${query}` });
        if (isDdnsOutcome(got)) return got;
        const { records, meta } = objectOf(got);
        if (!Array.isArray(records)) return apiOutcome('retry', api, 'notApi');
        rows.push(...records.map(objectOf).filter((x) => x.type === r.type && x.name === sub));
        const last = Number(objectOf(objectOf(meta).pagination).last_page);
        if (!(last > page)) break;
      }
      if (rows.length === 0) return null;
      if (rows.length > 1) return apiOutcome('stop', api, 'several', { count: rows.length });
      return { holds: [String(rows[0]!.value)], ref: String(rows[0]!.id) };
    },
    async write(call, found, address) {
      const done = await call({ method: 'PUT', url: `${base}/records/${found.ref}`, body: body(address) });
      return isDdnsOutcome(done) ? done : undefined;
    },
    async create(call, address) {
      const done = await call({ method: 'POST', url: `${base}/records`, body: body(address) });
      return isDdnsOutcome(done) ? done : undefined;
    },
  });
}

/** ddns-updater's hetzner entry (docs/hetzner.md): `zone_identifier`, `domain` (the host name), `token`, `ttl`. */
const fromDdnsUpdater: ImportsFrom = {
  names: ['hetzner'],
  fields: (e, name) => {
    const host = name.replace(/^\*\./, '');
    const ttl = Number(e.ttl);
    return {
      provider: 'hetzner',
      zone: getDomain(host) ?? host,
      name: host,
      token: e.token,
      ...(str(e.zone_identifier) ? { zoneId: e.zone_identifier } : {}),
      ...(Number.isInteger(ttl) && ttl > 0 ? { ttl: Math.max(60, ttl) } : {}),
    };
  },
};

export const hetzner: DdnsProvider<'hetzner'> = {
  id: 'hetzner',
  label: 'Hetzner DNS Console',
  create: createUpdater,
  fromDdnsUpdater,
};
