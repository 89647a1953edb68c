/**
 * A stand-in for DuckDNS, from its HTTP API specification (https://www.duckdns.org/spec.jsp):
 * GET /update?domains=&token=&ip=|ipv6=&verbose=true, answering `KO` for a wrong token or domain,
 * else (verbose) `OK`, the IPv4, the IPv6 and `UPDATED` or `NOCHANGE`, one a line.
 */
import { type HttpStandIn, startHttpStandIn } from './ddns-http';

export interface DuckdnsStandIn extends HttpStandIn {
  /** By sub-name: its IPv4 and IPv6 addresses. */
  domains: Map<string, { ip: string; ipv6: string }>;
}

export async function startDuckdns(token: string, domains: string[]): Promise<DuckdnsStandIn> {
  const state = new Map(domains.map((d) => [d, { ip: '', ipv6: '' }]));
  const base = await startHttpStandIn((req) => {
    const q = req.url.searchParams;
    const rec = state.get(q.get('domains') ?? '');
    if (req.url.pathname !== '/update' || q.get('token') !== token || !rec) return { status: 200, body: 'KO' };
    const before = `${rec.ip}/${rec.ipv6}`;
    if (q.has('ip')) rec.ip = q.get('ip')!;
    if (q.has('ipv6')) rec.ipv6 = q.get('ipv6')!;
    const changed = before !== `${rec.ip}/${rec.ipv6}` ? 'UPDATED' : 'NOCHANGE';
    return { status: 200, body: q.get('verbose') === 'true' ? `OK\n${rec.ip}\n${rec.ipv6}\n${changed}` : 'OK' };
  });
  return Object.assign(base, { domains: state });
}
