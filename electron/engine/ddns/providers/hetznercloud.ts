/**
 * Hetzner's Cloud API for DNS (https://docs.hetzner.cloud/reference/cloud#tag/zone-rrsets), as
 * qdm12/ddns-updater's internal/provider/providers/hetznercloud/ (getrecord.go, setrecord.go,
 * createrrset.go) sends it: a Bearer token; a record set (RRSet) is named relative to the zone
 * ("@" for the zone itself) and the zone by its name. A change is an action, answered at once;
 * an action already "error" is a refusal, a "running" one is done as far as the API says (the
 * proof at the zone's servers tells when it is served).
 *
 *   GET  /zones/{zone}/rrsets?name=&type=                      -> {rrsets:[{name,type,ttl,records:[{value}]}]}
 *   POST /zones/{zone}/rrsets/{name}/{type}/actions/set_records {records:[{value}]} -> 201 {action}
 *   POST /zones/{zone}/rrsets  {name,type,ttl?,records:[{value}]}                  -> 201 {rrset,action}
 *   a refusal: 401 {"error":{"code":"unauthorized","message":"..."}}; 429 rate_limit_exceeded
 */
import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiOutcome, isDdnsOutcome, objectOf, restRecordUpdater } from '../rest-record';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';

/** Hetzner's own words in a refusal's body (`error.message`), or null. */
export function hetznerCloudMessage(body: string): string | null {
  try {
    const m = objectOf(objectOf(JSON.parse(body)).error).message;
    return typeof m === 'string' && m.trim() ? m.trim() : null;
  } catch {
    return null;
  }
}

/** An action that already failed (`action.status` "error"): its words; else null. */
function actionRefused(body: unknown): string | null {
  const action = objectOf(objectOf(body).action);
  if (action.status !== 'error') return null;
  return str(objectOf(action.error).message) ?? 'the change failed';
}

/** The RRSet name of `name` in `zone`: "@" for the zone itself. */
const relative = (name: string, zone: string): string => (name === zone ? '@' : name.slice(0, -zone.length - 1));

function createUpdater(r: DdnsRecordOf<'hetznercloud'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'Hetzner', label: `Hetzner ${r.name} ${r.type}` };
  const base = r.apiBase.replace(/\/+$/, '');
  const sub = relative(r.name, r.zone);
  const zone = `${base}/zones/${encodeURIComponent(r.zone)}`;
  const records = (address: string) => [{ value: address }];
  return restRecordUpdater<null>(r, deps, {
    ...api,
    message: hetznerCloudMessage,
    refusedIn: actionRefused,
    headers: { authorization: `Bearer ${r.token as string}`, accept: 'application/json' },
    async find(call) {
      const query = new URLSearchParams({ name: sub, type: r.type });
      const got = await call({ method: 'GET', url: `${zone}/rrsets?${query}` });
      if (isDdnsOutcome(got)) return got;
      const sets = objectOf(got).rrsets;
      if (!Array.isArray(sets)) return apiOutcome('retry', api, 'notApi');
      const set = sets.map(objectOf).find((s) => s.name === sub && s.type === r.type);
      if (!set) return null;
      const values = Array.isArray(set.records) ? set.records.map((x) => String(objectOf(x).value)) : [];
      return { holds: values, ref: null };
    },
    async write(call, _found, address) {
      const url = `${zone}/rrsets/${encodeURIComponent(sub)}/${r.type}/actions/set_records`;
      const done = await call({ method: 'POST', url, body: JSON.stringify({ records: records(address) }) });
      return isDdnsOutcome(done) ? done : undefined;
    },
    async create(call, address) {
      const set = {
        name: sub,
        type: r.type,
        ...(r.ttl === undefined ? {} : { ttl: r.ttl }),
        records: records(address),
      };
      const done = await call({ method: 'POST', url: `${zone}/rrsets`, body: JSON.stringify(set) });
      return isDdnsOutcome(done) ? done : undefined;
    },
  });
}

/** ddns-updater's hetznercloud entry (docs/hetznercloud.md): `domain` (the host name), `token`, `ttl`. */
const fromDdnsUpdater: ImportsFrom = {
  names: ['hetznercloud'],
  fields: (e, name) => {
    const host = name.replace(/^\*\./, '');
    return {
      provider: 'hetznercloud',
      zone: getDomain(host) ?? host,
      name: host,
      token: e.token,
      ...(typeof e.ttl === 'number' && e.ttl > 0 ? { ttl: Math.max(60, e.ttl) } : {}),
    };
  },
};

export const hetznercloud: DdnsProvider<'hetznercloud'> = {
  id: 'hetznercloud',
  label: 'Hetzner Cloud DNS',
  create: createUpdater,
  fromDdnsUpdater,
};
