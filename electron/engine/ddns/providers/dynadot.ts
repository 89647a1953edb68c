/**
 * Dynadot's Dynamic DNS (https://www.dynadot.com/community/help/question/enable-DDNS), as
 * jeessy2/ddns-go's dns/dynadot.go (written by Dynadot's own team, ddns-go #1050) sends and reads
 * it: one GET to /set_ddns with the domain, the name under it (`@` and containRoot=true for the
 * domain itself), the record type, the address, the TTL and the domain's Dynamic DNS password.
 * The password rides in the query, as the endpoint takes nothing else (GET only), over https.
 * One password belongs to one domain. The same request makes the record or changes it, and the
 * answer does not say which, so an update it accepts is `updated` (the keeper sends nothing when
 * the zone's servers already hold the address). ddns-updater has no Dynadot.
 *
 *   GET /set_ddns?domain=Z&subDomain=S&type=A|AAAA&ip=A&pwd=P&ttl=T&containRoot=true|false
 *
 *   answer (JSON)                                     | outcome
 *   --------------------------------------------------+--------------------------------------
 *   {"status":"success"} (ddclient #970), or an       | updated
 *     error_code other than -1 (ddns-go's test)       |
 *   "ok" as text (ddclient's nic_dynadot_update)      | updated
 *   {"error_code":-1,"content":[...]}, or a status    | stop: Dynadot's content, in words (a
 *     of error or failure                             |   wrong password, a domain not its)
 *   another status                                    | as every provider's (http.ts), with its content
 *   anything else                                     | retry: not Dynadot's answer (a proxy's page)
 */
import { getDomain } from 'tldts';

import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiUrl, jsonObjectOf, oneRequestUpdater, saidIn } from '../one-request';
import { apiOutcome } from '../rest-record';
import type { DdnsDeps, DdnsOutcome, DdnsProvider, DdnsUpdater } from '../types';
import { why } from '../why';

export function readDynadot(body: string, address: string, api: { provider: string; label: string }): DdnsOutcome {
  if (body.trim().toLowerCase() === 'ok') return { kind: 'updated', detail: `${api.label}: set to ${address}` };
  const json = jsonObjectOf(body);
  if (!json) return apiOutcome('retry', api, 'notJson');
  const status = typeof json.status === 'string' ? json.status.trim().toLowerCase() : '';
  const code = json.error_code === undefined || json.error_code === '' ? null : Number(json.error_code);
  if (code === -1 || /^(error|fail)/.test(status)) {
    const said = saidIn(json.content);
    if (!said) return apiOutcome('stop', api, 'noReason');
    const { text, code: reason } = why('reason.ddns.apiRefused', { ...api, said });
    return { kind: 'stop', reason: text, code: reason };
  }
  if (status === 'success' || (code !== null && Number.isInteger(code)))
    return { kind: 'updated', detail: `${api.label}: set to ${address}` };
  return apiOutcome('retry', api, 'notApi');
}

function createUpdater(r: DdnsRecordOf<'dynadot'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'Dynadot', label: `Dynadot ${r.name} ${r.type}` };
  const root = r.name === r.zone;
  const sub = root ? '@' : r.name.slice(0, -r.zone.length - 1);
  return oneRequestUpdater(r, deps, {
    label: api.label,
    request: (address) => ({
      method: 'GET',
      url: apiUrl(r.apiBase, 'set_ddns', {
        domain: r.zone,
        subDomain: sub,
        type: r.type,
        ip: address,
        pwd: r.password as string,
        ttl: String(r.ttl),
        containRoot: String(root),
      }),
    }),
    read: (body, address) => readDynadot(body, address, api),
    message: (body) => saidIn(jsonObjectOf(body)?.content),
  });
}

/**
 * ddns-go's dynadot entry: `secret` the domain's Dynamic DNS password (its `id` unused); each
 * domain line one record; its TTL (600 when unset, as ddns-go sends) kept within 60 to 86400.
 */
const fromDdnsGo: ImportsFrom = {
  names: ['dynadot'],
  fields: (e, name) => {
    const ttl = Number(str(e.ttl) ?? e.ttl);
    return {
      provider: 'dynadot',
      zone: str(e.zone) ?? getDomain(name) ?? name,
      name,
      password: str(e.secret),
      ttl: Number.isInteger(ttl) && ttl > 0 ? Math.min(86_400, Math.max(60, ttl)) : 600,
    };
  },
};

export const dynadot: DdnsProvider<'dynadot'> = {
  id: 'dynadot',
  label: 'Dynadot',
  create: createUpdater,
  fromDdnsGo,
};
