/**
 * A stand-in for a dyndns2 update server, from Dyn's documentation of the protocol:
 * https://help.dyn.com/remote-access-api/perform-update/ (GET /nic/update?hostname=&myip=, basic
 * auth, a User-Agent) and https://help.dyn.com/remote-access-api/return-codes/ (good, nochg,
 * badauth, nohost, abuse, 911...). It keeps one address per host and answers `good IP` when
 * it changes, `nochg IP` when not; `answer` makes it say one return code instead.
 */
import { basicAuth, type HttpStandIn, startHttpStandIn } from './ddns-http';

export interface Dyndns2StandIn extends HttpStandIn {
  hosts: Map<string, string>;
  /** A return code to give instead of doing the update (badauth, abuse, 911...). */
  answer: string | null;
}

export async function startDyndns2(user: string, password: string, hosts: string[]): Promise<Dyndns2StandIn> {
  const state = new Map(hosts.map((h) => [h, '']));
  // The handler reads `answer` from the stand-in it belongs to, made once the server is up.
  const holder: { stand?: Dyndns2StandIn } = {};
  const base = await startHttpStandIn((req) => {
    const text = (body: string) => ({ status: 200, body, headers: { 'content-type': 'text/plain' } });
    if (req.url.pathname !== '/nic/update') return { status: 404, body: 'not found' };
    if (holder.stand?.answer) return text(holder.stand.answer);
    const auth = basicAuth(req.headers);
    if (!auth || auth[0] !== user || auth[1] !== password) return text('badauth');
    if (!req.headers['user-agent']) return text('badagent');
    const host = req.url.searchParams.get('hostname') ?? '';
    const ip = req.url.searchParams.get('myip') ?? '';
    if (!state.has(host)) return text('nohost');
    if (state.get(host) === ip) return text(`nochg ${ip}`);
    state.set(host, ip);
    return text(`good ${ip}`);
  });
  holder.stand = Object.assign(base, { hosts: state, answer: null });
  return holder.stand;
}
