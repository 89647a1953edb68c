/**
 * A stand-in for myaddr.tools's update address (https://myaddr.tools: `POST /update`, a form with
 * `key` and `ip`), from its site and qdm12/ddns-updater's request code
 * (internal/provider/providers/myaddr/provider.go) and the statuses it reads: 200 "OK" when set
 * (the same whether it changed or not), 404 for a key no name has, 400 for a request it cannot
 * take (no form body, no key, an address that is not one). The key names the name it updates.
 */
import { type HttpStandIn, startHttpStandIn } from '../ddns-http';
import { createZone, type Zone } from '../ddns-zone';
import { setAddress, typeOf } from './one-request-zone';

export interface MyaddrStandIn extends HttpStandIn {
  zone: Zone;
}

export async function startMyaddr(zoneName: string, keys: Record<string, string>): Promise<MyaddrStandIn> {
  const zone = createZone(zoneName);
  const stand = await startHttpStandIn((req) => {
    if (req.url.pathname !== '/update') return { status: 404, body: 'Not Found' };
    if (req.method !== 'POST') return { status: 405, body: 'Method Not Allowed' };
    if (!String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded'))
      return { status: 400, body: 'Bad Request' };
    const form = new URLSearchParams(req.body);
    const key = form.get('key') ?? '';
    const address = form.get('ip') ?? '';
    const type = typeOf(address);
    if (key === '' || !type) return { status: 400, body: 'Bad Request' };
    const name = keys[key];
    if (!name) return { status: 404, body: 'Not Found' };
    setAddress(zone, name, type, address);
    return { status: 200, body: 'OK' };
  });
  return Object.assign(stand, { zone });
}
