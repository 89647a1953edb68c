/**
 * myaddr.tools (https://myaddr.tools), its update address, as qdm12/ddns-updater's
 * internal/provider/providers/myaddr/provider.go sends and reads it: one form POST with the
 * name's private key and the address (of either family, in `ip`); the key names the name, so the
 * key is in the body and never in a URL. The answer is the same whether the record changed or
 * not, so an accepted update is `updated`.
 *
 *   POST /update   key=K&ip=A   (application/x-www-form-urlencoded)
 *
 *   answer                      | outcome
 *   ----------------------------+-----------------------------------------------
 *   200 "OK"                    | updated
 *   404                         | stop: no name has this key (ddns-updater: key not valid)
 *   400                         | stop: a request myaddr.tools refuses (ddns-updater: bad request)
 *   200 anything else           | retry: not myaddr.tools's answer (a proxy's page)
 */
import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiUrl, oneRequestUpdater } from '../one-request';
import { apiOutcome } from '../rest-record';
import type { DdnsDeps, DdnsOutcome, DdnsProvider, DdnsUpdater } from '../types';

export function readMyaddr(body: string, address: string, api: { provider: string; label: string }): DdnsOutcome {
  if (/^ok\b/i.test(body.trim())) return { kind: 'updated', detail: `${api.label}: set to ${address}` };
  return apiOutcome('retry', api, 'notApi');
}

function createUpdater(r: DdnsRecordOf<'myaddr'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'myaddr.tools', label: `myaddr.tools ${r.name} ${r.type}` };
  return oneRequestUpdater(r, deps, {
    label: api.label,
    request: (address) => ({
      method: 'POST',
      url: apiUrl(r.apiBase, 'update', {}),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ key: r.apiKey as string, ip: address }).toString(),
    }),
    read: (body, address) => readMyaddr(body, address, api),
  });
}

/** ddns-updater's myaddr entry (docs/myaddr.md): `domain` (your-name.myaddr.tools) and `key`. */
const fromDdnsUpdater: ImportsFrom = {
  names: ['myaddr'],
  fields: (e, name) => ({ provider: 'myaddr', name, apiKey: str(e.key) }),
};

export const myaddr: DdnsProvider<'myaddr'> = {
  id: 'myaddr',
  label: 'myaddr.tools',
  create: createUpdater,
  fromDdnsUpdater,
};
