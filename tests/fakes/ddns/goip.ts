/**
 * A stand-in for GoIP's router update address (https://www.goip.de: `GET /setip` with
 * `subdomain`, `username`, `password`, `shortResponse=true` and `ip` or `ip6`), from
 * qdm12/ddns-updater's request code (internal/provider/providers/goip/provider.go) and the answers
 * it reads, all with 200: `NAME (IP)` when set (the same whether it changed or not), and
 * `zugriff verweigert` for a user, a password or a name the account does not hold.
 */
import { type HttpStandIn, startHttpStandIn } from '../ddns-http';
import { createZone, type Zone } from '../ddns-zone';
import { setAddress, typeOf } from './one-request-zone';

export interface GoipStandIn extends HttpStandIn {
  zone: Zone;
}

export async function startGoip(
  zoneName: string,
  account: { username: string; password: string; names: string[] },
): Promise<GoipStandIn> {
  const zone = createZone(zoneName);
  const stand = await startHttpStandIn((req) => {
    const q = req.url.searchParams;
    if (req.url.pathname !== '/setip') return { status: 404, body: 'Not Found' };
    const name = (q.get('subdomain') ?? '').toLowerCase();
    const known = q.get('username') === account.username && q.get('password') === account.password;
    if (!known || !account.names.includes(name)) return { status: 200, body: 'zugriff verweigert' };
    const [param, type] = q.has('ip6') ? (['ip6', 'AAAA'] as const) : (['ip', 'A'] as const);
    const address = q.get(param) ?? '';
    if (typeOf(address) !== type) return { status: 200, body: 'ungueltige IP' };
    setAddress(zone, name, type, address);
    return { status: 200, body: `${name} (${address})` };
  });
  return Object.assign(stand, { zone });
}
