/**
 * A stand-in for easyDNS's dynamic update, from its client specification
 * (http://support.easydns.com/tutorials/dynamicUpdateSpecs.php: hostname, myip) and the codes
 * ddclient's nic_easydns_update and qdm12/ddns-updater's
 * internal/provider/providers/easydns/provider.go read (NOERROR, NOACCESS, NOSERVICE, ILLEGAL
 * INPUT, TOOSOON), each in a short HTML page with HTTP 200, as ddclient strips tags before it
 * reads the code. Basic auth with the user name and the dynamic authenticated token; a host
 * outside the account's domain, or not one of its dynamic records (made in the control panel,
 * fusion.easydns.com's setup steps), is NOACCESS (ddclient's "host or domain are wrong"); a
 * domain without dynamic DNS on is NOSERVICE; the same answer whether the address changed or not.
 *
 *   GET /dyn/generic.php?hostname=NAME&myip=ADDRESS
 */
import { basicAuth, type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, type Zone } from '../ddns-zone';
import { setAddress, typeOf } from './one-request-zone';

export interface EasydnsStandIn extends HttpStandIn {
  zone: Zone;
  /** Dynamic DNS switched on for the domain (else NOSERVICE). */
  dynamic: boolean;
}

const page = (code: string): Reply => ({
  status: 200,
  body: `<html><head><title>easyDNS</title></head><body>${code}</body></html>\n`,
  headers: { 'content-type': 'text/html' },
});

export async function startEasydns(
  zoneName: string,
  account: { username: string; token: string },
): Promise<EasydnsStandIn> {
  const zone = createZone(zoneName);
  const holder: { stand?: EasydnsStandIn } = {};
  const base = await startHttpStandIn((req) => {
    if (req.method !== 'GET' || req.url.pathname !== '/dyn/generic.php') return { status: 404, body: 'Not Found' };
    const auth = basicAuth(req.headers);
    const host = (req.url.searchParams.get('hostname') ?? '').toLowerCase();
    const dynamicRecord = [...zone.records.values()].some((r) => r.name === host);
    if (!auth || auth[0] !== account.username || auth[1] !== account.token || !dynamicRecord) return page('NOACCESS');
    if (!holder.stand?.dynamic) return page('NOSERVICE');
    const address = req.url.searchParams.get('myip') ?? '';
    const type = typeOf(address);
    if (!type) return page('ILLEGAL INPUT');
    setAddress(zone, host, type, address);
    return page('NOERROR');
  });
  holder.stand = Object.assign(base, { zone, dynamic: true });
  return holder.stand;
}
