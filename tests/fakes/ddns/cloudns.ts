/**
 * A stand-in for ClouDNS's HTTP API, from its documentation (https://www.cloudns.net/wiki/article/41/:
 * records.json article 57, add-record.json 58, mod-record.json 60, the error bodies of
 * https://www.cloudns.net/api-help) and jeessy2/ddns-go's request code (dns/cloudns.go): a POST
 * (or GET) of `auth-id` / `sub-auth-id` / `sub-auth-user` with `auth-password`; every refusal an
 * HTTP 200 with `{"status":"Failed","statusDescription":...}`; records.json an object keyed by
 * record id, or `[]` when nothing matches; a TTL outside the documented list is refused.
 * ClouDNS documents no rate limit of its own; the contract's 429 comes from the shared fault.
 */
import { type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, fullName, type Zone } from '../ddns-zone';

export interface ClouDnsStandIn extends HttpStandIn {
  zone: Zone;
}

const TTLS = new Set([60, 300, 900, 1800, 3600, 21600, 43200, 86400, 172800, 259200, 604800, 1209600, 2592000]);
const json = (v: unknown): Reply => ({ status: 200, body: JSON.stringify(v) });
const failed = (statusDescription: string): Reply => json({ status: 'Failed', statusDescription });
const success = (statusDescription: string, more: Record<string, unknown> = {}): Reply =>
  json({ status: 'Success', statusDescription, ...more });

export async function startClouDns(
  keys: { authId: string; password: string },
  domain: string,
): Promise<ClouDnsStandIn> {
  const zone = createZone(domain);
  const stand = await startHttpStandIn((req) => {
    const form = new URLSearchParams(req.method === 'POST' ? req.body : req.url.search);
    if (form.get('auth-id') !== keys.authId || form.get('auth-password') !== keys.password)
      return failed('Invalid authentication, incorrect auth-id or auth-password.');
    const action = req.url.pathname.replace(/^\/+/, '');
    if (form.get('domain-name') !== domain) return failed('Missing domain-name');
    const host = form.get('host');
    const ttl = Number(form.get('ttl'));
    if (action === 'records.json') {
      const rows = [...zone.records.values()].filter(
        (r) =>
          (host === null || r.name === fullName(host, domain)) && (!form.get('type') || r.type === form.get('type')),
      );
      if (rows.length === 0) return json([]);
      const shown = rows.map((r) => {
        const h = r.name === domain ? '' : r.name.slice(0, -domain.length - 1);
        return [r.id, { id: r.id, type: r.type, host: h, record: r.content, ttl: String(r.ttl), status: 1 }];
      });
      return json(Object.fromEntries(shown));
    }
    if (action !== 'mod-record.json' && action !== 'add-record.json') return { status: 404, body: 'Not Found' };
    if (host === null) return failed('Missing host');
    if (!form.get('record')) return failed('Missing record');
    if (!TTLS.has(ttl)) return failed('Invalid TTL. Choose from the list of the values we support.');
    if (action === 'mod-record.json') {
      const r = zone.records.get(form.get('record-id') ?? '');
      if (!r) return failed('Invalid record-id param.');
      Object.assign(r, { content: form.get('record')!, ttl, name: fullName(host, domain) });
      zone.writes++;
      return success('The record was modified successfully.');
    }
    const type = form.get('record-type');
    if (type !== 'A' && type !== 'AAAA') return failed('Missing record-type');
    const made = zone.add({ name: fullName(host, domain), type, content: form.get('record')!, ttl });
    zone.writes++;
    return success('The record was added successfully.', { data: { id: Number(made.id) } });
  });
  return Object.assign(stand, { zone });
}
