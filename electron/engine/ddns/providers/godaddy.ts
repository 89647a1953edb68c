/**
 * GoDaddy's Domains API v1 (https://developer.godaddy.com/doc/endpoint/domains: recordGet,
 * recordReplaceTypeName), as qdm12/ddns-updater's internal/provider/providers/godaddy/provider.go
 * and jeessy2/ddns-go's dns/godaddy.go send it: `Authorization: sso-key KEY:SECRET`; the record set
 * is named relative to the domain ("@" for the domain itself). A PUT replaces every record of the
 * name and type, and makes them when there are none.
 *
 *   GET /v1/domains/{domain}/records/{type}/{name}           -> [{data,name,ttl,type}] ([] for none)
 *   PUT /v1/domains/{domain}/records/{type}/{name} [{data,ttl}] -> 200, an empty body
 *   a refusal: {"code":"UNABLE_TO_AUTHENTICATE","message":"..."} (401), 403 ACCESS_DENIED for an
 *   account GoDaddy keeps out of the API, 404 UNKNOWN_DOMAIN, 422 INVALID_BODY; TTL 600 at least;
 *   60 requests a minute (429 TOO_MANY_REQUESTS with retryAfterSec)
 */
import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiOutcome, isDdnsOutcome, type JsonCall, objectOf, restRecordUpdater } from '../rest-record';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';

/** GoDaddy's own words in a refusal's body (`message`, else its `code`), or null. */
export function godaddyMessage(body: string): string | null {
  try {
    const b = objectOf(JSON.parse(body));
    return str(typeof b.message === 'string' ? b.message.trim() : undefined) ?? str(b.code) ?? null;
  } catch {
    return null;
  }
}

function createUpdater(r: DdnsRecordOf<'godaddy'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'GoDaddy', label: `GoDaddy ${r.name} ${r.type}` };
  const sub = r.name === r.domain ? '@' : r.name.slice(0, -r.domain.length - 1);
  const url = `${r.apiBase.replace(/\/+$/, '')}/v1/domains/${r.domain}/records/${r.type}/${sub}`;
  const put = async (call: JsonCall, address: string) => {
    const done = await call({ method: 'PUT', url, body: JSON.stringify([{ data: address, ttl: r.ttl }]) });
    return isDdnsOutcome(done) ? done : undefined;
  };
  return restRecordUpdater<null>(r, deps, {
    ...api,
    message: godaddyMessage,
    headers: { authorization: `sso-key ${r.apiKey as string}:${r.secret as string}`, accept: 'application/json' },
    async find(call) {
      const got = await call({ method: 'GET', url });
      if (isDdnsOutcome(got)) return got;
      if (!Array.isArray(got)) return apiOutcome('retry', api, 'notApi');
      const values = got.map((x) => objectOf(x).data).filter((d): d is string => typeof d === 'string');
      return values.length ? { holds: values, ref: null } : null;
    },
    write: (call, _found, address) => put(call, address),
    create: put,
  });
}

const ttlOf = (v: unknown): { ttl?: number } => {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? { ttl: Math.min(604_800, Math.max(600, n)) } : {};
};

/** ddns-updater's godaddy entry (docs/godaddy.md): `domain` (the host name), `key`, `secret`. */
const fromDdnsUpdater: ImportsFrom = {
  names: ['godaddy'],
  fields: (e, name) => ({
    provider: 'godaddy',
    domain: getDomain(name) ?? name,
    name: name.replace(/^\*\./, ''),
    apiKey: e.key,
    secret: e.secret,
  }),
};

/** ddns-go's godaddy entry (dns/godaddy.go): `id` is the key, `secret` the secret; its TTL (600 when unset). */
const fromDdnsGo: ImportsFrom = {
  names: ['godaddy'],
  fields: (e, name) => ({
    provider: 'godaddy',
    domain: str(e.zone) ?? getDomain(name) ?? name,
    name,
    apiKey: str(e.id) ?? str(e.ID),
    secret: str(e.secret) ?? str(e.Secret),
    ...ttlOf(e.ttl),
  }),
};

export const godaddy: DdnsProvider<'godaddy'> = {
  id: 'godaddy',
  label: 'GoDaddy',
  create: createUpdater,
  fromDdnsUpdater,
  fromDdnsGo,
};
