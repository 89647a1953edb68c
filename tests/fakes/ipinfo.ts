/**
 * A stand-in for ipinfo.io's IP details API, from its documentation (https://ipinfo.io/developers,
 * "IP details", "Authentication", "Rate limits" and "Errors"): `GET /{ip}/json` answers the
 * address's details as JSON (`{"ip","city","region","country","loc","org":"AS15169 Google LLC",...}`),
 * `{"ip":...,"bogon":true}` for a private or reserved address, and errors as JSON of the shape
 * `{"status":N,"error":{"title":...,"message":...}}`: 403 for a token it does not know, 429 over
 * the limit, 404 "Wrong ip" for something that is not an address. A token may come as `?token=`
 * or as `Authorization: Bearer <token>`. `quirk` switches on the answers a real service gives
 * on a bad day (a body that is not JSON, a 429 with Retry-After).
 */
import ipaddr from 'ipaddr.js';

import { type HttpStandIn, type Reply, startHttpStandIn } from './ddns-http';

export interface IpinfoAnswer {
  country?: string;
  org?: string;
  /** Paid plans: the AS as its own object. */
  asn?: { asn: string; name: string; domain?: string; route?: string; type?: string };
}

export interface IpinfoStandIn extends HttpStandIn {
  /** The details of each address it knows; an address it does not know gets only `ip`. */
  known: Map<string, IpinfoAnswer>;
  quirk: 'bad-json' | 'rate-limited' | null;
}

const error = (status: number, title: string, message: string): Reply => ({
  status,
  body: JSON.stringify({ status, error: { title, message } }),
  headers: { 'content-type': 'application/json; charset=utf-8' },
});

export async function startIpinfo(opts: { tokens?: string[] } = {}): Promise<IpinfoStandIn> {
  const known = new Map<string, IpinfoAnswer>();
  // The handler reads the stand-in's own `quirk`, which a test sets at run time.
  const stand: { quirk: IpinfoStandIn['quirk'] } = { quirk: null };
  const base = await startHttpStandIn((req) => {
    if (stand.quirk === 'bad-json') return { status: 200, body: '<html>Service Unavailable</html>' };
    if (stand.quirk === 'rate-limited')
      return {
        ...error(429, 'Rate limit exceeded', 'You have exceeded your monthly quota.'),
        headers: { 'retry-after': '120' },
      };
    const bearer = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1];
    const token = req.url.searchParams.get('token') ?? bearer;
    if (token !== undefined && token !== null && !(opts.tokens ?? []).includes(token))
      return error(403, 'Unknown token', "Please ensure you've entered your token correctly.");
    const m = /^\/([^/]+)\/json$/.exec(req.url.pathname);
    const ip = m ? decodeURIComponent(m[1] ?? '') : '';
    if (!ipaddr.isValid(ip)) return error(404, 'Wrong ip', 'Please provide a valid IP address');
    const json = (o: object): Reply => ({ status: 200, body: JSON.stringify(o, null, 2) });
    if (ipaddr.process(ip).range() !== 'unicast') return json({ ip, bogon: true });
    return json({ ip, ...known.get(ip) });
  });
  return Object.defineProperties(Object.assign(base, { known }), {
    quirk: { get: () => stand.quirk, set: (q: IpinfoStandIn['quirk']) => (stand.quirk = q), enumerable: true },
  }) as IpinfoStandIn;
}
