/**
 * A stand-in for Njalla's dynamic DNS (https://njal.la/docs/ddns/: `GET /update/?h=NAME&k=KEY`
 * with `a=` or `aaaa=`), from qdm12/ddns-updater's request code
 * (internal/provider/providers/njalla/provider.go) and the answers it reads: 200
 * `{"status":200,"message":"record updated","value":{"A":...}}`, the same whether the record
 * changed or not; 401 with a `message` for a wrong key. Each key belongs to one dynamic record.
 */
import { type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, type Zone } from '../ddns-zone';
import { setAddress, typeOf } from './one-request-zone';

export interface NjallaStandIn extends HttpStandIn {
  zone: Zone;
}

const json = (status: number, body: Record<string, unknown>): Reply => ({
  status,
  body: JSON.stringify({ status, ...body }),
});

/** `keys`: each dynamic record's key and its name. */
export async function startNjalla(zoneName: string, keys: Record<string, string>): Promise<NjallaStandIn> {
  const zone = createZone(zoneName);
  const stand = await startHttpStandIn((req) => {
    const q = req.url.searchParams;
    if (req.url.pathname !== '/update/') return json(404, { message: 'not found' });
    const name = q.get('h') ?? '';
    if (!name || keys[q.get('k') ?? ''] !== name) return json(401, { message: 'invalid key' });
    const value: Record<string, string> = {};
    for (const [param, type] of [
      ['a', 'A'],
      ['aaaa', 'AAAA'],
    ] as const) {
      const address = q.get(param);
      if (address === null) continue;
      if (typeOf(address) !== type) return json(500, { message: `invalid ${type} address` });
      setAddress(zone, name, type, address);
      value[type] = address;
    }
    return json(200, { message: 'record updated', value });
  });
  return Object.assign(stand, { zone });
}
