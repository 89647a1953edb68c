/**
 * A stand-in for Domain Discount 24's Dynamic DNS at Key-Systems
 * (https://dynamicdns.key-systems.net: `GET /update.php` with `hostname`, `password` and `ip`),
 * from dd24's FAQ (https://www.domaindiscount24.com/faq/en/dynamic-dns) and qdm12/ddns-updater's
 * request code (internal/provider/providers/dd24/provider.go) and the answers it reads, all with
 * 200: `success` when set (the same whether it changed or not), and `authorization failed` for a
 * password or a name outside the domain whose Dynamic DNS the password is for. The address goes
 * in `ip` for either family.
 */
import { type HttpStandIn, startHttpStandIn } from '../ddns-http';
import { createZone, type Zone } from '../ddns-zone';
import { setAddress, typeOf } from './one-request-zone';

export interface Dd24StandIn extends HttpStandIn {
  zone: Zone;
}

export async function startDd24(domain: string, password: string): Promise<Dd24StandIn> {
  const zone = createZone(domain);
  const stand = await startHttpStandIn((req) => {
    const q = req.url.searchParams;
    if (req.url.pathname !== '/update.php') return { status: 404, body: 'Not Found' };
    const name = (q.get('hostname') ?? '').toLowerCase();
    const inDomain = name === domain || name.endsWith(`.${domain}`);
    if (!inDomain || q.get('password') !== password) return { status: 200, body: 'authorization failed' };
    const address = q.get('ip') ?? '';
    const type = typeOf(address);
    if (!type) return { status: 200, body: 'invalid ip' };
    setAddress(zone, name, type, address);
    return { status: 200, body: 'success' };
  });
  return Object.assign(stand, { zone });
}
