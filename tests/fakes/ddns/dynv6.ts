/**
 * A stand-in for dynv6's Update API, from its documentation (https://dynv6.com/docs/apis:
 * `GET /api/update` with `zone` (or `hostname`), `token`, `ipv4`, `ipv6`) and qdm12/ddns-updater's
 * request code (internal/provider/providers/dynv6/provider.go); ddns-go's dns/dynv6.go uses the
 * same token. Its answers, as dynv6 writes them: 200 `addresses updated` or `addresses unchanged`,
 * 401 `invalid authentication token`, 404 `zone not found`. The zone's own name holds its addresses.
 */
import { type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, type Zone } from '../ddns-zone';
import { setAddress, typeOf } from './one-request-zone';

export interface Dynv6StandIn extends HttpStandIn {
  zone: Zone;
}

const text = (status: number, body: string): Reply => ({ status, body });

export async function startDynv6(token: string, zoneName: string): Promise<Dynv6StandIn> {
  const zone = createZone(zoneName);
  const stand = await startHttpStandIn((req) => {
    const q = req.url.searchParams;
    if (req.url.pathname !== '/api/update') return text(404, 'not found');
    if (q.get('token') !== token) return text(401, 'invalid authentication token');
    const name = (q.get('zone') ?? q.get('hostname') ?? q.get('Hostname') ?? '').toLowerCase();
    if (name !== zoneName) return text(404, 'zone not found');
    const sets = (['ipv4', 'ipv6'] as const).filter((k) => q.get(k));
    const results = sets.map((k) => {
      const address = q.get(k)!;
      const type = typeOf(address);
      return type === (k === 'ipv4' ? 'A' : 'AAAA') ? setAddress(zone, zoneName, type, address) : 'bad';
    });
    if (results.includes('bad')) return text(400, 'invalid ip address');
    return text(200, results.includes('updated') ? 'addresses updated' : 'addresses unchanged');
  });
  return Object.assign(stand, { zone });
}
