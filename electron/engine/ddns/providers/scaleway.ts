/**
 * Scaleway's Domains and DNS API (https://www.scaleway.com/en/developers/api/domains-and-dns/,
 * "List records within a DNS zone" and "Update records within a DNS zone"), as qdm12/ddns-updater's
 * internal/provider/providers/scaleway/provider.go sends it: the secret key in X-Auth-Token; a
 * record named relative to the zone ("" for the zone itself); a change is a `set` of the records
 * of a name and type, which makes them when there are none.
 *
 *   GET   /dns-zones/{zone}/records?name=&type=  -> {records:[{id,name,type,data,ttl}],total_count}
 *   PATCH /dns-zones/{zone}/records  {changes:[{set:{id_fields:{name,type},records:[{name,type,data,ttl}]}}]}
 *                                                -> 200 {records:[...]}
 *   a refusal: 401 {"type":"denied_authentication","message":"..."}; 400 {"type":"invalid_arguments",...}
 */
import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiOutcome, isDdnsOutcome, type JsonCall, objectOf, restRecordUpdater } from '../rest-record';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';

/** Scaleway's own words in a refusal's body (`message`), or null. */
export function scalewayMessage(body: string): string | null {
  try {
    return str(objectOf(JSON.parse(body)).message)?.trim() || null;
  } catch {
    return null;
  }
}

function createUpdater(r: DdnsRecordOf<'scaleway'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'Scaleway', label: `Scaleway ${r.name} ${r.type}` };
  const url = `${r.apiBase.replace(/\/+$/, '')}/dns-zones/${encodeURIComponent(r.zone)}/records`;
  const sub = r.name === r.zone ? '' : r.name.slice(0, -r.zone.length - 1);
  const set = async (call: JsonCall, address: string) => {
    const records = [{ name: sub, type: r.type, data: address, ttl: r.ttl }];
    const body = { changes: [{ set: { id_fields: { name: sub, type: r.type }, records } }] };
    const done = await call({ method: 'PATCH', url, body: JSON.stringify(body) });
    return isDdnsOutcome(done) ? done : undefined;
  };
  return restRecordUpdater<null>(r, deps, {
    ...api,
    message: scalewayMessage,
    headers: { 'x-auth-token': r.secret as string, accept: 'application/json' },
    async find(call) {
      const got = await call({ method: 'GET', url: `${url}?${new URLSearchParams({ name: sub, type: r.type })}` });
      if (isDdnsOutcome(got)) return got;
      const rows = objectOf(got).records;
      if (!Array.isArray(rows)) return apiOutcome('retry', api, 'notApi');
      const mine = rows.map(objectOf).filter((x) => x.name === sub && x.type === r.type);
      if (mine.length === 0) return null;
      return { holds: mine.map((x) => String(x.data)), ref: null };
    },
    write: (call, _found, address) => set(call, address),
    create: (call, address) => set(call, address),
  });
}

/** ddns-updater's scaleway entry (docs/scaleway.md): `domain` (the host name), `secret_key`, `ttl`. */
const fromDdnsUpdater: ImportsFrom = {
  names: ['scaleway'],
  fields: (e, name) => {
    const host = name.replace(/^\*\./, '');
    return {
      provider: 'scaleway',
      zone: getDomain(host) ?? host,
      name: host,
      secret: e.secret_key,
      ...(typeof e.ttl === 'number' && e.ttl > 0 ? { ttl: Math.max(60, e.ttl) } : {}),
    };
  },
};

export const scaleway: DdnsProvider<'scaleway'> = {
  id: 'scaleway',
  label: 'Scaleway',
  create: createUpdater,
  fromDdnsUpdater,
};
