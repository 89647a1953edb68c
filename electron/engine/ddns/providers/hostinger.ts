/**
 * Hostinger's DNS API v1 (https://developers.hostinger.com/#tag/dns-zone: "Get DNS records",
 * "Update DNS records"), as qdm12/ddns-updater's internal/provider/providers/hostinger/provider.go
 * sends it: a Bearer token; the zone's records are read and written whole by the domain, each set
 * named relative to it ("@" for the domain itself). A PUT with `overwrite: true` replaces the sets
 * it names (and makes one that is missing); without it, Hostinger's docs say, records are updated
 * and new ones added, so the old address could stay beside the new one.
 *
 *   GET /zones/{domain}  -> [{name,type,ttl,records:[{content,is_disabled}]}]
 *   PUT /zones/{domain}  {overwrite:true,zone:[{name,type,ttl,records:[{content}]}]} -> 200 {"message":"Request accepted"}
 *   a refusal: {"error":"...","correlation_id":"..."} (401, 404); 422 {"message","errors":{field:[...]}}
 */
import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiOutcome, isDdnsOutcome, type JsonCall, objectOf, restRecordUpdater } from '../rest-record';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';

/** Hostinger's own words in a refusal's body (`error` or `message`, then the first of `errors`), or null. */
export function hostingerMessage(body: string): string | null {
  try {
    const b = objectOf(JSON.parse(body));
    const first = Object.values(objectOf(b.errors)).flat()[0];
    const head = str(b.error) ?? str(b.message);
    const detail = str(first);
    if (head && detail) return `${head.replace(/\.$/, '')}: ${detail}`;
    return head ?? detail ?? null;
  } catch {
    return null;
  }
}

function createUpdater(r: DdnsRecordOf<'hostinger'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'Hostinger', label: `Hostinger ${r.name} ${r.type}` };
  const url = `${r.apiBase.replace(/\/+$/, '')}/zones/${r.domain}`;
  const sub = r.name === r.domain ? '@' : r.name.slice(0, -r.domain.length - 1);
  const put = async (call: JsonCall, address: string) => {
    const zone = [{ name: sub, type: r.type, ttl: r.ttl, records: [{ content: address }] }];
    const done = await call({ method: 'PUT', url, body: JSON.stringify({ overwrite: true, zone }) });
    return isDdnsOutcome(done) ? done : undefined;
  };
  return restRecordUpdater<null>(r, deps, {
    ...api,
    message: hostingerMessage,
    headers: { authorization: `Bearer ${r.token as string}`, accept: 'application/json' },
    async find(call) {
      const got = await call({ method: 'GET', url });
      if (isDdnsOutcome(got)) return got;
      if (!Array.isArray(got)) return apiOutcome('retry', api, 'notApi');
      const set = got
        .map(objectOf)
        .find((s) => s.type === r.type && (s.name === sub || (sub === '@' && s.name === '')));
      const rows = Array.isArray(set?.records) ? set.records.map(objectOf) : [];
      const holds = rows.filter((x) => x.is_disabled !== true).map((x) => String(x.content));
      return holds.length ? { holds, ref: null } : null;
    },
    write: (call, _found, address) => put(call, address),
    create: put,
  });
}

/** ddns-updater's hostinger entry (docs/hostinger.md): `domain` (the host name), `token`, `ttl` (14400 unset). */
const fromDdnsUpdater: ImportsFrom = {
  names: ['hostinger'],
  fields: (e, name) => {
    const host = name.replace(/^\*\./, '');
    const ttl = Number(e.ttl);
    return {
      provider: 'hostinger',
      domain: getDomain(host) ?? host,
      name: host,
      token: e.token,
      ttl: Number.isInteger(ttl) && ttl > 0 ? Math.min(86_400, Math.max(60, ttl)) : 14_400,
    };
  },
};

export const hostinger: DdnsProvider<'hostinger'> = {
  id: 'hostinger',
  label: 'Hostinger',
  create: createUpdater,
  fromDdnsUpdater,
};
