/**
 * A stand-in for FreeDNS's dynamic DNS v2 interface (https://freedns.afraid.org/dynamic/v2/: each
 * record's own `sync.afraid.org/u/TOKEN/` address, `?ip=` for the address), from qdm12/ddns-updater's
 * request code (internal/provider/providers/freedns/provider.go) and the answers it reads:
 * `Updated 1 host(s) NAME to IP in S seconds`, `No IP change detected for NAME with IP IP,
 * skipping update`, and an `ERROR: ...` line for a token it does not know, all with 200.
 * Each token keeps one record (its name and type), as a v2 token does.
 */
import { type HttpStandIn, startHttpStandIn } from '../ddns-http';
import { createZone, type Zone } from '../ddns-zone';
import { setAddress, typeOf } from './one-request-zone';

export interface FreednsStandIn extends HttpStandIn {
  zone: Zone;
}

/** `tokens`: each token and the record it updates. */
export async function startFreedns(
  zoneName: string,
  tokens: Record<string, { name: string; type: 'A' | 'AAAA' }>,
): Promise<FreednsStandIn> {
  const zone = createZone(zoneName);
  const stand = await startHttpStandIn((req) => {
    const m = /^\/u\/([^/]+)\/$/.exec(req.url.pathname);
    const rec = m ? tokens[decodeURIComponent(m[1]!)] : undefined;
    if (!rec)
      return { status: 200, body: 'ERROR: Unable to locate this record (changed password recently? deleted record?)' };
    const ip = req.url.searchParams.get('ip') ?? '';
    if (typeOf(ip) !== rec.type)
      return { status: 200, body: `ERROR: Address ${ip} is not a valid ${rec.type} address.` };
    const done = setAddress(zone, rec.name, rec.type, ip);
    return {
      status: 200,
      body:
        done === 'updated'
          ? `Updated 1 host(s) ${rec.name} to ${ip} in 0.118 seconds`
          : `No IP change detected for ${rec.name} with IP ${ip}, skipping update`,
    };
  });
  return Object.assign(stand, { zone });
}
