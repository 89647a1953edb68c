/**
 * A stand-in for Servercow's DNS API v1, from its documentation
 * (https://wiki.servercow.de/en/domains/dns_api/api-syntax/) and qdm12/ddns-updater's request code
 * (internal/provider/providers/servercow/provider.go), with go-acme/lego's client and its tests
 * (providers/dns/servercow/internal/{client,types,client_test}.go, fixtures/records-01.json) for
 * the answers: the DNS API user in X-Auth-Username and X-Auth-Password; every answer 200, a
 * refusal (a wrong user or password too) `{"error":"..."}`; a list is a JSON array of
 * {name,ttl,type,content}, `content` a text, or a list for several values; a record is named
 * relative to the domain ("" for the domain itself); one set per name and type, which a POST makes
 * or replaces (`{"message":"ok"}`); a type other than cname, txt, tlsa, caa, a or aaaa is refused
 * in lego's words; a TTL left out is 120 (ddns-updater's docs/servercow.md).
 *
 *   GET  /domains/{domain}                          [{name,ttl,type,content}]
 *   POST /domains/{domain}  {type,name,content,ttl} {"message":"ok"}
 */
import { type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, fullName, subOf, type Zone } from '../ddns-zone';

export interface ServercowStandIn extends HttpStandIn {
  zone: Zone;
}

const json = (body: unknown): Reply => ({
  status: 200,
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});
const refuse = (error: string): Reply => json({ error });

const TYPES = ['cname', 'txt', 'tlsa', 'caa', 'a', 'aaaa'];

function parse(body: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(body);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export async function startServercow(username: string, password: string, domain: string): Promise<ServercowStandIn> {
  const zone = createZone(domain);
  const list = () => {
    const sets = new Map<string, { name: string; ttl: number; type: string; content: string[] }>();
    for (const r of zone.records.values()) {
      const key = `${r.name} ${r.type}`;
      const set = sets.get(key) ?? { name: subOf(r.name, domain) ?? r.name, ttl: r.ttl, type: r.type, content: [] };
      set.content.push(r.content);
      sets.set(key, set);
    }
    return [...sets.values()].map((s) => ({ ...s, content: s.content.length === 1 ? s.content[0] : s.content }));
  };
  const stand = await startHttpStandIn((req) => {
    if (req.headers['x-auth-username'] !== username || req.headers['x-auth-password'] !== password)
      return refuse('authentication failed');
    const m = /^\/domains\/([^/]+)$/.exec(req.url.pathname);
    if (!m) return { status: 404, body: 'Not Found' };
    if (decodeURIComponent(m[1]!) !== domain) return refuse('domain not found');
    if (req.method === 'GET') return json(list());
    if (req.method !== 'POST') return { status: 405, body: 'Method Not Allowed' };
    const body = parse(req.body);
    if (!body) return refuse('invalid json');
    if (typeof body.type !== 'string' || !TYPES.includes(body.type.toLowerCase()))
      return refuse('parameter type must be cname, txt, tlsa, caa, a or aaaa');
    if (typeof body.name !== 'string') return refuse('parameter name is missing');
    const values = typeof body.content === 'string' ? [body.content] : body.content;
    if (!Array.isArray(values) || values.length === 0 || !values.every((v) => typeof v === 'string' && v))
      return refuse('parameter content is missing');
    if (body.ttl !== undefined && (typeof body.ttl !== 'number' || !Number.isInteger(body.ttl) || body.ttl < 1))
      return refuse('parameter ttl must be a number');
    const type = body.type.toUpperCase();
    const name = fullName(body.name, domain);
    for (const r of zone.find(name, type)) zone.records.delete(r.id);
    for (const content of values as string[])
      zone.add({ name, type, content, ttl: (body.ttl as number | undefined) ?? 120 });
    zone.writes++;
    return json({ message: 'ok' });
  });
  return Object.assign(stand, { zone });
}
