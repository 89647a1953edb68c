/**
 * A stand-in for Vultr's API v2 DNS records, from its documentation
 * (https://www.vultr.com/api/#tag/dns: list-dns-domain-records, create-dns-domain-record,
 * update-dns-domain-record, and the API's "Response Codes") and qdm12/ddns-updater's request code
 * (internal/provider/providers/vultr/{getrecord,createrecord,updaterecord}.go): the API key as a
 * Bearer token; an error is {"error","status"} (401 a wrong key, 404 a domain or record not
 * there, 400 a body it cannot take); the list is paged, `per_page` 100 by default and 500 at
 * most, the next page by the cursor in meta.links.next; a record's name is relative to the
 * domain, "" for the domain itself; an update answers 204 with no body, a create 201 with the
 * record; a TTL left out is 300 here (ddns-updater's docs say Vultr's own is 900; the updater
 * always sends one); past 30 requests a second (counted per originating address,
 * https://docs.vultr.com/support/platform/api/what-rate-limits-apply-to-the-vultr-api) a 429.
 *
 *   GET   /domains/{domain}/records?per_page=&cursor=  {records:[{id,type,name,data,priority,ttl}],meta}
 *   PATCH /domains/{domain}/records/{id}  {name?,data?,ttl?}  204
 *   POST  /domains/{domain}/records       {name,type,data,ttl?}  201 {record}
 */
import { type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, fullName, subOf, type Zone, type ZoneRecord } from '../ddns-zone';
import { rateLimit } from './rate-limit';

export interface VultrStandIn extends HttpStandIn {
  zone: Zone;
}

const json = (status: number, body: unknown): Reply => ({
  status,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});
const error = (status: number, message: string): Reply => json(status, { error: message, status });

function parse(body: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(body);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const ttlOk = (t: unknown) => t === undefined || (typeof t === 'number' && Number.isInteger(t) && t > 0);

export async function startVultr(apiKey: string, domain: string, perSecond = 30): Promise<VultrStandIn> {
  const zone = createZone(domain);
  const rate = rateLimit(perSecond, 1, JSON.stringify({ error: 'Rate limit exceeded.', status: 429 }));
  // Vultr's record ids are UUIDs; the zone's numbers are dressed as one.
  const uuid = (id: string) => `cb676a46-66fd-4dfb-b839-${id.padStart(12, '0')}`;
  const shown = (r: ZoneRecord) => ({
    id: uuid(r.id),
    type: r.type,
    name: subOf(r.name, domain),
    data: r.content,
    priority: -1,
    ttl: r.ttl,
  });
  const list = (req: URL): Reply => {
    const per = Number(req.searchParams.get('per_page') ?? '100');
    if (!Number.isInteger(per) || per < 1 || per > 500) return error(400, 'Invalid per_page value.');
    const from = Number(Buffer.from(req.searchParams.get('cursor') ?? '', 'base64').toString() || '0');
    const all = [...zone.records.values()];
    const page = all.slice(from, from + per);
    const next = from + per < all.length ? Buffer.from(String(from + per)).toString('base64') : '';
    return json(200, { records: page.map(shown), meta: { total: all.length, links: { next, prev: '' } } });
  };
  const stand = await startHttpStandIn((req) => {
    const limited = rate.take();
    if (limited) return limited;
    if (req.headers.authorization !== `Bearer ${apiKey}`) return error(401, 'Invalid API token.');
    const m = /^\/domains\/([^/]+)\/records(?:\/([^/]+))?$/.exec(req.url.pathname);
    if (!m) return error(404, 'Not found');
    if (decodeURIComponent(m[1]!) !== domain) return error(404, 'Invalid domain.');
    const id = m[2] && [...zone.records.values()].find((r) => uuid(r.id) === decodeURIComponent(m[2]!));
    if (req.method === 'GET' && !m[2]) return list(req.url);
    const body = parse(req.body);
    if (req.method === 'PATCH' && m[2]) {
      if (!id) return error(404, 'Invalid record.');
      if (!body || (body.data !== undefined && typeof body.data !== 'string') || !ttlOk(body.ttl))
        return error(400, 'Invalid record data.');
      if (typeof body.name === 'string') id.name = fullName(body.name, domain);
      Object.assign(id, { ...(body.data ? { content: body.data } : {}), ...(body.ttl ? { ttl: body.ttl } : {}) });
      zone.writes++;
      return { status: 204, body: '' };
    }
    if (req.method === 'POST' && !m[2]) {
      if (!body || typeof body.name !== 'string' || typeof body.type !== 'string' || typeof body.data !== 'string')
        return error(400, 'Missing required fields: name, type, data.');
      if (!ttlOk(body.ttl)) return error(400, 'Invalid TTL.');
      const made = zone.add({
        name: fullName(body.name, domain),
        type: body.type,
        content: body.data,
        ttl: (body.ttl as number | undefined) ?? 300,
      });
      zone.writes++;
      return json(201, { record: shown(made) });
    }
    return error(405, 'Method not allowed.');
  });
  return Object.assign(stand, { zone });
}
