/**
 * Domain Discount 24 (dd24), its Dynamic DNS update address at Key-Systems
 * (https://www.domaindiscount24.com/faq/en/dynamic-dns), as qdm12/ddns-updater's
 * internal/provider/providers/dd24/provider.go sends and reads it: one GET with the full name, the
 * domain's Dynamic DNS password and the address (of either family, in `ip`). dd24 answers the
 * same whether the record changed or not, so an accepted update is `updated` (the keeper sends
 * nothing when the zone's servers already hold the address).
 *
 *   GET /update.php?hostname=NAME&password=P&ip=A
 *
 *   answer (200, text)                 | outcome
 *   -----------------------------------+-----------------------------------------------
 *   "success" in it, or empty          | updated (ddns-updater reads both so)
 *   "authorization failed" in it       | stop: dd24 refused the name or the password, in words
 *   anything else                      | retry: not dd24's answer (a proxy's page)
 */
import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import type { ImportsFrom } from '../import-entry';
import { apiUrl, oneRequestUpdater } from '../one-request';
import { apiOutcome } from '../rest-record';
import type { DdnsDeps, DdnsOutcome, DdnsProvider, DdnsUpdater } from '../types';
import { why } from '../why';

export function readDd24(body: string, address: string, api: { provider: string; label: string }): DdnsOutcome {
  const said = body.trim().toLowerCase();
  if (said.includes('authorization failed')) {
    const { text, code } = why('reason.ddns.apiRefused', { ...api, said: 'authorization failed' });
    return { kind: 'stop', reason: text, code };
  }
  if (said === '' || /^success\b/.test(said)) return { kind: 'updated', detail: `${api.label}: set to ${address}` };
  return apiOutcome('retry', api, 'notApi');
}

function createUpdater(r: DdnsRecordOf<'dd24'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'Domain Discount 24', label: `dd24 ${r.name} ${r.type}` };
  return oneRequestUpdater(r, deps, {
    label: api.label,
    request: (address) => ({
      method: 'GET',
      url: apiUrl(r.apiBase, 'update.php', { hostname: r.name, password: r.password as string, ip: address }),
    }),
    read: (body, address) => readDd24(body, address, api),
  });
}

/** ddns-updater's dd24 entry (docs/dd24.md): `domain` (the full name) and `password`. */
const fromDdnsUpdater: ImportsFrom = {
  names: ['dd24'],
  fields: (e, name) => ({ provider: 'dd24', name, password: e.password }),
};

export const dd24: DdnsProvider<'dd24'> = {
  id: 'dd24',
  label: 'Domain Discount 24',
  create: createUpdater,
  fromDdnsUpdater,
};
