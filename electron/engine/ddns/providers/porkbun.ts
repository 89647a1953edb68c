/**
 * Porkbun's API v3 (https://porkbun.com/api/json/v3/documentation), as qdm12/ddns-updater's
 * internal/provider/providers/porkbun/api.go sends it: every call a POST with the keys in its
 * JSON body (`apikey`, `secretapikey`), on api.porkbun.com (the old porkbun.com host broke every
 * client in 2024).
 *
 *   POST /dns/retrieveByNameType/{domain}/{type}/{sub}  -> {"status":"SUCCESS","records":[{id,content,...}]}
 *   POST /dns/edit/{domain}/{id}  {content,type,ttl,name}  -> {"status":"SUCCESS"}
 *   POST /dns/create/{domain}     {content,type,ttl,name}  -> {"status":"SUCCESS","id":...}
 *   a refusal: 400 with {"status":"ERROR","message":"Invalid API key. (002)"}; TTL 600 at least
 */
import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiOutcome, isDdnsOutcome, objectOf, restRecordUpdater } from '../rest-record';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';

/** Porkbun's own words in a refusal's body (`message`), or null. */
export function porkbunMessage(body: string): string | null {
  try {
    const m = objectOf(JSON.parse(body)).message;
    return typeof m === 'string' && m.trim() ? m.trim() : null;
  } catch {
    return null;
  }
}

/** The part of `name` under `domain` ("" for the domain itself). */
const subOf = (name: string, domain: string): string => (name === domain ? '' : name.slice(0, -domain.length - 1));

function createUpdater(r: DdnsRecordOf<'porkbun'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'Porkbun', label: `Porkbun ${r.name} ${r.type}` };
  const base = r.apiBase.replace(/\/+$/, '');
  const keys = { apikey: r.apiKey as string, secretapikey: r.secret as string };
  const sub = subOf(r.name, r.domain);
  const post = (path: string, more: Record<string, unknown> = {}) => ({
    method: 'POST' as const,
    url: `${base}${path}`,
    body: JSON.stringify({ ...keys, ...more }),
  });
  const fields = (address: string) => ({ content: address, type: r.type, ttl: String(r.ttl), name: sub });
  return restRecordUpdater<string>(r, deps, {
    ...api,
    message: porkbunMessage,
    refusedIn: (body) => (objectOf(body).status === 'SUCCESS' ? null : (porkbunMessage(JSON.stringify(body)) ?? '?')),
    async find(call) {
      const got = await call(post(`/dns/retrieveByNameType/${r.domain}/${r.type}/${sub}`));
      if (isDdnsOutcome(got)) return got;
      const records = objectOf(got).records;
      if (!Array.isArray(records)) return apiOutcome('retry', api, 'notApi');
      const rows = records.map(objectOf).filter((x) => typeof x.id === 'string' || typeof x.id === 'number');
      if (rows.length === 0) return null;
      if (rows.length > 1) return apiOutcome('stop', api, 'several', { count: rows.length });
      return { holds: [String(rows[0]!.content)], ref: String(rows[0]!.id) };
    },
    async write(call, found, address) {
      const done = await call(post(`/dns/edit/${r.domain}/${found.ref}`, fields(address)));
      return isDdnsOutcome(done) ? done : undefined;
    },
    async create(call, address) {
      const done = await call(post(`/dns/create/${r.domain}`, fields(address)));
      return isDdnsOutcome(done) ? done : undefined;
    },
  });
}

/** ddns-updater's porkbun entry (docs/porkbun.md): `domain` may be the host name itself; its registered domain is the zone. */
const fromDdnsUpdater: ImportsFrom = {
  names: ['porkbun'],
  fields: (e, name) => ({
    provider: 'porkbun',
    domain: getDomain(name) ?? name,
    name: name.replace(/^\*\./, ''),
    apiKey: e.api_key,
    secret: e.secret_api_key,
    ...(typeof e.ttl === 'number' ? { ttl: Math.max(600, e.ttl) } : {}),
  }),
};

/** ddns-go's porkbun entry: `id` is the API key, `secret` the secret key; the domain comes with the record. */
const fromDdnsGo: ImportsFrom = {
  names: ['porkbun'],
  fields: (e, name) => ({
    provider: 'porkbun',
    domain: getDomain(name) ?? name,
    name,
    apiKey: str(e.id) ?? str(e.ID),
    secret: str(e.secret) ?? str(e.Secret),
  }),
};

export const porkbun: DdnsProvider<'porkbun'> = {
  id: 'porkbun',
  label: 'Porkbun',
  create: createUpdater,
  fromDdnsUpdater,
  fromDdnsGo,
};
