/**
 * Gcore's DNS API v2 (https://gcore.com/docs/api-reference/dns: RRsets, "Get RRset", "Create
 * RRset", "Update RRset"; https://gcore.com/docs/developer-tools/rest-api/authentication and
 * .../error-handling), as jeessy2/ddns-go's dns/gcore.go sends it: a permanent API token as
 * `Authorization: APIKey <token>`; a record set (RRset) is named by its zone, its full name (the
 * zone's own for the apex) and its type, and holds resource records, each a `content` list.
 *
 *   GET  /zones/{zone}/{name}/{type}          -> {name,type,ttl,resource_records:[{id,content:[ip],enabled}]}
 *   PUT  /zones/{zone}/{name}/{type} {ttl,resource_records:[{content:[ip],enabled:true}]} -> the RRset
 *   POST /zones/{zone}/{name}/{type} (the same body) -> the RRset (made)
 *   a refusal: the DNS API's {"error":"..."} (404 "record is not found" / "zone is not found", 400),
 *   the platform's {"exception_class","message","request_id"} (401 "Bad permanent token: <its id>")
 *
 * ddns-go lists every RRset of the zone (GET /zones/{zone}/rrsets, one page) to find the one;
 * here it is read by its name and type. A record that is off (enabled false) is not served, so
 * it is not counted as held. The 401's words echo the token's first part: they are cut there.
 */
import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { recordSetUpdater } from '../record-set';
import { objectOf } from '../rest-record';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';

/** Gcore's own words in a refusal's body (the DNS API's `error`, else `message`), never a token's part. */
export function gcoreMessage(body: string): string | null {
  try {
    const b = objectOf(JSON.parse(body));
    const said = (str(b.error) ?? str(b.message))?.trim();
    return said ? said.replace(/(\btoken)\s*:.*$/i, '$1') : null;
  } catch {
    return null;
  }
}

/** The addresses an RRset's records serve: the first field of each one not switched off. */
const servedBy = (v: unknown): string[] | null =>
  Array.isArray(v)
    ? v
        .map(objectOf)
        .filter((rr) => rr.enabled !== false)
        .flatMap((rr) => (Array.isArray(rr.content) && typeof rr.content[0] === 'string' ? [rr.content[0]] : []))
    : null;

function createUpdater(r: DdnsRecordOf<'gcore'>, deps: DdnsDeps): DdnsUpdater {
  const rrset = (address: string) =>
    JSON.stringify({ ttl: r.ttl, resource_records: [{ content: [address], enabled: true }] });
  return recordSetUpdater(r, deps, {
    provider: 'Gcore',
    label: `Gcore ${r.name} ${r.type}`,
    message: gcoreMessage,
    headers: { authorization: `APIKey ${r.token as string}`, accept: 'application/json' },
    holdsIn: (set) => servedBy(set.resource_records),
    write: { method: 'PUT', body: rrset },
    create: { method: 'POST', body: rrset },
  });
}

/** ddns-go's gcore entry (dns/gcore.go): `secret` is the permanent API token; its TTL is 120 when unset. */
const fromDdnsGo: ImportsFrom = {
  names: ['gcore'],
  fields: (e, name) => {
    const ttl = Number(str(e.ttl) ?? e.ttl);
    return {
      provider: 'gcore',
      zone: str(e.zone) ?? getDomain(name) ?? name,
      name,
      token: str(e.secret),
      ttl: Number.isInteger(ttl) && ttl >= 1 ? ttl : 120,
    };
  },
};

export const gcore: DdnsProvider<'gcore'> = {
  id: 'gcore',
  label: 'Gcore',
  create: createUpdater,
  fromDdnsGo,
};
