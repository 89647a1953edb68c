/**
 * A stand-in for deSEC: two servers, as deSEC has two hosts (update.dedyn.io, desec.io).
 *
 * The IP update API, from https://desec.readthedocs.io/en/latest/dyndns/update-api.html:
 * GET /?hostname=&myipv4=&myipv6= with `Authorization: Token T`; `preserve` keeps a family's
 * record, an absent one clears it, a comma list sets several; `good` on success, 401 `badauth`
 * when the token is refused, 429 with Retry-After when throttled (set `fault`).
 *
 * The REST API (`rest`, its url ending in /api/v1 as deSEC's does), read-only, from
 * https://desec.readthedocs.io/en/latest/dns/domains.html (`GET /domains/?owns_qname=`: an array
 * with the account's domain that holds the name, or empty) and
 * https://desec.readthedocs.io/en/latest/dns/rrsets.html (`GET /domains/{d}/rrsets/{subname}/{type}/`,
 * `@` for the apex; 404 when there is no such RRset or domain). Its quirks, as desec-stack's server
 * answers: every route ends with a slash (Django's APPEND_SLASH answers 301 to one without);
 * errors are `{"detail": "..."}`: 401 "Invalid token.", 404 "Not found."; set `rest.fault` for a
 * 403 or a 429 (DRF's "Request was throttled..." with Retry-After).
 */
import { type HttpStandIn, type Reply, type SeenRequest, startHttpStandIn } from './ddns-http';

type Records = { A: string; AAAA: string };

export interface DesecStandIn extends HttpStandIn {
  /** Each host name's records, as the update API leaves them ('' for none, a comma list for several). */
  hosts: Map<string, Records>;
  /** The REST API: `rest.url` is the record's restBase. */
  rest: HttpStandIn;
}

const json = (status: number, value: unknown, headers?: Record<string, string>): Reply => ({
  status,
  body: JSON.stringify(value),
  headers: { 'content-type': 'application/json', ...headers },
});
const NOT_FOUND = json(404, { detail: 'Not found.' });

/** The REST API's answer to one request, over the update API's records. */
function restAnswer(req: SeenRequest, token: string, domains: string[], hosts: Map<string, Records>): Reply {
  if (req.headers.authorization !== `Token ${token}`) return json(401, { detail: 'Invalid token.' });
  const path = req.url.pathname;
  if (!path.startsWith('/api/v1/')) return NOT_FOUND;
  if (!path.endsWith('/')) return { status: 301, body: '', headers: { location: `${path}/${req.url.search}` } };
  const parts = path.slice('/api/v1/'.length, -1).split('/').map(decodeURIComponent);
  if (parts.length === 1 && parts[0] === 'domains') {
    const qname = req.url.searchParams.get('owns_qname');
    const owning = domains
      .filter((d) => qname === null || qname === d || qname.endsWith(`.${d}`))
      .sort((a, b) => b.length - a.length)
      .slice(0, qname === null ? undefined : 1);
    return json(
      200,
      owning.map((name) => ({ name, minimum_ttl: 60, created: '2024-01-01T00:00:00Z' })),
    );
  }
  const [top, domain, rrsets, subname, type, ...rest] = parts;
  if (top !== 'domains' || rrsets !== 'rrsets' || !domain || !domains.includes(domain) || rest.length) return NOT_FOUND;
  if (type !== 'A' && type !== 'AAAA') return NOT_FOUND;
  const sub = subname === '@' ? '' : (subname ?? '');
  const name = sub ? `${sub}.${domain}` : domain;
  const held = hosts.get(name)?.[type] ?? '';
  if (!held) return NOT_FOUND;
  return json(200, { domain, subname: sub, name: `${name}.`, type, records: held.split(','), ttl: 60 });
}

/**
 * `hosts` are the names the update API knows; `domains` the account's domains the REST API
 * holds them in (each host its own domain by default, as a dedyn.io name is).
 */
export async function startDesec(token: string, hosts: string[], domains: string[] = hosts): Promise<DesecStandIn> {
  const state = new Map(hosts.map((h) => [h, { A: '', AAAA: '' }]));
  const base = await startHttpStandIn((req) => {
    if (req.headers.authorization !== `Token ${token}`) return { status: 401, body: 'badauth' };
    const q = req.url.searchParams;
    const rec = state.get(q.get('hostname') ?? '');
    if (!rec) return { status: 404, body: 'nohost' };
    const set = (v: string | null, old: string) => (v === 'preserve' ? old : (v ?? ''));
    rec.A = set(q.get('myipv4') ?? q.get('myip'), rec.A);
    rec.AAAA = set(q.get('myipv6'), rec.AAAA);
    return { status: 200, body: 'good' };
  });
  const rest = await startHttpStandIn((req) => restAnswer(req, token, domains, state));
  rest.url = `${rest.url}/api/v1`;
  const closeUpdate = base.close;
  return Object.assign(base, {
    hosts: state,
    rest,
    close: async () => {
      await Promise.all([closeUpdate(), rest.close()]);
    },
  });
}
