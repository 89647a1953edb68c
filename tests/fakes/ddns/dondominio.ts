/**
 * A stand-in for DonDominio's DonDNS (https://dondominio.dev/en/dondns/docs/api/: `GET /json/`
 * with `user`, the DonDNS key, `host`, `ip` and `lang`), from qdm12/ddns-updater's request code
 * (internal/provider/providers/dondominio/provider.go) and the answer it reads: JSON
 * `{"success": bool, "messages": [...]}`. The key's parameter is `password` (the docs' table says
 * `apikey`, but the service takes `password`: ddns-updater #969, OpenWrt ddns-scripts #27059), so
 * `apikey` alone is refused here. DonDNS changes a record the zone already holds (the docs: make
 * it first in the DNS zone, with 127.0.0.1) and makes none; it answers the same whether the record
 * changed or not. The messages' wording is the stand-in's own: DonDNS does not publish its list.
 */
import { type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, type Zone } from '../ddns-zone';
import { setAddress, typeOf } from './one-request-zone';

export interface DondominioStandIn extends HttpStandIn {
  zone: Zone;
}

const answer = (success: boolean, ...messages: string[]): Reply => ({
  status: 200,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ success, messages }),
});

export async function startDondominio(
  zoneName: string,
  account: { user: string; key: string },
): Promise<DondominioStandIn> {
  const zone = createZone(zoneName);
  const stand = await startHttpStandIn((req) => {
    const q = req.url.searchParams;
    if (req.url.pathname !== '/json/') return { status: 404, body: 'Not Found' };
    if (q.get('user') !== account.user || q.get('password') !== account.key)
      return answer(false, 'Invalid username or DonDNS key');
    const host = (q.get('host') ?? '').toLowerCase();
    const ip = q.get('ip') ?? '';
    const type = typeOf(ip);
    if (!type) return answer(false, `Invalid IP address: ${ip}`);
    const held = zone.find(host, type);
    if (held.length === 0) return answer(false, `Host ${host} not found in the DNS zone`);
    setAddress(zone, host, type, ip, held[0]!.ttl);
    return answer(true, `${host} updated to ${ip}`);
  });
  return Object.assign(stand, { zone });
}
