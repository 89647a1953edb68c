/**
 * ddnss.de, its update address (https://ddnss.de/info.php), as qdm12/ddns-updater's
 * internal/provider/providers/ddnss/provider.go sends and reads it: one GET with the host, the
 * credentials (the update key `key`, or `user` and `pwd`) and the address: `ip` for IPv4, `ip6`
 * for IPv6 (ddns-updater's dual-stack form, which keeps a host's A and AAAA both). The answer is an
 * HTML page, the same whether the record changed or not, so an accepted update is `updated`.
 *
 *   GET /upd.php?key=K&host=NAME&ip=A   (or user=U&pwd=P; ip6=A for AAAA)
 *
 *   answer (200, HTML)                 | outcome
 *   -----------------------------------+-----------------------------------------------
 *   "Updated 1 hostname."              | updated
 *   "badauth"                          | stop: ddnss.de refused the key or the login, in words
 *   "notfqdn" / "nohost"               | stop: no such host at ddnss.de (make it there once)
 *   "badysys"                          | stop: refused the request, in words
 *   anything else                      | retry: not ddnss.de's answer (a proxy's page)
 */
import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiUrl, oneRequestUpdater } from '../one-request';
import { apiOutcome } from '../rest-record';
import type { DdnsDeps, DdnsOutcome, DdnsProvider, DdnsUpdater } from '../types';
import { why } from '../why';

/** ddnss.de's return codes of a refusal, as ddns-updater reads them (in the page's text). */
const REFUSALS = ['badauth', 'badysys', 'abuse'] as const;

export function readDdnss(body: string, address: string, api: { provider: string; label: string }): DdnsOutcome {
  const said = body.toLowerCase();
  if (/\bupdated [1-9]\d* hostnames?\b/.test(said))
    return { kind: 'updated', detail: `${api.label}: set to ${address}` };
  if (/\b(notfqdn|nohost)\b/.test(said)) return apiOutcome('stop', api, 'noRecord');
  const refusal = REFUSALS.find((r) => new RegExp(`\\b${r}\\b`).test(said));
  if (refusal) {
    const { text, code } = why('reason.ddns.apiRefused', { ...api, said: refusal });
    return { kind: 'stop', reason: text, code };
  }
  if (/\bupdated 0 hostnames?\b/.test(said)) return apiOutcome('stop', api, 'noRecord');
  return apiOutcome('retry', api, 'notApi');
}

function createUpdater(r: DdnsRecordOf<'ddnss'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'ddnss.de', label: `ddnss.de ${r.name} ${r.type}` };
  const login: Record<string, string> =
    r.token !== undefined ? { key: r.token as string } : { user: r.username ?? '', pwd: (r.password as string) ?? '' };
  return oneRequestUpdater(r, deps, {
    label: api.label,
    request: (address, family) => ({
      method: 'GET',
      url: apiUrl(r.apiBase, 'upd.php', { ...login, host: r.name, [family === 4 ? 'ip' : 'ip6']: address }),
    }),
    read: (body, address) => readDdnss(body, address, api),
  });
}

/** ddns-updater's ddnss entry (docs/ddnss.de.md): `domain` (the full name), `username` and `password`. */
const fromDdnsUpdater: ImportsFrom = {
  names: ['ddnss'],
  fields: (e, name) => ({ provider: 'ddnss', name, username: str(e.username), password: e.password }),
};

export const ddnss: DdnsProvider<'ddnss'> = {
  id: 'ddnss',
  label: 'ddnss.de',
  create: createUpdater,
  fromDdnsUpdater,
};
