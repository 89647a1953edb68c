/**
 * A stand-in for Name.com's API v4, from its documentation (https://docs.name.com/: ListRecords,
 * UpdateRecord, CreateRecord; rate limits 20 a second, 3000 an hour) and the request code of
 * qdm12/ddns-updater (internal/provider/providers/namecom/: paths, {host,type,answer,ttl}, the
 * error body {message, details}) and jeessy2/ddns-go (dns/name_com.go): Basic authentication of
 * the user name and token; a host of "" is the domain; a TTL below 300 is refused.
 */
import { basicAuth, type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, fullName, type Zone } from '../ddns-zone';

export interface NameComStandIn extends HttpStandIn {
  zone: Zone;
}

const say = (status: number, message: string, details?: string): Reply => ({
  status,
  body: JSON.stringify({ message, ...(details ? { details } : {}) }),
});

export async function startNameCom(keys: { username: string; token: string }, domain: string): Promise<NameComStandIn> {
  const zone = createZone(domain);
  const hits: number[] = [];
  const hostOf = (name: string) => (name === domain ? '' : name.slice(0, -domain.length - 1));
  const shown = (r: { id: string; name: string; type: string; content: string; ttl: number }) => ({
    id: Number(r.id),
    domainName: domain,
    host: hostOf(r.name),
    fqdn: `${r.name}.`,
    type: r.type,
    answer: r.content,
    ttl: r.ttl,
  });
  const stand = await startHttpStandIn((req) => {
    hits.push(req.mono);
    while (hits.length > 0 && req.mono - hits[0]! > 3_600_000) hits.shift();
    if (hits.length > 3000 || hits.filter((t) => req.mono - t < 1000).length > 20)
      return { ...say(429, 'Too Many Requests'), headers: { 'retry-after': '1' } };
    const user = basicAuth(req.headers);
    if (!user || user[0] !== keys.username || user[1] !== keys.token) return say(401, 'Unauthenticated');
    const [, domains, d, records, id] = req.url.pathname.split('/');
    if (domains !== 'domains' || records !== 'records') return say(404, 'Not Found');
    if (d !== domain) return say(404, 'Not Found', 'Domain not found');
    if (req.method === 'GET' && id === undefined) {
      return { status: 200, body: JSON.stringify({ records: [...zone.records.values()].map(shown) }) };
    }
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(req.body) as Record<string, unknown>;
    } catch {
      return say(400, 'Invalid Argument', 'body is not JSON');
    }
    const ttl = Number(body.ttl ?? 300);
    if (!Number.isInteger(ttl) || ttl < 300) return say(400, 'Invalid Argument', 'TTL must be at least 300');
    if (typeof body.answer !== 'string' || typeof body.type !== 'string')
      return say(400, 'Invalid Argument', 'answer and type are required');
    const name = fullName(String(body.host ?? ''), domain);
    if (req.method === 'PUT' && id !== undefined) {
      const r = zone.records.get(id);
      if (!r) return say(404, 'Not Found', 'Record not found');
      Object.assign(r, { content: body.answer, type: body.type, ttl, name });
      zone.writes++;
      return { status: 200, body: JSON.stringify(shown(r)) };
    }
    if (req.method === 'POST' && id === undefined) {
      const made = zone.add({ name, type: body.type, content: body.answer, ttl });
      zone.writes++;
      return { status: 200, body: JSON.stringify(shown(made)) };
    }
    return say(405, 'Method Not Allowed');
  });
  return Object.assign(stand, { zone });
}
