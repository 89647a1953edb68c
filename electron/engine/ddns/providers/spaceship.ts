/**
 * Spaceship's API (https://docs.spaceship.dev/, DNS records: getRecords, saveRecords,
 * deleteRecords), as qdm12/ddns-updater's internal/provider/providers/spaceship/ and
 * jeessy2/ddns-go's dns/spaceship.go send it: the key and secret in the X-API-Key and X-API-Secret
 * headers; records have no id, so a record is its type, name ("@" for the domain) and address.
 *
 *   GET    /dns/records/{domain}?take=500&skip=N     -> {"items":[{type,name,address,ttl}],"total":N}
 *   PUT    /dns/records/{domain}  {"force":true,"items":[{type,name,address,ttl}]} -> 204
 *   DELETE /dns/records/{domain}  [{type,name,address}]                          -> 204
 *   a refusal: 401/403/404/400 with {"detail":"...","data":[{field,details}]}; 429 past 300 requests
 *   in 300 seconds for a domain (ddns-updater's words)
 *
 * A change is the new address put first, then the old ones deleted (the peers delete first, which
 * leaves the name empty between the two requests); a failed delete leaves both, and the next look
 * sees two and deletes again.
 */
import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiOutcome, isDdnsOutcome, objectOf, restRecordUpdater } from '../rest-record';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';

/** Spaceship's own words in a refusal's body (`detail`, then each `data` field's `details`), or null. */
export function spaceshipMessage(body: string): string | null {
  try {
    const b = objectOf(JSON.parse(body));
    const parts = [typeof b.detail === 'string' ? b.detail.trim() : ''];
    if (Array.isArray(b.data))
      for (const d of b.data.map(objectOf))
        if (typeof d.details === 'string')
          parts.push(typeof d.field === 'string' ? `${d.field}: ${d.details}` : d.details);
    const said = parts.filter(Boolean).join('; ');
    return said || null;
  } catch {
    return null;
  }
}

/** Records a look reads at most (500 a page, as ddns-go asks): a zone beyond is a stop in words. */
const PAGE = 500;
const MAX_PAGES = 20;

function createUpdater(r: DdnsRecordOf<'spaceship'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'Spaceship', label: `Spaceship ${r.name} ${r.type}` };
  const url = `${r.apiBase.replace(/\/+$/, '')}/dns/records/${r.domain}`;
  const name = r.name === r.domain ? '@' : r.name.slice(0, -r.domain.length - 1);
  return restRecordUpdater<string[]>(r, deps, {
    ...api,
    headers: { 'x-api-key': r.apiKey as string, 'x-api-secret': r.secret as string, accept: 'application/json' },
    message: spaceshipMessage,
    async find(call) {
      const holds: string[] = [];
      for (let page = 0; page < MAX_PAGES; page++) {
        const got = await call({ method: 'GET', url: `${url}?take=${PAGE}&skip=${page * PAGE}` });
        if (isDdnsOutcome(got)) return got;
        const { items, total } = objectOf(got);
        if (!Array.isArray(items) || typeof total !== 'number') return apiOutcome('retry', api, 'notApi');
        for (const x of items.map(objectOf))
          if (x.type === r.type && String(x.name).toLowerCase() === name && typeof x.address === 'string')
            holds.push(x.address);
        if ((page + 1) * PAGE >= total || items.length === 0) return holds.length === 0 ? null : { holds, ref: holds };
      }
      return apiOutcome('stop', api, 'other');
    },
    async write(call, found, address) {
      const put = await call({
        method: 'PUT',
        url,
        body: JSON.stringify({ force: true, items: [{ type: r.type, name, address, ttl: r.ttl }] }),
      });
      if (isDdnsOutcome(put)) return put;
      const old = found.ref.filter((a) => a !== address).map((a) => ({ type: r.type, name, address: a }));
      if (old.length === 0) return undefined;
      const gone = await call({ method: 'DELETE', url, body: JSON.stringify(old) });
      return isDdnsOutcome(gone) ? gone : undefined;
    },
    async create(call, address) {
      const done = await call({
        method: 'PUT',
        url,
        body: JSON.stringify({ force: true, items: [{ type: r.type, name, address, ttl: r.ttl }] }),
      });
      return isDdnsOutcome(done) ? done : undefined;
    },
  });
}

const ttlOf = (v: unknown): { ttl?: number } => {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? { ttl: Math.min(3600, Math.max(60, n)) } : {};
};

/** ddns-updater's spaceship entry (docs/spaceship.md): api_key, api_secret, an optional ttl of 60 to 3600. */
const fromDdnsUpdater: ImportsFrom = {
  names: ['spaceship'],
  fields: (e, host) => ({
    provider: 'spaceship',
    domain: getDomain(host) ?? host,
    name: host.replace(/^\*\./, ''),
    apiKey: e.api_key,
    secret: e.api_secret,
    ...ttlOf(e.ttl),
  }),
};

/** ddns-go's spaceship entry (dns/spaceship.go): `id` is the API key, `secret` the API secret. */
const fromDdnsGo: ImportsFrom = {
  names: ['spaceship'],
  fields: (e, host) => ({
    provider: 'spaceship',
    domain: getDomain(host) ?? host,
    name: host,
    apiKey: str(e.id) ?? str(e.ID),
    secret: str(e.secret) ?? str(e.Secret),
    ...ttlOf(e.ttl),
  }),
};

export const spaceship: DdnsProvider<'spaceship'> = {
  id: 'spaceship',
  label: 'Spaceship',
  create: createUpdater,
  fromDdnsUpdater,
  fromDdnsGo,
};
