/**
 * A stand-in for ZoneEdit's dynamic update (dynamic.zoneedit.com), from the answers ddclient's
 * zoneedit1 documents (nic_zoneedit1_update: <SUCCESS CODE="200" TEXT="Update succeeded."
 * ZONE=".." IP="..">, <SUCCESS CODE="201" TEXT="No records need updating.">, <ERROR CODE="701"
 * TEXT="Zone is not set up in this account.">), inadyn's plugins/zoneedit.c (707 for duplicated
 * updates) and qdm12/ddns-updater's internal/provider/providers/zoneedit/provider.go (708 "failed
 * login", 709 "invalid hostname", 702 "minimum 600 seconds between requests"; docs/zoneedit.md:
 * at least 10 minutes between updates). Every answer is HTTP 200 with one tag; basic auth with the
 * user name and the zone's token.
 *
 *   GET /auth/dynamic.html?host=NAME&dnsto=ADDRESS
 */
import { basicAuth, type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, type Zone } from '../ddns-zone';
import { setAddress, typeOf } from './one-request-zone';

export interface ZoneeditStandIn extends HttpStandIn {
  zone: Zone;
}

const tag = (kind: 'SUCCESS' | 'ERROR', attrs: Record<string, string>): Reply => ({
  status: 200,
  body: `<${kind} ${Object.entries(attrs)
    .map(([k, v]) => `${k}="${v}"`)
    .join(' ')}>\n`,
  headers: { 'content-type': 'text/html' },
});

/**
 * The account (`username`, `token`) holds the zone `zoneName`; `minIntervalMs` is ZoneEdit's 10
 * minutes between updates of a host (0: not kept, for the contract's quick succession), by `now`.
 */
export async function startZoneedit(
  zoneName: string,
  account: { username: string; token: string },
  o: { minIntervalMs?: number; now?: () => number } = {},
): Promise<ZoneeditStandIn> {
  const zone = createZone(zoneName);
  const last = new Map<string, number>();
  const now = o.now ?? (() => Date.now());
  const stand = await startHttpStandIn((req) => {
    if (req.method !== 'GET' || req.url.pathname !== '/auth/dynamic.html') return { status: 404, body: 'Not Found' };
    const auth = basicAuth(req.headers);
    if (!auth || auth[0] !== account.username || auth[1] !== account.token)
      return tag('ERROR', { CODE: '708', TEXT: 'Failed login', ZONE: '' });
    const host = (req.url.searchParams.get('host') ?? '').toLowerCase();
    const address = req.url.searchParams.get('dnsto') ?? '';
    const type = typeOf(address);
    if (!/^[a-z0-9.-]+$/.test(host) || !type) return tag('ERROR', { CODE: '709', TEXT: 'Invalid hostname', ZONE: '' });
    if (host !== zoneName && !host.endsWith(`.${zoneName}`))
      return tag('ERROR', { CODE: '701', TEXT: 'Zone is not set up in this account.', ZONE: host });
    const at = last.get(host);
    if (o.minIntervalMs && at !== undefined && now() - at < o.minIntervalMs)
      return tag('ERROR', { CODE: '702', TEXT: 'Minimum 600 seconds between requests', ZONE: zoneName });
    last.set(host, now());
    if (setAddress(zone, host, type, address) === 'unchanged')
      return tag('SUCCESS', { CODE: '201', TEXT: 'No records need updating.', ZONE: zoneName });
    return tag('SUCCESS', { CODE: '200', TEXT: 'Update succeeded.', ZONE: zoneName, IP: address });
  });
  return Object.assign(stand, { zone });
}
