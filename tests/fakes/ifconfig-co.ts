/**
 * A stand-in for ifconfig.co, from the server it runs, echoip (https://github.com/mpolden/echoip:
 * README.md and http/http.go): `GET /json?ip=<address>` answers JSON with `ip`, `ip_decimal`,
 * and, where its MaxMind databases know them, `country`, `country_iso`, `asn` ("AS59795") and
 * `asn_org`; fields it does not know are left out. Something that is not an address is HTTP 400
 * with `{"status":400,"error":"..."}` (appError as JSON). The public instance rate-limits clients:
 * HTTP 429 with a plain text body; `quirk` switches that on, or a body that is not JSON.
 */
import ipaddr from 'ipaddr.js';

import { type HttpStandIn, startHttpStandIn } from './ddns-http';

export interface EchoipAnswer {
  country?: string;
  country_iso?: string;
  asn?: string;
  asn_org?: string;
}

export interface IfconfigCoStandIn extends HttpStandIn {
  known: Map<string, EchoipAnswer>;
  quirk: 'bad-json' | 'rate-limited' | null;
}

export async function startIfconfigCo(): Promise<IfconfigCoStandIn> {
  const known = new Map<string, EchoipAnswer>();
  // The handler reads the stand-in's own `quirk`, which a test sets at run time.
  const stand: { quirk: IfconfigCoStandIn['quirk'] } = { quirk: null };
  const base = await startHttpStandIn((req) => {
    if (stand.quirk === 'bad-json') return { status: 200, body: '{"ip": "1.2.3.4", "country":' };
    if (stand.quirk === 'rate-limited') return { status: 429, body: 'Too Many Requests\n' };
    if (req.url.pathname !== '/json') return { status: 404, body: '404 page not found\n' };
    const ip = req.url.searchParams.get('ip') ?? '';
    if (!ipaddr.isValid(ip))
      return { status: 400, body: JSON.stringify({ status: 400, error: `could not parse IP: ${ip}` }) };
    const a = ipaddr.parse(ip);
    const decimal = a.toByteArray().reduce((n, b) => n * 256n + BigInt(b), 0n);
    // ip_decimal is a JSON number, as echoip's encoder writes it.
    const body = JSON.stringify({ ip, ip_decimal: 0, ...known.get(ip) }).replace(
      '"ip_decimal":0',
      `"ip_decimal":${decimal}`,
    );
    return { status: 200, body, headers: { 'content-type': 'application/json' } };
  });
  return Object.defineProperties(Object.assign(base, { known }), {
    quirk: { get: () => stand.quirk, set: (q: IfconfigCoStandIn['quirk']) => (stand.quirk = q), enumerable: true },
  }) as IfconfigCoStandIn;
}
