/**
 * A stand-in for Dynadot's Dynamic DNS (https://www.dynadot.com/community/help/question/enable-DDNS:
 * `GET /set_ddns` with `domain`, `subDomain`, `type`, `ip`, `pwd`, `ttl` and `containRoot`), from
 * jeessy2/ddns-go's request code (dns/dynadot.go, by Dynadot's team: ddns-go #1050, where they say
 * the one request makes a record or changes it) and the answers read there and by ddclient:
 * `{"status":"success"}` when set (ddclient #970, the same whether it changed or not), and
 * `{"status":"error","error_code":-1,"content":[...]}` for a refusal (ddns-go fails on error_code
 * -1 and logs `content`; the status word and the content's wording are the stand-in's own). One
 * Dynamic DNS password belongs to one domain. `subDomain` lists names under the domain (comma
 * separated; `@` is the domain itself), `containRoot=true` sets the domain itself too.
 */
import { type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, fullName, type Zone } from '../ddns-zone';
import { setAddress, typeOf } from './one-request-zone';

export interface DynadotStandIn extends HttpStandIn {
  zone: Zone;
}

const json = (body: Record<string, unknown>): Reply => ({
  status: 200,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const refused = (why: string) => json({ status: 'error', error_code: -1, content: [why] });

/** `password`: the Dynamic DNS password of the stand-in's one domain (its zone). */
export async function startDynadot(zoneName: string, password: string): Promise<DynadotStandIn> {
  const zone = createZone(zoneName);
  const stand = await startHttpStandIn((req) => {
    const q = req.url.searchParams;
    if (req.url.pathname !== '/set_ddns') return { status: 404, body: 'Not Found' };
    if ((q.get('domain') ?? '').toLowerCase() !== zone.name || q.get('pwd') !== password)
      return refused('invalid domain or dynamic DNS password');
    const type = q.get('type');
    const ip = q.get('ip') ?? '';
    if ((type !== 'A' && type !== 'AAAA') || typeOf(ip) !== type) return refused(`invalid ${type ?? ''} address ${ip}`);
    const ttl = Number(q.get('ttl'));
    if (!Number.isInteger(ttl) || ttl < 1) return refused('invalid ttl');
    const subs = (q.get('subDomain') ?? '').split(',').filter((s) => s !== '' && s !== '@');
    const names = subs.map((s) => fullName(s, zone.name));
    if (q.get('containRoot') === 'true') names.push(zone.name);
    if (names.length === 0) return refused('no sub domain given');
    for (const name of names) setAddress(zone, name, type, ip, ttl);
    return json({ status: 'success' });
  });
  return Object.assign(stand, { zone });
}
