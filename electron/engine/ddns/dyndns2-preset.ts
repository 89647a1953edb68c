/**
 * A dyndns2 preset: a provider that speaks the dyndns2 protocol (dyndns2.ts: the request, basic
 * auth, the answers good/nochg/badauth/nohost/abuse/911...) to its own update server. What a
 * preset may change, each as its provider documents it (cited in its file under providers/):
 *
 *   quirk        | default               | e.g.
 *   -------------+-----------------------+-----------------------------------------------------
 *   path         | /nic/update           | Dyn /v3/update, Loopia /, Now-DNS /update
 *   hostParam    | hostname              | ALL-INKL host
 *   ip6Param     | myip (both families)  | Dynu and INWX myipv6, ALL-INKL myip6
 *   ip4Param     | myip                  | ChangeIP ip
 *   user         | the record's username | Hurricane Electric: the host name itself
 *   auth         | basic                 | spdyn: user= and pass= in the query
 *                |                       | (a record with an `apiKey`: a Bearer token, Gigahost)
 *   extra        | none                  | DNS-O-Matic wildcard=NOCHG&mx=NOCHG&backmx=NOCHG
 *   emptyIsNochg | no                    | selfHOST: 204 No Content when nothing changed
 *   emptyIsGood  | no                    | Domeneshop: 204 No Content for every update made,
 *                |                       | changed or not (its refusals are HTTP statuses)
 *
 * Refusals are read by dyndns2.ts (in a 2xx or not: Infomaniak answers badauth with a 400).
 */
import type { DdnsProviderId, DdnsRecordOf } from '../../../shared/settings/ddns';
import { readDyndns2, dyndns2Said } from './dyndns2';
import type { ImportsFrom } from './import-entry';
import { apiUrl, oneRequestUpdater } from './one-request';
import type { DdnsDeps, DdnsProvider, DdnsUpdater } from './types';

export interface Dyndns2Quirks {
  path?: string;
  hostParam?: string;
  ip4Param?: string;
  ip6Param?: string;
  user?: 'username' | 'hostname';
  auth?: 'basic' | { user: string; pass: string };
  extra?: Record<string, string>;
  emptyIsNochg?: boolean;
  emptyIsGood?: boolean;
}

interface PresetRecord {
  id: string;
  type: 'A' | 'AAAA';
  server: string;
  hostname: string;
  password?: unknown;
  username?: string | undefined;
  /** Gigahost's other login: a Bearer token instead of the user name and password. */
  apiKey?: unknown;
}

/** The request and the reading of a preset's update, for its record. */
export function presetUpdater(r: PresetRecord, deps: DdnsDeps, brand: string, q: Dyndns2Quirks): DdnsUpdater {
  const label = `${brand} ${r.hostname}`;
  const user = q.user === 'hostname' ? r.hostname : (r.username ?? '');
  const pass = r.password as string;
  const auth = q.auth ?? 'basic';
  return oneRequestUpdater(r, deps, {
    label,
    // At the server's root, as the provider has it, whatever path the setting holds.
    request: (address, family) => {
      const params: Record<string, string> = {
        [q.hostParam ?? 'hostname']: r.hostname,
        [family === 4 ? (q.ip4Param ?? 'myip') : (q.ip6Param ?? 'myip')]: address,
        ...q.extra,
        ...(auth === 'basic' ? {} : { [auth.user]: user, [auth.pass]: pass }),
      };
      const authorization =
        typeof r.apiKey === 'string'
          ? `Bearer ${r.apiKey}`
          : `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
      return {
        method: 'GET',
        url: apiUrl(r.server, q.path ?? '/nic/update', params),
        ...(auth === 'basic' ? { headers: { authorization } } : {}),
      };
    },
    read: (body, address) => {
      if (body.trim() !== '') return readDyndns2(body, label);
      if (q.emptyIsGood) return { kind: 'updated', detail: `${label}: ${address}` };
      return q.emptyIsNochg ? { kind: 'unchanged', detail: `${label}: no change` } : readDyndns2(body, label);
    },
    message: dyndns2Said,
  });
}

/** A preset provider: its id, its brand, its quirks and its import from ddns-updater. */
export function dyndns2Preset<P extends DdnsProviderId>(
  id: P,
  brand: string,
  quirks: Dyndns2Quirks,
  fromDdnsUpdater: ImportsFrom,
): DdnsProvider<P> {
  return {
    id,
    label: brand,
    fromDdnsUpdater,
    create: (r: DdnsRecordOf<P>, deps) => presetUpdater(r as unknown as PresetRecord, deps, brand, quirks),
  };
}
