/**
 * A stand-in for an update API the generic HTTP provider ("custom") is pointed at: a GET with the
 * host name and the address in the query and a Bearer token, answering in dyndns2's words
 * (good / nochg / badauth / nohost), the kind of API qdm12/ddns-updater's custom provider is
 * written for (docs/custom.md; internal/provider/providers/custom/provider.go: the address added
 * as the `ipv4key`/`ipv6key` query parameter, success by `success_regex` on a 200's body) and
 * jeessy2/ddns-go's callback (dns/callback.go). A wrong token is 401 with "badauth"; a name
 * outside the zone is a 200 "nohost" (as dyndns2 servers answer); a missing record is made.
 *
 *   GET /update?hostname=H&ttl=T&ip=IPv4 (or &ipv6=IPv6)   Authorization: Bearer TOKEN
 *     good <ip> | nochg <ip> | nohost | 401 badauth
 */
import { type HttpStandIn, type SeenRequest, startHttpStandIn } from '../ddns-http';
import { createZone, type Zone } from '../ddns-zone';

export interface CustomStandIn extends HttpStandIn {
  zone: Zone;
}

/** The requests that changed a record (a one-request API's nochg is a request, not a write). */
export const WROTE = new WeakSet<SeenRequest>();

export async function startCustomApi(token: string, zoneName: string): Promise<CustomStandIn> {
  const zone = createZone(zoneName);
  const stand = await startHttpStandIn((req) => {
    if (req.method !== 'GET' || req.url.pathname !== '/update') return { status: 404, body: 'not found' };
    if (req.headers.authorization !== `Bearer ${token}`) return { status: 401, body: 'badauth' };
    const host = (req.url.searchParams.get('hostname') ?? '').toLowerCase();
    const v4 = req.url.searchParams.get('ip');
    const v6 = req.url.searchParams.get('ipv6');
    const ttl = Number(req.url.searchParams.get('ttl') ?? 300) || 300;
    if (!host || (host !== zoneName && !host.endsWith(`.${zoneName}`))) return { status: 200, body: 'nohost' };
    const [type, address] = v4 ? ['A', v4] : v6 ? ['AAAA', v6] : [null, null];
    if (!type || !address) return { status: 400, body: 'no address' };
    const [held] = zone.find(host, type);
    if (held?.content === address) return { status: 200, body: `nochg ${address}` };
    if (held) Object.assign(held, { content: address, ttl });
    else zone.add({ name: host, type, content: address, ttl });
    zone.writes++;
    WROTE.add(req);
    return { status: 200, body: `good ${address}` };
  });
  return Object.assign(stand, { zone });
}
