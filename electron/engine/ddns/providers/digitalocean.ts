/**
 * DigitalOcean's API v2, domain records (https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domain-Records),
 * as qdm12/ddns-updater's internal/provider/providers/digitalocean/provider.go sends it: a Bearer
 * token; the list is filtered by the full name and the type; a record's own `name` is relative
 * ("@" for the domain itself).
 *
 *   GET  /domains/{domain}/records?name={full}&type={type} -> {domain_records:[{id,type,name,data,ttl}]}
 *   PUT  /domains/{domain}/records/{id}  {type,data,ttl}     -> {domain_record}
 *   POST /domains/{domain}/records       {type,name,data,ttl} -> 201 {domain_record}
 *   a refusal: 401 {"id":"unauthorized","message":"Unable to authenticate you"}; 429 too_many_requests
 */
import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import type { ImportsFrom } from '../import-entry';
import { apiOutcome, isDdnsOutcome, objectOf, restRecordUpdater } from '../rest-record';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';

/** DigitalOcean's own words in a refusal's body (`message`), or null. */
export function digitaloceanMessage(body: string): string | null {
  try {
    const m = objectOf(JSON.parse(body)).message;
    return typeof m === 'string' && m.trim() ? m.trim() : null;
  } catch {
    return null;
  }
}

function createUpdater(r: DdnsRecordOf<'digitalocean'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'DigitalOcean', label: `DigitalOcean ${r.name} ${r.type}` };
  const records = `${r.apiBase.replace(/\/+$/, '')}/domains/${r.domain}/records`;
  const sub = r.name === r.domain ? '@' : r.name.slice(0, -r.domain.length - 1);
  return restRecordUpdater<number>(r, deps, {
    ...api,
    message: digitaloceanMessage,
    headers: { authorization: `Bearer ${r.token as string}`, accept: 'application/json' },
    async find(call) {
      const got = await call({
        method: 'GET',
        url: `${records}?${new URLSearchParams({ name: r.name, type: r.type })}`,
      });
      if (isDdnsOutcome(got)) return got;
      const list = objectOf(got).domain_records;
      if (!Array.isArray(list)) return apiOutcome('retry', api, 'notApi');
      const rows = list.map(objectOf).filter((x) => x.type === r.type && typeof x.id === 'number');
      if (rows.length === 0) return null;
      if (rows.length > 1) return apiOutcome('stop', api, 'several', { count: rows.length });
      return { holds: [String(rows[0]!.data)], ref: rows[0]!.id as number };
    },
    async write(call, found, address) {
      const body = JSON.stringify({ type: r.type, data: address, ttl: r.ttl });
      const done = await call({ method: 'PUT', url: `${records}/${found.ref}`, body });
      return isDdnsOutcome(done) ? done : undefined;
    },
    async create(call, address) {
      const body = JSON.stringify({ type: r.type, name: sub, data: address, ttl: r.ttl });
      const done = await call({ method: 'POST', url: records, body });
      return isDdnsOutcome(done) ? done : undefined;
    },
  });
}

/** ddns-updater's digitalocean entry (docs/digitalocean.md): `domain` (the host name), `token`. */
const fromDdnsUpdater: ImportsFrom = {
  names: ['digitalocean'],
  fields: (e, name) => {
    const host = name.replace(/^\*\./, '');
    return { provider: 'digitalocean', domain: getDomain(host) ?? host, name: host, token: e.token };
  },
};

export const digitalocean: DdnsProvider<'digitalocean'> = {
  id: 'digitalocean',
  label: 'DigitalOcean',
  create: createUpdater,
  fromDdnsUpdater,
};
