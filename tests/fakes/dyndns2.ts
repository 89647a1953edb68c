/**
 * A stand-in for a dyndns2 update server, from Dyn's documentation of the protocol:
 * https://help.dyn.com/remote-access-api/perform-update/ (GET /nic/update?hostname=&myip=, basic
 * auth, a User-Agent) and https://help.dyn.com/remote-access-api/return-codes/ (good, nochg,
 * badauth, nohost, abuse, 911...). It keeps one address per host and answers `good IP` when
 * it changes, `nochg IP` when not; `answer` makes it say one return code instead.
 * startDyndns2Preset is the same protocol with a provider's own quirks, over a zone (ddns-zone.ts),
 * for the dyndns2 presets' contract (tests/electron/engine/ddns/contract/).
 */
import { isIPv4, isIPv6 } from 'node:net';

import { basicAuth, type HttpStandIn, type Reply, startHttpStandIn } from './ddns-http';
import { createZone, type Zone } from './ddns-zone';

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

/**
 * How a provider's own dyndns2 server differs from Dyn's (each preset's file under
 * electron/engine/ddns/providers/ cites its documentation and ddns-updater's request code).
 */
export interface Dyndns2Quirks {
  /** The update's path; /nic/update by default. */
  path?: string;
  /** The host name's parameter; `hostname` by default (ALL-INKL: `host`). */
  hostParam?: string;
  /** The address's parameter per family; `myip` for both by default. */
  ip4Param?: string;
  ip6Param?: string;
  /** Credentials in the query under these names (spdyn: user, pass) instead of basic auth. */
  query?: [string, string];
  /** The status a refusal comes with (Infomaniak, Now-DNS: 400); 200 by default, as Dyn. */
  refusalStatus?: number;
  /** Nothing changed is said by 204 No Content (selfHOST), not `nochg`. */
  nochgNoContent?: boolean;
  /**
   * Every answer is its HTTP status, with no body (Domeneshop's API: 204 for every update made,
   * changed or not; 401 for refused credentials, 404 for a host name the account does not hold).
   */
  statusOnly?: boolean;
  /** An API key also logs in, as `Authorization: Bearer <key>` (Gigahost: ddns-updater's provider.go sets it so). */
  bearer?: string;
}

export interface Dyndns2PresetStandIn extends HttpStandIn {
  /** What the provider's name servers serve for the account's hosts. */
  zone: Zone;
}

/**
 * A provider's own dyndns2 server, over a zone: the account (`user`, `password`) owns `hosts`,
 * which it makes the record of on the first update (the host exists at the provider, its
 * address is what the update sets); one write per change, `nochg` (or 204) when the same.
 */
export async function startDyndns2Preset(
  account: { user: string; password: string; hosts: string[] },
  zoneName: string,
  q: Dyndns2Quirks = {},
): Promise<Dyndns2PresetStandIn> {
  const zone = createZone(zoneName);
  const text = (body: string, status = 200): Reply => ({ status, body, headers: { 'content-type': 'text/plain' } });
  const STATUS: Record<string, number> = { badauth: 401, nohost: 404 };
  const refuse = (code: string) =>
    q.statusOnly ? { status: STATUS[code] ?? 400, body: '' } : text(code, q.refusalStatus ?? 200);
  const stand = await startHttpStandIn((req) => {
    const p = req.url.searchParams;
    if (req.method !== 'GET' || req.url.pathname !== (q.path ?? '/nic/update')) return text('not found', 404);
    const auth = q.query ? [p.get(q.query[0]), p.get(q.query[1])] : basicAuth(req.headers);
    const bearer = q.bearer !== undefined && req.headers.authorization === `Bearer ${q.bearer}`;
    if (!bearer && (!auth || auth[0] !== account.user || auth[1] !== account.password)) return refuse('badauth');
    if (!req.headers['user-agent']) return refuse('badagent');
    const host = (p.get(q.hostParam ?? 'hostname') ?? '').toLowerCase();
    if (!account.hosts.includes(host)) return refuse('nohost');
    const v4 = p.get(q.ip4Param ?? 'myip');
    const v6 = p.get(q.ip6Param ?? 'myip');
    const ip = (v4 && isIPv4(v4) ? v4 : null) ?? (v6 && isIPv6(v6) ? v6 : null);
    if (!ip) return refuse('dnserr');
    const type = isIPv4(ip) ? 'A' : 'AAAA';
    const [held] = zone.find(host, type);
    if (held?.content === ip) return q.nochgNoContent || q.statusOnly ? { status: 204, body: '' } : text(`nochg ${ip}`);
    if (held) held.content = ip;
    else zone.add({ name: host, type, content: ip, ttl: 60 });
    zone.writes++;
    return q.statusOnly ? { status: 204, body: '' } : text(`good ${ip}`);
  });
  return Object.assign(stand, { zone });
}
