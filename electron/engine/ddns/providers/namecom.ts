/**
 * Name.com's API v4 (https://docs.name.com/: ListRecords, UpdateRecord, CreateRecord), as
 * qdm12/ddns-updater's internal/provider/providers/namecom/ and jeessy2/ddns-go's dns/name_com.go
 * send it: Basic authentication with the user name and the API token; a host of "" is the domain.
 *
 *   GET  /domains/{domain}/records?page=N          -> {"records":[{id,host,type,answer,ttl}],"nextPage":N}
 *   PUT  /domains/{domain}/records/{id}  {host,type,answer,ttl}  -> the record
 *   POST /domains/{domain}/records       {host,type,answer,ttl}  -> the record
 *   a refusal: 401 {"message":"Unauthenticated"}, 404 {"message":"Not Found","details":...};
 *   TTL 300 at least; 20 requests a second, 3000 an hour (429)
 */
import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiOutcome, isDdnsOutcome, objectOf, restRecordUpdater } from '../rest-record';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';

/** Name.com's own words in a refusal's body (`message`, then `details`), or null. */
export function namecomMessage(body: string): string | null {
  try {
    const b = objectOf(JSON.parse(body));
    const said = [b.message, b.details].filter((x): x is string => typeof x === 'string' && x.trim() !== '');
    return said.length ? said.join(': ') : null;
  } catch {
    return null;
  }
}

const MAX_PAGES = 10;

function createUpdater(r: DdnsRecordOf<'namecom'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'Name.com', label: `Name.com ${r.name} ${r.type}` };
  const url = `${r.apiBase.replace(/\/+$/, '')}/domains/${r.domain}/records`;
  const host = r.name === r.domain ? '' : r.name.slice(0, -r.domain.length - 1);
  const auth = `Basic ${Buffer.from(`${r.username}:${r.token as string}`).toString('base64')}`;
  const body = (answer: string) => JSON.stringify({ host, type: r.type, answer, ttl: r.ttl });
  return restRecordUpdater<number>(r, deps, {
    ...api,
    headers: { authorization: auth },
    message: namecomMessage,
    async find(call) {
      const rows: Record<string, unknown>[] = [];
      for (let page = 1; page <= MAX_PAGES; page++) {
        const got = await call({ method: 'GET', url: `${url}?page=${page}` });
        if (isDdnsOutcome(got)) return got;
        const { records, nextPage } = objectOf(got);
        if (records !== undefined && !Array.isArray(records)) return apiOutcome('retry', api, 'notApi');
        for (const x of (records ?? []).map(objectOf))
          if (x.type === r.type && String(x.host ?? '').toLowerCase() === host && typeof x.id === 'number')
            rows.push(x);
        if (typeof nextPage !== 'number' || nextPage <= page) break;
      }
      if (rows.length === 0) return null;
      if (rows.length > 1) return apiOutcome('stop', api, 'several', { count: rows.length });
      return { holds: [String(rows[0]!.answer)], ref: rows[0]!.id as number };
    },
    async write(call, found, address) {
      const done = await call({ method: 'PUT', url: `${url}/${found.ref}`, body: body(address) });
      return isDdnsOutcome(done) ? done : undefined;
    },
    async create(call, address) {
      const done = await call({ method: 'POST', url, body: body(address) });
      return isDdnsOutcome(done) ? done : undefined;
    },
  });
}

const ttlOf = (v: unknown): { ttl?: number } => {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? { ttl: Math.min(86_400, Math.max(300, n)) } : {};
};

/** ddns-updater's name.com entry (docs/name.com.md): username, token, an optional ttl of 300 or more. */
const fromDdnsUpdater: ImportsFrom = {
  names: ['name.com'],
  fields: (e, name) => ({
    provider: 'namecom',
    domain: getDomain(name) ?? name,
    name: name.replace(/^\*\./, ''),
    username: e.username,
    token: e.token,
    ...ttlOf(e.ttl),
  }),
};

/** ddns-go's namecom entry (dns/name_com.go): `id` is the user name, `secret` the token. */
const fromDdnsGo: ImportsFrom = {
  names: ['name_com'],
  fields: (e, name) => ({
    provider: 'namecom',
    domain: getDomain(name) ?? name,
    name,
    username: str(e.id) ?? str(e.ID),
    token: str(e.secret) ?? str(e.Secret),
    ...ttlOf(e.ttl),
  }),
};

export const namecom: DdnsProvider<'namecom'> = {
  id: 'namecom',
  label: 'Name.com',
  create: createUpdater,
  fromDdnsUpdater,
  fromDdnsGo,
};
