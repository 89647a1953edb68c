/**
 * A stand-in for netcup's CCP DNS API, from its documentation
 * (https://ccp.netcup.net/run/webservice/servers/endpoint.php, https://helpcenter.netcup.com/en/wiki/general/our-api)
 * and qdm12/ddns-updater's request code (internal/provider/providers/netcup/{login,info,update,json}.go):
 * one endpoint, POST endpoint.php?JSON of `{"action","param"}`; every answer HTTP 200 with
 * `{serverrequestid, clientrequestid, action, status, statuscode, shortmessage, longmessage, responsedata}`.
 * Its quirks: login answers 2000 "Login successful" with responsedata.apisessionid; a wrong API
 * key is refused with 4013 "Validation Error." and the misleading "More than 180 requests per
 * minute" words (nbuchwitz/nc_dnsapi issue 5); a session that is not one is 4001 "The session id
 * is not in a valid format." (nc_dnsapi issue 9); host names are relative ("@" the domain);
 * updateDnsRecords makes a record given without an id and answers with the zone's whole set; an id
 * it does not hold is refused. The TTL is the zone's, not a record's (300 here).
 */
import { randomUUID } from 'node:crypto';

import { type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, fullName, type Zone, type ZoneRecord } from '../ddns-zone';

export interface NetcupStandIn extends HttpStandIn {
  zone: Zone;
  /** Sessions open now (a login not yet logged out). */
  sessions: Set<string>;
}

export interface NetcupKeys {
  customerNumber: string;
  apiKey: string;
  password: string;
}

const answer = (
  action: string,
  status: 'success' | 'error',
  code: number,
  short: string,
  long: string,
  data: unknown = '',
): Reply => ({
  status: 200,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    serverrequestid: randomUUID().slice(0, 18),
    clientrequestid: '',
    action,
    status,
    statuscode: code,
    shortmessage: short,
    longmessage: long,
    responsedata: data,
  }),
});

const RATE_WORDS =
  'More than 180 requests per minute. Please wait and retry later. Please contact our customer service to find out if the limitation of requests can be increased.';

export async function startNetcup(keys: NetcupKeys, domain: string): Promise<NetcupStandIn> {
  const zone = createZone(domain);
  const sessions = new Set<string>();
  const shown = (r: ZoneRecord) => ({
    id: r.id,
    hostname: r.name === domain ? '@' : r.name.slice(0, -domain.length - 1),
    type: r.type,
    priority: '0',
    destination: r.content,
    deleterecord: false,
    state: 'yes',
  });
  const set = () => ({ dnsrecords: [...zone.records.values()].map(shown) });

  const stand = await startHttpStandIn((req) => {
    if (req.method !== 'POST' || req.url.search !== '?JSON') return { status: 404, body: 'Not Found' };
    let action = '';
    let p: Record<string, unknown> = {};
    try {
      const b = JSON.parse(req.body) as { action?: unknown; param?: Record<string, unknown> };
      action = String(b.action ?? '');
      p = b.param ?? {};
    } catch {
      return answer('', 'error', 4013, 'Validation Error.', 'The request is not valid JSON.');
    }
    if (p.customernumber !== keys.customerNumber || p.apikey !== keys.apiKey)
      return answer(action, 'error', 4013, 'Validation Error.', RATE_WORDS);
    if (action === 'login') {
      if (p.apipassword !== keys.password)
        return answer(
          action,
          'error',
          4013,
          'Validation Error.',
          'The login failed. Api key or api password is invalid.',
        );
      const id = randomUUID().replace(/-/g, '');
      sessions.add(id);
      return answer(action, 'success', 2000, 'Login successful', 'Session has been created successful.', {
        apisessionid: id,
      });
    }
    if (typeof p.apisessionid !== 'string' || !sessions.has(p.apisessionid))
      return answer(
        action,
        'error',
        4001,
        'Api session id in invalid format',
        'The session id is not in a valid format.',
      );
    if (action === 'logout') {
      sessions.delete(p.apisessionid);
      return answer(action, 'success', 2000, 'Logout successful', 'Session has been terminated successful.');
    }
    if (p.domainname !== domain)
      return answer(action, 'error', 5029, 'Can not get DNS records for zone.', 'Domain not found.');
    if (action === 'infoDnsRecords')
      return answer(action, 'success', 2000, 'DNS records found', 'DNS Records for this zone were found.', set());
    if (action !== 'updateDnsRecords') return answer(action, 'error', 4013, 'Validation Error.', 'Unknown action.');
    const rows = (p.dnsrecordset as { dnsrecords?: unknown } | undefined)?.dnsrecords;
    if (!Array.isArray(rows) || rows.length === 0)
      return answer(action, 'error', 4013, 'Validation Error.', 'Value in field dnsrecordset is missing.');
    for (const row of rows as Record<string, unknown>[]) {
      const { id, hostname, type, destination } = row;
      if (typeof hostname !== 'string' || (type !== 'A' && type !== 'AAAA') || typeof destination !== 'string')
        return answer(action, 'error', 4013, 'Validation Error.', 'Value in field dnsrecord is not valid.');
      const name = fullName(hostname, domain);
      if (id === undefined || id === '') {
        zone.add({ name, type, content: destination, ttl: 300 });
      } else {
        const r = zone.records.get(String(id));
        if (!r) return answer(action, 'error', 5028, 'Record not found.', 'The DNS record does not exist.');
        Object.assign(r, { name, type, content: destination });
      }
      zone.writes++;
    }
    return answer(
      action,
      'success',
      2000,
      'DNS records successful updated',
      'The DNS records have been successful updated.',
      set(),
    );
  });
  return Object.assign(stand, { zone, sessions });
}
