/**
 * A stand-in for Spaceship's DNS records API, from its documentation (https://docs.spaceship.dev/,
 * getRecords, saveRecords, deleteRecords) and the request code of qdm12/ddns-updater
 * (internal/provider/providers/spaceship/: headers, the error body {detail, data[]}, the
 * Spaceship-Error-Code header, "SOA record for domain X not found.", 300 requests in 300 seconds
 * a domain) and jeessy2/ddns-go (dns/spaceship.go: take/skip paging): X-API-Key and X-API-Secret;
 * records without ids, named "@" at the domain; a TTL of 60 to 3600.
 */
import { type HttpStandIn, type Reply, type SeenRequest, startHttpStandIn } from '../ddns-http';
import { createZone, fullName, type Zone } from '../ddns-zone';

export interface SpaceshipStandIn extends HttpStandIn {
  zone: Zone;
}

const refuse = (status: number, detail: string, more: Partial<Reply> = {}): Reply => ({
  status,
  body: JSON.stringify({ detail, data: [] }),
  ...more,
});
const invalid = (field: string, details: string): Reply => ({
  status: 422,
  body: JSON.stringify({ detail: 'Validation error.', data: [{ field, details }] }),
  headers: { 'spaceship-error-code': 'InvalidRequest' },
});

interface Item {
  type?: unknown;
  name?: unknown;
  address?: unknown;
  ttl?: unknown;
}

export async function startSpaceship(
  keys: { apiKey: string; secret: string },
  domain: string,
): Promise<SpaceshipStandIn> {
  const zone = createZone(domain);
  const window: number[] = [];
  const nameOf = (r: { name: string }) => (r.name === domain ? '@' : r.name.slice(0, -domain.length - 1));
  const matches = (it: Item) =>
    [...zone.records.values()].filter(
      (r) => r.type === it.type && nameOf(r) === String(it.name).toLowerCase() && r.content === it.address,
    );
  function handle(req: SeenRequest): Reply {
    const now = req.mono;
    while (window.length > 0 && now - window[0]! > 300_000) window.shift();
    window.push(now);
    if (window.length > 300) return refuse(429, 'Too many requests.', { headers: { 'retry-after': '300' } });
    if (req.headers['x-api-key'] !== keys.apiKey || req.headers['x-api-secret'] !== keys.secret)
      return refuse(401, 'Unauthorized.', { headers: { 'spaceship-error-code': 'Unauthorized' } });
    const [, dns, records, d] = req.url.pathname.split('/');
    if (dns !== 'dns' || records !== 'records' || !d) return refuse(404, 'Not found.');
    if (d !== domain) return refuse(404, `SOA record for domain ${d} not found.`);
    if (req.method === 'GET') {
      const take = Number(req.url.searchParams.get('take'));
      const skip = Number(req.url.searchParams.get('skip'));
      if (!Number.isInteger(take) || take < 1 || take > 500) return invalid('take', 'Must be from 1 to 500.');
      if (!Number.isInteger(skip) || skip < 0) return invalid('skip', 'Must be 0 or more.');
      const all = [...zone.records.values()].map((r) => ({
        type: r.type,
        name: nameOf(r),
        address: r.content,
        ttl: r.ttl,
      }));
      return { status: 200, body: JSON.stringify({ items: all.slice(skip, skip + take), total: all.length }) };
    }
    let body: unknown;
    try {
      body = JSON.parse(req.body);
    } catch {
      return invalid('body', 'Invalid JSON.');
    }
    if (req.method === 'PUT') {
      const items = (body as { items?: Item[] }).items;
      if (!Array.isArray(items) || items.length === 0) return invalid('items', 'Must not be empty.');
      for (const it of items) {
        const ttl = Number(it.ttl ?? 3600);
        if (it.type !== 'A' && it.type !== 'AAAA') return invalid('items[0].type', 'Unsupported type.');
        if (typeof it.address !== 'string') return invalid('items[0].address', 'Required.');
        if (!Number.isInteger(ttl) || ttl < 60 || ttl > 3600)
          return invalid('items[0].ttl', 'Must be from 60 to 3600.');
        if (matches(it).length === 0)
          zone.add({
            name: fullName(String(it.name) === '@' ? '' : String(it.name), domain),
            type: it.type,
            content: it.address,
            ttl,
          });
      }
      zone.writes++;
      return { status: 204, body: '' };
    }
    if (req.method === 'DELETE') {
      if (!Array.isArray(body) || body.length === 0) return invalid('body', 'Must not be empty.');
      for (const it of body as Item[]) for (const r of matches(it)) zone.records.delete(r.id);
      return { status: 204, body: '' };
    }
    return refuse(405, 'Method not allowed.');
  }
  const stand = await startHttpStandIn(handle);
  return Object.assign(stand, { zone });
}
