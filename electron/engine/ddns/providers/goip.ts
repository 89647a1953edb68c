/**
 * GoIP (goip.de, goip.it), its router update address, as qdm12/ddns-updater's
 * internal/provider/providers/goip/provider.go sends and reads it: one GET with the router
 * account's user name and password, the full name and the address; `shortResponse=true` makes
 * the answer one line. GoIP answers the same whether the record changed or not, so an update it
 * accepts is `updated` (the keeper sends nothing when the zone's servers already hold the address).
 *
 *   GET /setip?subdomain=NAME&username=U&password=P&shortResponse=true&ip=A (or &ip6=A)
 *
 *   answer (200, text)                    | outcome
 *   --------------------------------------+---------------------------------------------
 *   "NAME (A) ..."                        | updated
 *   "zugriff verweigert ..."              | stop: GoIP refused the user or password, in words
 *   anything else                         | retry: not GoIP's answer (a proxy's page)
 */
import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiUrl, oneRequestUpdater } from '../one-request';
import { apiOutcome } from '../rest-record';
import type { DdnsDeps, DdnsOutcome, DdnsProvider, DdnsUpdater } from '../types';
import { why } from '../why';

export function readGoip(
  body: string,
  name: string,
  address: string,
  api: { provider: string; label: string },
): DdnsOutcome {
  const said = body.trim().toLowerCase();
  if (said.startsWith(`${name} (${address})`.toLowerCase()))
    return { kind: 'updated', detail: `${api.label}: set to ${address}` };
  if (said.startsWith('zugriff verweigert')) {
    const { text, code } = why('reason.ddns.apiRefused', { ...api, said: 'zugriff verweigert (access denied)' });
    return { kind: 'stop', reason: text, code };
  }
  return apiOutcome('retry', api, 'other');
}

function createUpdater(r: DdnsRecordOf<'goip'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'GoIP', label: `GoIP ${r.name} ${r.type}` };
  return oneRequestUpdater(r, deps, {
    label: api.label,
    request: (address, family) => ({
      method: 'GET',
      url: apiUrl(r.apiBase, 'setip', {
        subdomain: r.name,
        username: r.username,
        password: r.password as string,
        shortResponse: 'true',
        [family === 4 ? 'ip' : 'ip6']: address,
      }),
    }),
    read: (body, address) => readGoip(body, r.name, address, api),
  });
}

/**
 * ddns-updater's goip entry (docs/goip.md): `domain` is the full name (sub.mydomain.goip.de);
 * its older form, "goip.de" with the name in `host`, is joined the same way (owner.domain).
 */
const fromDdnsUpdater: ImportsFrom = {
  names: ['goip'],
  fields: (e, name) => ({ provider: 'goip', name, username: str(e.username), password: e.password }),
};

export const goip: DdnsProvider<'goip'> = {
  id: 'goip',
  label: 'GoIP (goip.de)',
  create: createUpdater,
  fromDdnsUpdater,
};
