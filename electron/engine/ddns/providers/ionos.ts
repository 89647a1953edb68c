/**
 * IONOS's hosting DNS API v1 (https://developer.hosting.ionos.com/docs/dns), as qdm12/ddns-updater's
 * internal/provider/providers/ionos/ (get.go, create.go, update.go) sends it: every call with the
 * key "prefix.secret" in X-API-Key; the zone is found by name among the account's zones.
 *
 *   GET  /zones                                   -> [{id,name,type}]
 *   GET  /zones/{zoneId}?recordName=&recordType=  -> {id,name,records:[{id,name,type,content,ttl,prio,disabled}]}
 *   PUT  /zones/{zoneId}/records/{id}  {content,ttl,prio,disabled}       -> 200
 *   POST /zones/{zoneId}/records      [{name,type,content,ttl,prio,disabled}] -> 201
 *   a refusal: 401 with [{"code":"UNAUTHORIZED","message":"..."}]; 404 NOT_FOUND likewise
 */
import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiOutcome, isDdnsOutcome, objectOf, restRecordUpdater } from '../rest-record';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';

/** IONOS's own words in a refusal's body (a list of {code, message}), or null. */
export function ionosMessage(body: string): string | null {
  try {
    const parsed: unknown = JSON.parse(body);
    const list = Array.isArray(parsed) ? parsed : [parsed];
    const words = list
      .map(objectOf)
      .map((e) => (typeof e.message === 'string' && e.message.trim() ? e.message.trim() : str(e.code)))
      .filter((m): m is string => !!m);
    return words.length ? words.join('; ') : null;
  } catch {
    return null;
  }
}

interface Ref {
  zoneId: string;
  id: string;
  prio: number;
  disabled: boolean;
}

function createUpdater(r: DdnsRecordOf<'ionos'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'IONOS', label: `IONOS ${r.name} ${r.type}` };
  const base = r.apiBase.replace(/\/+$/, '');
  let zoneId: string | null = null;
  return restRecordUpdater<Ref>(r, deps, {
    ...api,
    message: ionosMessage,
    headers: { 'x-api-key': r.apiKey as string, accept: 'application/json' },
    async find(call) {
      if (!zoneId) {
        const zones = await call({ method: 'GET', url: `${base}/zones` });
        if (isDdnsOutcome(zones)) return zones;
        if (!Array.isArray(zones)) return apiOutcome('retry', api, 'notApi');
        const zone = zones.map(objectOf).find((z) => String(z.name).toLowerCase() === r.zone);
        if (!zone || typeof zone.id !== 'string') return apiOutcome('stop', api, 'noZone', { zone: r.zone });
        zoneId = zone.id;
      }
      const query = new URLSearchParams({ recordName: r.name, recordType: r.type });
      const got = await call({ method: 'GET', url: `${base}/zones/${zoneId}?${query}` });
      if (isDdnsOutcome(got)) return got;
      const records = objectOf(got).records;
      if (!Array.isArray(records)) return apiOutcome('retry', api, 'notApi');
      const rows = records
        .map(objectOf)
        .filter((x) => String(x.name).toLowerCase() === r.name && x.type === r.type && typeof x.id === 'string');
      if (rows.length === 0) return null;
      if (rows.length > 1) return apiOutcome('stop', api, 'several', { count: rows.length });
      const row = rows[0]!;
      return {
        holds: [String(row.content)],
        ref: { zoneId, id: String(row.id), prio: Number(row.prio) || 0, disabled: row.disabled === true },
      };
    },
    async write(call, found, address) {
      const { zoneId: z, id, prio, disabled } = found.ref;
      const body = JSON.stringify({ content: address, ttl: r.ttl, prio, disabled });
      const done = await call({ method: 'PUT', url: `${base}/zones/${z}/records/${id}`, body });
      return isDdnsOutcome(done) ? done : undefined;
    },
    async create(call, address) {
      const body = JSON.stringify([
        { name: r.name, type: r.type, content: address, ttl: r.ttl, prio: 0, disabled: false },
      ]);
      const done = await call({ method: 'POST', url: `${base}/zones/${zoneId}/records`, body });
      return isDdnsOutcome(done) ? done : undefined;
    },
  });
}

/** ddns-updater's ionos entry (docs/ionos.md): `domain` (the host name), `api_key` as "prefix.secret". */
const fromDdnsUpdater: ImportsFrom = {
  names: ['ionos'],
  fields: (e, name) => ({
    provider: 'ionos',
    zone: getDomain(name.replace(/^\*\./, '')) ?? name,
    name: name.replace(/^\*\./, ''),
    apiKey: e.api_key,
  }),
};

export const ionos: DdnsProvider<'ionos'> = {
  id: 'ionos',
  label: 'IONOS',
  create: createUpdater,
  fromDdnsUpdater,
};
