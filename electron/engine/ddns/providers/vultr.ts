/**
 * Vultr's API v2, DNS (https://www.vultr.com/api/#tag/dns: list-dns-domain-records,
 * create-dns-domain-record, update-dns-domain-record), as qdm12/ddns-updater's
 * internal/provider/providers/vultr/{getrecord,createrecord,updaterecord}.go send it: the API key
 * as a Bearer token; the domain's records listed 500 a page (at most, the API's ceiling), the
 * rest by the `meta.links.next` cursor; a record's `name` is relative to the domain ("" for the
 * domain itself, as Vultr lists it; ddns-updater sends its owner "@").
 *
 *   GET   /domains/{domain}/records?per_page=500[&cursor=]  -> {records:[{id,type,name,data,priority,ttl}],meta:{total,links:{next,prev}}}
 *   PATCH /domains/{domain}/records/{id}  {name,data,ttl}    -> 204, no body
 *   POST  /domains/{domain}/records       {name,type,data,ttl} -> 201 {record:{...}}
 *   a refusal: {"error":"...","status":N} (401 a wrong key, 404 a domain not at Vultr, 400 a bad record)
 */
import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiOutcome, isDdnsOutcome, objectOf, restRecordUpdater } from '../rest-record';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';

/** Pages of 500 read at most: 10 000 records, past any zone a home's name is in. */
const MAX_PAGES = 20;

/** Vultr's own words in a refusal's body (`error`), or null. */
export function vultrMessage(body: string): string | null {
  try {
    return str(objectOf(JSON.parse(body)).error)?.trim() || null;
  } catch {
    return null;
  }
}

function createUpdater(r: DdnsRecordOf<'vultr'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'Vultr', label: `Vultr ${r.name} ${r.type}` };
  const records = `${r.apiBase.replace(/\/+$/, '')}/domains/${encodeURIComponent(r.domain)}/records`;
  const sub = r.name === r.domain ? '' : r.name.slice(0, -r.domain.length - 1);
  return restRecordUpdater<string>(r, deps, {
    ...api,
    message: vultrMessage,
    headers: { authorization: `Bearer ${r.apiKey as string}`, accept: 'application/json' },
    async find(call) {
      const mine: Record<string, unknown>[] = [];
      let cursor = '';
      for (let page = 0; page < MAX_PAGES; page++) {
        const query = new URLSearchParams({ per_page: '500', ...(cursor ? { cursor } : {}) });
        const got = await call({ method: 'GET', url: `${records}?${query}` });
        if (isDdnsOutcome(got)) return got;
        const list = objectOf(got).records;
        if (!Array.isArray(list)) return apiOutcome('retry', api, 'notApi');
        mine.push(...list.map(objectOf).filter((x) => x.name === sub && x.type === r.type && str(x.id)));
        cursor = str(objectOf(objectOf(objectOf(got).meta).links).next) ?? '';
        if (!cursor) break;
      }
      if (mine.length === 0) return null;
      if (mine.length > 1) return apiOutcome('stop', api, 'several', { count: mine.length });
      return { holds: [String(mine[0]!.data)], ref: String(mine[0]!.id) };
    },
    async write(call, found, address) {
      const body = JSON.stringify({ name: sub, data: address, ttl: r.ttl });
      const done = await call({ method: 'PATCH', url: `${records}/${encodeURIComponent(found.ref)}`, body });
      return isDdnsOutcome(done) ? done : undefined;
    },
    async create(call, address) {
      const body = JSON.stringify({ name: sub, type: r.type, data: address, ttl: r.ttl });
      const done = await call({ method: 'POST', url: records, body });
      return isDdnsOutcome(done) ? done : undefined;
    },
  });
}

/** ddns-updater's vultr entry (docs/vultr.md): `domain` (the host name), `apikey`, `ttl`. */
const fromDdnsUpdater: ImportsFrom = {
  names: ['vultr'],
  fields: (e, name) => {
    const host = name.replace(/^\*\./, '');
    return {
      provider: 'vultr',
      domain: getDomain(host) ?? host,
      name: host,
      apiKey: e.apikey,
      ...(typeof e.ttl === 'number' && e.ttl > 0 ? { ttl: Math.min(86_400, e.ttl) } : {}),
    };
  },
};

export const vultr: DdnsProvider<'vultr'> = {
  id: 'vultr',
  label: 'Vultr',
  create: createUpdater,
  fromDdnsUpdater,
};
