/**
 * DonDominio's DonDNS (https://dondominio.dev/en/dondns/docs/api/), as qdm12/ddns-updater's
 * internal/provider/providers/dondominio/provider.go sends and reads it: one GET with the
 * account's user name, its DonDNS key, the record's full name and the address (of either family,
 * in `ip`), answered in JSON (`/json/`) in English (`lang=en`). The key rides in the query, as
 * the API takes it (GET only), over https. The docs name the key's parameter `apikey`, but the
 * service takes `password` (their own example; ddns-updater #969, OpenWrt's ddns-scripts). DonDNS
 * changes a record the zone holds and makes none, and answers the same whether the record changed
 * or not, so an update it accepts is `updated` (the keeper sends nothing when the zone's servers
 * already hold the address).
 *
 *   GET /json/?user=U&password=KEY&host=NAME&ip=A&lang=en
 *
 *   answer                                        | outcome
 *   ----------------------------------------------+------------------------------------------
 *   {"success":true, ...}                         | updated
 *   {"success":false,"messages":[...]}            | stop: DonDNS's messages, in words (a wrong
 *                                                 |   user or key, a host the zone lacks)
 *   {"success":false} with no message             | stop: noReason
 *   another status                                | as every provider's (http.ts), with its messages
 *   not JSON, or JSON without `success`           | retry: not DonDNS's answer (a proxy's page)
 */
import type { DdnsRecordOf } from '../../../../shared/settings/ddns';
import { type ImportsFrom, str } from '../import-entry';
import { apiUrl, jsonObjectOf, oneRequestUpdater, saidIn } from '../one-request';
import { apiOutcome } from '../rest-record';
import type { DdnsDeps, DdnsOutcome, DdnsProvider, DdnsUpdater } from '../types';
import { why } from '../why';

export function readDondominio(body: string, address: string, api: { provider: string; label: string }): DdnsOutcome {
  const json = jsonObjectOf(body);
  if (!json) return apiOutcome('retry', api, 'notJson');
  if (json.success === true) return { kind: 'updated', detail: `${api.label}: set to ${address}` };
  if (json.success !== false) return apiOutcome('retry', api, 'notApi');
  const said = saidIn(json.messages);
  if (!said) return apiOutcome('stop', api, 'noReason');
  const { text, code } = why('reason.ddns.apiRefused', { ...api, said });
  return { kind: 'stop', reason: text, code };
}

function createUpdater(r: DdnsRecordOf<'dondominio'>, deps: DdnsDeps): DdnsUpdater {
  const api = { provider: 'DonDominio', label: `DonDominio ${r.name} ${r.type}` };
  return oneRequestUpdater(r, deps, {
    label: api.label,
    request: (address) => ({
      method: 'GET',
      url: apiUrl(r.apiBase, 'json/', {
        user: r.username,
        password: r.apiKey as string,
        host: r.name,
        ip: address,
        lang: 'en',
      }),
      headers: { accept: 'application/json' },
    }),
    read: (body, address) => readDondominio(body, address, api),
    message: (body) => saidIn(jsonObjectOf(body)?.messages),
  });
}

/**
 * ddns-updater's dondominio entry (docs/dondominio.md): `domain` (and `owner`, or its older
 * `host`) name the record; `username`, and the DonDNS key in `key` (or `password`, its older
 * name, which ddns-updater still reads and prefers).
 */
const fromDdnsUpdater: ImportsFrom = {
  names: ['dondominio'],
  fields: (e, name) => ({
    provider: 'dondominio',
    name,
    username: str(e.username),
    apiKey: str(e.password) ?? str(e.key),
  }),
};

export const dondominio: DdnsProvider<'dondominio'> = {
  id: 'dondominio',
  label: 'DonDominio',
  create: createUpdater,
  fromDdnsUpdater,
};
