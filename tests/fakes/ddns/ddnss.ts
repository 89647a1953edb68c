/**
 * A stand-in for ddnss.de's update address (https://www.ddnss.de: `GET /upd.php` with `key`, or
 * `user` and `pwd`, with `host` and `ip` or `ip6`), from its documentation
 * (https://ddnss.de/info.php) and qdm12/ddns-updater's request code
 * (internal/provider/providers/ddnss/provider.go) and the answers it reads, all with 200 in an
 * HTML page: "Updated 1 hostname." when set (the same whether it changed or not), `badauth` for
 * a key or a login it does not know, `notfqdn` for a host the account does not hold (a host is
 * made once on the site; an update sets the address of either family on it).
 */
import { type HttpStandIn, startHttpStandIn } from '../ddns-http';
import { createZone, type Zone } from '../ddns-zone';
import { setAddress, typeOf } from './one-request-zone';

export interface DdnssStandIn extends HttpStandIn {
  zone: Zone;
}

const page = (words: string) =>
  `<!DOCTYPE html><html><head><title>DDNSS.de - Update</title></head><body>${words}<br /></body></html>`;

export async function startDdnss(
  zoneName: string,
  account: { key: string; user: string; pwd: string; hosts: string[] },
): Promise<DdnssStandIn> {
  const zone = createZone(zoneName);
  const stand = await startHttpStandIn((req) => {
    const q = req.url.searchParams;
    if (req.url.pathname !== '/upd.php') return { status: 404, body: 'Not Found' };
    const byKey = q.has('key') && q.get('key') === account.key;
    const byLogin = q.get('user') === account.user && q.get('pwd') === account.pwd;
    if (!byKey && !byLogin) return { status: 200, body: page('badauth') };
    const host = (q.get('host') ?? '').toLowerCase();
    if (!account.hosts.includes(host)) return { status: 200, body: page('notfqdn') };
    const [param, type] = q.has('ip6') ? (['ip6', 'AAAA'] as const) : (['ip', 'A'] as const);
    const address = q.get(param) ?? '';
    if (typeOf(address) !== type) return { status: 200, body: page('badysys') };
    setAddress(zone, host, type, address);
    return { status: 200, body: page('Updated 1 hostname.') };
  });
  return Object.assign(stand, { zone });
}
