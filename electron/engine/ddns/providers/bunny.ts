/**
 * bunny.net's DNS API (https://docs.bunny.net/reference/dnszonepublic_index, _index2 (get a zone),
 * _addrecord, _updaterecord), as qdm12/ddns-updater's internal/provider/providers/bunny/provider.go
 * sends it: the account's API key in an `AccessKey` header; a record's Type a number (0 A, 1 AAAA;
 * read also as its name, as the OpenAPI document shows it) and its Name relative to the zone ("" for
 * the zone itself, which the API may also show as "@"). The zone search matches a part of the
 * name, so the zone is the item whose Domain is the zone's name.
 *
 *   GET  /dnszone?page=1&perPage=1000&search={zone} -> {Items:[{Id,Domain}]}
 *   GET  /dnszone/{id}                              -> {Id,Domain,Records:[{Id,Type,Name,Value,Ttl}]}
 *   POST /dnszone/{id}/records/{recordId} {Id,Type,Name,Value,Ttl?} -> 204
 *   PUT  /dnszone/{id}/records            {Type,Name,Value,Ttl?}    -> 201 the record
 *   a refusal: {"ErrorKey","Field","Message"} (401, 400, 404); Ttl 60 to 3600 (ddns-updater's bounds)
 */
import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiOutcome, isDdnsOutcome, type JsonCall, objectOf, restRecordUpdater } from '../rest-record';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';

/** bunny.net's own words in a refusal's body (`Message`, else `Field: ErrorKey`), or null. */
export function bunnyMessage(body: string): string | null {
  try {
    const b = objectOf(JSON.parse(body));
    const key = str(b.ErrorKey);
    return str(b.Message) ?? (key && str(b.Field) ? `${b.Field as string}: ${key}` : key) ?? null;
  } catch {
    return null;
  }
}

/** bunny.net's record types by number (its RecordType enum): the two IPWatch keeps. */
const TYPE = { A: 0, AAAA: 1 } as const;

function createUpdater(r: DdnsRecordOf<'bunny'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'bunny.net', label: `bunny.net ${r.name} ${r.type}` };
  const base = r.apiBase.replace(/\/+$/, '');
  const sub = r.name === r.zone ? '' : r.name.slice(0, -r.zone.length - 1);
  const named = (n: unknown) => (sub === '' ? n === '' || n === '@' : n === sub);
  let zoneId: number | null = null;
  const fields = (address: string) => ({
    Type: TYPE[r.type],
    Name: sub,
    Value: address,
    ...(r.ttl === undefined ? {} : { Ttl: r.ttl }),
  });

  async function findZone(call: JsonCall) {
    if (zoneId !== null) return zoneId;
    const query = new URLSearchParams({ page: '1', perPage: '1000', search: r.zone });
    const got = await call({ method: 'GET', url: `${base}/dnszone?${query}` });
    if (isDdnsOutcome(got)) return got;
    const items = objectOf(got).Items;
    if (!Array.isArray(items)) return apiOutcome('retry', api, 'notApi');
    const zone = items.map(objectOf).find((z) => String(z.Domain).toLowerCase() === r.zone && typeof z.Id === 'number');
    if (!zone) return apiOutcome('stop', api, 'noZone', { zone: r.zone });
    return (zoneId = zone.Id as number);
  }

  return restRecordUpdater<number>(r, deps, {
    ...api,
    message: bunnyMessage,
    headers: { accesskey: r.apiKey as string, accept: 'application/json' },
    async find(call) {
      const id = await findZone(call);
      if (isDdnsOutcome(id)) return id;
      const got = await call({ method: 'GET', url: `${base}/dnszone/${id}` });
      if (isDdnsOutcome(got)) return got;
      const records = objectOf(got).Records;
      if (!Array.isArray(records)) return apiOutcome('retry', api, 'notApi');
      const rows = records
        .map(objectOf)
        .filter((x) => (x.Type === TYPE[r.type] || x.Type === r.type) && named(x.Name) && typeof x.Id === 'number');
      if (rows.length === 0) return null;
      if (rows.length > 1) return apiOutcome('stop', api, 'several', { count: rows.length });
      return { holds: [String(rows[0]!.Value)], ref: rows[0]!.Id as number };
    },
    async write(call, found, address) {
      const url = `${base}/dnszone/${zoneId}/records/${found.ref}`;
      const done = await call({ method: 'POST', url, body: JSON.stringify({ Id: found.ref, ...fields(address) }) });
      return isDdnsOutcome(done) ? done : undefined;
    },
    async create(call, address) {
      const url = `${base}/dnszone/${zoneId}/records`;
      const done = await call({ method: 'PUT', url, body: JSON.stringify(fields(address)) });
      return isDdnsOutcome(done) ? done : undefined;
    },
  });
}

/** ddns-updater's bunny entry (docs/bunny.md): `domain` (the host name), `api_key`, `ttl` (60 to 3600). */
const fromDdnsUpdater: ImportsFrom = {
  names: ['bunny'],
  fields: (e, name) => {
    const host = name.replace(/^\*\./, '');
    const ttl = Number(e.ttl);
    return {
      provider: 'bunny',
      zone: getDomain(host) ?? host,
      name: host,
      apiKey: e.api_key,
      ...(Number.isInteger(ttl) && ttl > 0 ? { ttl: Math.min(3600, Math.max(60, ttl)) } : {}),
    };
  },
};

export const bunny: DdnsProvider<'bunny'> = {
  id: 'bunny',
  label: 'bunny.net DNS',
  create: createUpdater,
  fromDdnsUpdater,
};
