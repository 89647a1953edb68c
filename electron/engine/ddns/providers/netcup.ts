/**
 * netcup's CCP DNS API (https://ccp.netcup.net/run/webservice/servers/endpoint.php, the help at
 * https://helpcenter.netcup.com/en/wiki/general/our-api), as qdm12/ddns-updater's
 * internal/provider/providers/netcup/{login,info,update,json}.go sends it: every call a POST of
 * `{"action":...,"param":{...}}` to endpoint.php?JSON, the keys in the body (never the address).
 * netcup answers HTTP 200 for a refusal too, with its words in the body:
 *
 *   login            customernumber, apikey, apipassword     -> responsedata {apisessionid}
 *   infoDnsRecords   customernumber, apikey, apisessionid, domainname -> {dnsrecords:[{id,hostname,type,destination,...}]}
 *   updateDnsRecords ... , dnsrecordset {dnsrecords:[{id?,hostname,type,destination,...}]} (no id: made)
 *   logout           customernumber, apikey, apisessionid
 *   every answer     {status:"success"|"error", statuscode, shortmessage, longmessage, responsedata}
 *   a refusal        e.g. {status:"error", statuscode:4013, shortmessage:"Validation Error.", longmessage:...}
 *
 * A session is made for each look and each write and closed right after (a bounded logout whose
 * answer changes nothing), as ddns-updater logs in for each update. The host name is relative to
 * the domain, "@" for the domain itself. netcup keeps one TTL for the zone: none is sent.
 */
import { getDomain } from 'tldts';

import type { DdnsOutcome, DdnsRecordOf } from '../../../../shared/settings/ddns';
import type { ImportsFrom } from '../import-entry';
import { apiOutcome, isDdnsOutcome, type JsonCall, objectOf, restRecordUpdater } from '../rest-record';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from '../types';

/** netcup's own words in an answer of status "error" (its longmessage, else its shortmessage), or null. */
export function netcupSaid(body: unknown): string | null {
  const b = objectOf(body);
  if (b.status !== 'error') return null;
  for (const m of [b.longmessage, b.shortmessage]) if (typeof m === 'string' && m.trim()) return m.trim();
  return 'error';
}

/** The host under `domain` as netcup names it: "@" for the domain itself. */
export const netcupHost = (name: string, domain: string): string =>
  name === domain ? '@' : name.slice(0, -domain.length - 1);

function createUpdater(r: DdnsRecordOf<'netcup'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'netcup', label: `netcup ${r.name} ${r.type}` };
  const url = `${r.apiBase.replace(/\/+$/, '')}?JSON`;
  const host = netcupHost(r.name, r.domain);
  const id = { customernumber: r.customerNumber, apikey: r.apiKey as string };
  const post = (action: string, param: Record<string, unknown>) => ({
    method: 'POST' as const,
    url,
    headers: { accept: 'application/json' },
    body: JSON.stringify({ action, param: { ...id, ...param } }),
  });

  /** Logs in, runs `fn` with the session, and logs out whatever `fn` came to. */
  async function inSession<T>(call: JsonCall, fn: (session: string) => Promise<T>): Promise<T | DdnsOutcome> {
    const got = await call(post('login', { apipassword: r.password as string }));
    if (isDdnsOutcome(got)) return got;
    const session = objectOf(objectOf(got).responsedata).apisessionid;
    if (typeof session !== 'string' || session === '') return apiOutcome('retry', api, 'notApi');
    try {
      return await fn(session);
    } finally {
      await call(post('logout', { apisessionid: session }));
    }
  }

  const records = async (call: JsonCall, action: string, param: Record<string, unknown>) => {
    const got = await call(post(action, { ...param, domainname: r.domain }));
    if (isDdnsOutcome(got)) return got;
    const rows = objectOf(objectOf(got).responsedata).dnsrecords;
    return Array.isArray(rows) ? rows.map(objectOf) : apiOutcome('retry', api, 'notApi');
  };

  const put = (call: JsonCall, row: Record<string, unknown>) =>
    inSession(call, async (apisessionid) => {
      const done = await records(call, 'updateDnsRecords', { apisessionid, dnsrecordset: { dnsrecords: [row] } });
      return isDdnsOutcome(done) ? done : undefined;
    });

  return restRecordUpdater<Record<string, unknown>>(r, deps, {
    ...api,
    message: (body) => {
      try {
        return netcupSaid(JSON.parse(body));
      } catch {
        return null;
      }
    },
    refusedIn: netcupSaid,
    find: (call) =>
      inSession(call, async (apisessionid) => {
        const rows = await records(call, 'infoDnsRecords', { apisessionid });
        if (isDdnsOutcome(rows)) return rows;
        const mine = rows.filter((x) => x.type === r.type && String(x.hostname ?? '').toLowerCase() === host);
        if (mine.length === 0) return null;
        if (mine.length > 1) return apiOutcome('stop', api, 'several', { count: mine.length });
        return { holds: [String(mine[0]!.destination)], ref: mine[0]! };
      }),
    write: (call, found, address) => put(call, { ...found.ref, destination: address, deleterecord: false }),
    create: (call, address) =>
      put(call, { hostname: host, type: r.type, priority: '', destination: address, deleterecord: false }),
  });
}

/** ddns-updater's netcup entry (docs/netcup.md): `domain` is the host name (its registered domain the zone), `customer_number`, `api_key`, `password`. */
const fromDdnsUpdater: ImportsFrom = {
  names: ['netcup'],
  fields: (e, name) => ({
    provider: 'netcup',
    domain: getDomain(name) ?? name,
    name: name.replace(/^\*\./, ''),
    customerNumber: e.customer_number,
    apiKey: e.api_key,
    password: e.password,
  }),
};

export const netcup: DdnsProvider<'netcup'> = {
  id: 'netcup',
  label: 'netcup',
  create: createUpdater,
  fromDdnsUpdater,
};
