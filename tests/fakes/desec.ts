/**
 * A stand-in for deSEC's IP update API, from https://desec.readthedocs.io/en/latest/dyndns/update-api.html:
 * GET /?hostname=&myipv4=&myipv6= with `Authorization: Token T`; `preserve` keeps a family's
 * record, an absent one clears it; `good` on success, 401 when the token is refused, 429 with
 * Retry-After when throttled (set `fault`).
 */
import { type HttpStandIn, startHttpStandIn } from './ddns-http';

export interface DesecStandIn extends HttpStandIn {
  hosts: Map<string, { A: string; AAAA: string }>;
}

export async function startDesec(token: string, hosts: string[]): Promise<DesecStandIn> {
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
  return Object.assign(base, { hosts: state });
}
